namespace NewsLens;

/// <summary>
/// The compact counts of a <see cref="Mentions"/> indexed once for explaining many spikes: each entry's counts, and
/// each article's range of counts (they are stored in article order), so that a spike reads its own articles, not
/// every count of the corpus.
/// </summary>
internal sealed class CountIndex
{
    private readonly int[][] _byEntry;
    private readonly int[] _articleStart;

    public CountIndex(Mentions mentions)
    {
        Counts = mentions.Counts;
        var perEntry = new int[mentions.Lexicon.Entries.Count];
        foreach (var c in Counts) perEntry[c.Entry]++;
        _byEntry = perEntry.Select(n => new int[n]).ToArray();
        var filled = new int[perEntry.Length];
        _articleStart = new int[mentions.Articles.Count + 1];
        for (var i = 0; i < Counts.Length; i++)
        {
            var c = Counts[i];
            _byEntry[c.Entry][filled[c.Entry]++] = i;
            _articleStart[c.Article + 1] = i + 1;
        }
        // Articles without counts start where the previous one ended.
        for (var a = 1; a < _articleStart.Length; a++) _articleStart[a] = Math.Max(_articleStart[a], _articleStart[a - 1]);
    }

    /// <summary>All counts, in article order then lexicon order.</summary>
    public MentionCount[] Counts { get; }

    /// <summary>The counts of one entry, in article order.</summary>
    public IEnumerable<MentionCount> OfEntry(int entry) => _byEntry[entry].Select(i => Counts[i]);

    /// <summary>The counts of one article.</summary>
    public ReadOnlySpan<MentionCount> OfArticle(int article) => Counts.AsSpan(_articleStart[article], _articleStart[article + 1] - _articleStart[article]);
}
