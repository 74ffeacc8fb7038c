
namespace NewsLens;

/// <summary>
/// Joins read results in load order: counts records, drops duplicates, keeps metadata. Ids, duplicates and problems
/// therefore never depend on timing or thread count.
/// </summary>
internal sealed class StreamMerger(bool keepText, bool keepDuplicates = false)
{
    private readonly Duplicates _duplicates = new();
    // Sites and bylines repeat across a corpus; one string each keeps a million articles' metadata small.
    private readonly Dictionary<string, string> _shared = new(StringComparer.Ordinal);
    private DuplicateKey[] _keys = [];

    public List<Article> Articles { get; } = [];
    public List<Problem> Problems { get; } = [];
    public List<Problem> Warnings { get; } = [];
    public int Records { get; private set; }

    /// <summary>With duplicates kept (a shard), each article's fingerprints, in the order of <see cref="Articles"/>: the merge of all shards decides.</summary>
    public List<DuplicateKey> Keys { get; } = [];

    public List<Article> Add(IReadOnlyList<FileReadResult> results)
    {
        var read = results.SelectMany(r => r.Articles).ToArray();
        // Reused from batch to batch: a new array each time would be a large-object allocation, and those bring on
        // full collections.
        if (_keys.Length < read.Length) _keys = new DuplicateKey[read.Length];
        var keys = _keys;
        Parallel.For(0, read.Length, i => keys[i] = DuplicateKey.Of(read[i]));

        var loaded = new List<Article>(read.Length);
        var k = 0;
        foreach (var result in results)
        {
            Records += result.Records;
            Problems.AddRange(result.Problems);
            Warnings.AddRange(result.Warnings);
            foreach (var article in result.Articles)
            {
                var key = keys[k++];
                if (keepDuplicates) Keys.Add(key);
                else if (_duplicates.Check(article, key) is { } repeat)
                {
                    Problems.Add(repeat);
                    continue;
                }
                loaded.Add(article);
                Articles.Add(Kept(article));
            }
        }
        return loaded;
    }

    private Article Kept(Article a)
    {
        var source = Share(a.Source);
        var byline = Share(a.Byline);
        var dateline = Share(a.Dateline);
        if (keepText)
            return ReferenceEquals(source, a.Source) && ReferenceEquals(byline, a.Byline) && ReferenceEquals(dateline, a.Dateline)
                ? a : a with { Source = source, Byline = byline, Dateline = dateline };
        return a with { Source = source, Byline = byline, Dateline = dateline, Text = "" };
    }

    private string? Share(string? value)
    {
        if (value is null) return null;
        if (_shared.TryGetValue(value, out var shared)) return shared;
        // Bounded so that a corpus of unique bylines does not grow a second copy of them.
        if (_shared.Count < 100_000) _shared[value] = value;
        return value;
    }
}
