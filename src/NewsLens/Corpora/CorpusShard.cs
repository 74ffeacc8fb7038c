namespace NewsLens;

/// <summary>
/// Part <see cref="Index"/> of <see cref="Count"/> of a corpus, the same on every machine that sees the same files:
/// the files' bytes, in load order, are cut into <see cref="Count"/> equal stretches; a JSONL line belongs to the
/// stretch its first byte lies in, a Parquet row group to the stretch of its place in the file, any other file (one
/// article per file, CSV) to the stretch of its first byte.
/// </summary>
/// <param name="Index">Which part, from 0.</param>
/// <param name="Count">How many parts.</param>
public sealed record CorpusShard(int Index, int Count)
{
    /// <summary>Reads <c>k/N</c> (k from 0 to N-1), as <c>--shard 3/8</c> gives it.</summary>
    /// <exception cref="FormatException">Not two whole numbers with 0 ≤ k &lt; N; the message says what is expected.</exception>
    public static CorpusShard Parse(string text)
    {
        var parts = text.Split('/');
        if (parts.Length == 2 && int.TryParse(parts[0], out var k) && int.TryParse(parts[1], out var n) && n >= 1 && k >= 0 && k < n)
            return new CorpusShard(k, n);
        throw new FormatException($"'{text}' is not a shard: write k/N with N parts numbered from 0, e.g. 0/4 to 3/4");
    }

    /// <summary>The bytes this part holds, [From, To), of a corpus of <paramref name="total"/> bytes; the last part runs on without end.</summary>
    internal ByteRange Bytes(long total) => new(Start(Index, total), Index == Count - 1 ? long.MaxValue : Start(Index + 1, total));

    // The first byte of part k: the least p with p * Count / total ≥ k.
    private long Start(int k, long total) => k == 0 ? 0 : (long)(((Int128)k * total + Count - 1) / Count);

    /// <inheritdoc/>
    public override string ToString() => $"{Index}/{Count}";
}
