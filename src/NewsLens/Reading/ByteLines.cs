namespace NewsLens;

/// <summary>A run of complete lines found in one buffer fill; the buffer is reused once the caller moves on.</summary>
/// <param name="Buffer">Bytes of the lines (valid until the next batch is requested).</param>
/// <param name="Lines">Each line's start and length in <paramref name="Buffer"/> (terminator excluded), 1-based number and
/// position in the stream; a start of -1 marks a line longer than the limit, skipped unread, with its length.</param>
internal readonly record struct LineBatch(byte[] Buffer, List<(int Start, int Length, int Number, long At)> Lines);

/// <summary>
/// Splits a byte stream into lines (LF, CRLF or a lone CR, as StreamReader does) without decoding it, so that
/// decoding and parsing can run on every core while the sequential part stays a memchr-speed scan.
/// </summary>
internal static class ByteLines
{
    /// <summary>Bytes read at a time; a longer line grows the buffer, so one huge record is still read whole.</summary>
    private const int BlockSize = 4 << 20;

    /// <summary>Upper bound of lines per batch, so that tiny lines still give batches of bounded size.</summary>
    private const int MaxLines = 8192;

    /// <summary>
    /// Batches of complete lines in order. Each batch must be consumed before the next is requested. A line longer
    /// than <paramref name="maxLine"/> is skipped without being held in memory and reported with start -1.
    /// </summary>
    public static IEnumerable<LineBatch> Read(Stream stream, int maxLine = ReadLimits.MaxRecordBytes)
    {
        // A small file gets a buffer its size, not 4 MB: corpora of many small JSONL files are common.
        var buffer = new byte[stream.CanSeek ? (int)Math.Clamp(stream.Length - stream.Position + 1, 1024, BlockSize) : BlockSize];
        int start = 0, end = 0, number = 0;
        // Stream position of buffer[0], so each line knows where it starts (shards split files by position).
        var origin = stream.CanSeek ? stream.Position : 0;
        long skippedAt = 0;
        var eof = false;
        long skipped = -1; // bytes of an over-long line passed over so far; -1 when not skipping
        var lines = new List<(int, int, int, long)>();
        while (true)
        {
            if (skipped >= 0)
            {
                var idx = buffer.AsSpan(start, end - start).IndexOfAny((byte)'\n', (byte)'\r');
                if (idx < 0 && !eof)
                {
                    skipped += end - start;
                    start = end;
                }
                else
                {
                    var length = idx < 0 ? end - start : idx;
                    lines.Add((-1, (int)Math.Min(int.MaxValue, skipped + length), ++number, skippedAt));
                    start += idx < 0 ? length : length + 1;
                    if (idx >= 0 && buffer[start - 1] == (byte)'\r' && start < end && buffer[start] == (byte)'\n') start++;
                    skipped = -1;
                }
            }
            while (skipped < 0)
            {
                var idx = buffer.AsSpan(start, end - start).IndexOfAny((byte)'\n', (byte)'\r');
                if (idx < 0)
                {
                    if (eof && end > start) { lines.Add((start, end - start, ++number, origin + start)); start = end; }
                    break;
                }
                var brk = start + idx;
                var next = brk + 1;
                if (buffer[brk] == (byte)'\r')
                {
                    // A CR at the end of what has been read may be the first half of a CRLF split across reads.
                    if (next == end && !eof) break;
                    if (next < end && buffer[next] == (byte)'\n') next++;
                }
                lines.Add((start, idx, ++number, origin + start));
                start = next;
                if (lines.Count == MaxLines) { yield return new LineBatch(buffer, lines); lines.Clear(); }
            }
            if (lines.Count > 0) { yield return new LineBatch(buffer, lines); lines.Clear(); }
            if (eof) yield break;

            var remaining = end - start;
            if (skipped < 0 && remaining >= maxLine)
            {
                // Too long to be an article: pass over the rest of the line instead of growing the buffer without bound.
                skipped = remaining;
                skippedAt = origin + start;
                start = end;
                remaining = 0;
            }
            else if (remaining == buffer.Length)
            {
                Array.Resize(ref buffer, checked(buffer.Length * 2));
            }
            Buffer.BlockCopy(buffer, start, buffer, 0, remaining);
            origin += start;
            start = 0;
            end = remaining;
            var read = stream.Read(buffer, end, buffer.Length - end);
            if (read == 0) eof = true;
            else end += read;
        }
    }
}
