using Microsoft.Data.Analysis;

namespace NewsLens;

/// <summary>
/// Who and what each article mentions: one row per article and entry with at least one match. Keeps the
/// articles' dates and word counts, which timelines divide by.
/// </summary>
public sealed class Mentions
{
    private readonly Lazy<DataFrame> _table;

    private Mentions(Matcher matcher, IReadOnlyList<Article> articles, MentionCount[] counts, bool hasText)
    {
        Matcher = matcher;
        Articles = articles;
        Counts = counts;
        HasText = hasText;
        Rows = new RowView(this);
        _table = new Lazy<DataFrame>(() =>
        {
            var entries = matcher.Lexicon.Entries;
            return new DataFrame(
                new StringDataFrameColumn(MentionColumns.ArticleId, counts.Select(c => articles[c.Article].Id)),
                new DateTimeDataFrameColumn(MentionColumns.Published, counts.Select(c => articles[c.Article].Published?.ToDateTime(TimeOnly.MinValue))),
                new StringDataFrameColumn(MentionColumns.Entity, counts.Select(c => entries[c.Entry].Id)),
                new StringDataFrameColumn(MentionColumns.Label, counts.Select(c => entries[c.Entry].Label)),
                new StringDataFrameColumn(MentionColumns.Kind, counts.Select(c => entries[c.Entry].Kind)),
                new Int32DataFrameColumn(MentionColumns.Mentions, counts.Select(c => c.Count)),
                new Int32DataFrameColumn(MentionColumns.FirstOffset, counts.Select(c => c.FirstOffset)),
                new BooleanDataFrameColumn(MentionColumns.InTitle, counts.Select(c => c.InTitle)),
                new BooleanDataFrameColumn(MentionColumns.InLead, counts.Select(c => c.InLead)),
                new BooleanDataFrameColumn(MentionColumns.About, counts.Select(c => c.About)));
        });
    }

    /// <summary>The lexicon counted.</summary>
    public Lexicon Lexicon => Matcher.Lexicon;

    /// <summary>The compiled lexicon, reused to find mentions again for in-context views.</summary>
    public Matcher Matcher { get; }

    /// <summary>Every article searched, mentioning something or not (timelines need all of them).</summary>
    public IReadOnlyList<Article> Articles { get; }

    /// <summary>False when counted from a <see cref="CorpusStream"/>: the articles keep metadata only, so views that quote text cannot be built.</summary>
    public bool HasText { get; }

    /// <summary>
    /// One row per article and entry with at least one mention, in article order then lexicon order. Each row is
    /// made when read, so a million articles' counts never sit in memory as millions of objects.
    /// </summary>
    public IReadOnlyList<MentionRow> Rows { get; }

    /// <summary>Least mentions that make an article about an entry it names neither in its title nor in its lead.</summary>
    public const int AboutMentions = 2;

    /// <summary>
    /// The measure "articles about": the entry is named in the title or the lead (the first-reference convention of news
    /// writing puts the subject there), or at least <see cref="AboutMentions"/> times; one passing mention is not enough.
    /// </summary>
    public static bool IsAbout(bool inTitle, bool inLead, int count) => inTitle || inLead || count >= AboutMentions;

    /// <summary>Mentions found, all entries and articles together.</summary>
    public long Total => Counts.Sum(c => (long)c.Count);

    /// <summary>The rows as a DataFrame; columns are named in <see cref="MentionColumns"/>. Built on first use.</summary>
    public DataFrame Table => _table.Value;

    /// <summary>The rows in compact form, in the same order as <see cref="Rows"/>.</summary>
    internal MentionCount[] Counts { get; }

    /// <summary>Counts mentions of every lexicon entry in every article, in parallel; the result does not depend on the thread count.</summary>
    public static Mentions Count(IReadOnlyList<Article> articles, Lexicon lexicon, int? threads = null) =>
        Count(articles, Matcher.For(lexicon), threads);

    /// <summary>Counts with a lexicon compiled once, for counting several corpora (or benchmarking the scan alone).</summary>
    public static Mentions Count(IReadOnlyList<Article> articles, Matcher matcher, int? threads = null) =>
        new(matcher, articles, CountBatch(articles, 0, matcher, threads), hasText: true);

    /// <summary>
    /// Counts a corpus as it streams from disk: each batch is searched on all cores and its text let go, so memory
    /// holds one batch's text plus every article's metadata and counts. Identical to counting the loaded corpus.
    /// </summary>
    /// <param name="stream">The corpus, read once.</param>
    /// <param name="matcher">The compiled lexicon.</param>
    /// <param name="threads">Cores to use; all by default.</param>
    /// <param name="each">Given each batch, text included, after it is counted (e.g. to write it elsewhere as well).</param>
    public static Mentions Count(CorpusStream stream, Matcher matcher, int? threads = null, Action<IReadOnlyList<Article>>? each = null)
    {
        // Kept per batch and joined once at the end.
        var batches = new List<MentionCount[]>();
        var offset = 0;
        foreach (var batch in stream.Batches())
        {
            batches.Add(CountBatch(batch, offset, matcher, threads));
            offset += batch.Count;
            each?.Invoke(batch);
        }
        return new Mentions(matcher, stream.Corpus.Rows, Concat(batches), hasText: stream.Corpus.HasText);
    }

    /// <summary>Mentions put together from counts made elsewhere (the merge of shards); the articles keep no text.</summary>
    internal static Mentions Merged(Matcher matcher, IReadOnlyList<Article> articles, MentionCount[] counts) =>
        new(matcher, articles, counts, hasText: false);

    /// <summary>
    /// Only the articles that pass <paramref name="keep"/>, with their mentions: a timeline of the result divides by its
    /// own articles, so one outlet's shares are of that outlet's articles (<c>mentions.Where(a => a.Source == "apnews.com")</c>).
    /// </summary>
    public Mentions Where(Func<Article, bool> keep) =>
        Partition(Articles.Select(a => keep(a) ? 0 : -1).ToArray(), 1)[0];

    /// <summary>
    /// The articles at these positions with their text: as they are when the mentions were counted from a loaded
    /// corpus, read again from their files (only these) when counted from a stream.
    /// </summary>
    internal IReadOnlyList<Article> WithText(IReadOnlyList<int> positions)
    {
        var articles = positions.Select(i => Articles[i]).ToList();
        return HasText ? articles : ArticleTexts.Reread(articles);
    }

    /// <summary>The mentions split by article into <paramref name="groups"/> parts in one pass; an article of group -1 is in none.</summary>
    internal Mentions[] Partition(int[] groupOf, int groups)
    {
        var articles = Enumerable.Range(0, groups).Select(_ => new List<Article>()).ToArray();
        var newIndex = new int[Articles.Count];
        for (var a = 0; a < Articles.Count; a++)
        {
            var g = groupOf[a];
            if (g < 0) continue;
            newIndex[a] = articles[g].Count;
            articles[g].Add(Articles[a]);
        }
        var sizes = new int[groups];
        foreach (var c in Counts)
            if (groupOf[c.Article] is var g and >= 0) sizes[g]++;
        var counts = sizes.Select(n => new MentionCount[n]).ToArray();
        var filled = new int[groups];
        foreach (var c in Counts)
            if (groupOf[c.Article] is var g and >= 0) counts[g][filled[g]++] = c with { Article = newIndex[c.Article] };
        return Enumerable.Range(0, groups).Select(g => new Mentions(Matcher, articles[g], counts[g], HasText)).ToArray();
    }

    private static MentionCount[] CountBatch(IReadOnlyList<Article> articles, int offset, Matcher matcher, int? threads)
    {
        var entries = matcher.Lexicon.Entries.Count;
        var perArticle = new MentionCount[articles.Count][];
        var options = new ParallelOptions { MaxDegreeOfParallelism = threads ?? Environment.ProcessorCount };
        Parallel.For(0, articles.Count, options,
            () => new Tally(entries),
            (i, _, tally) =>
            {
                var article = articles[i];
                matcher.Find(article.Title, article.Text, tally.Matches);
                perArticle[i] = tally.Counts(offset + i, article.Title.Length, SearchedText.LeadEnd(article.Title, article.Text));
                return tally;
            },
            _ => { });
        return Concat(perArticle);
    }

    /// <summary>The parts in order as one exactly sized array (no doubling list holding twice the counts).</summary>
    private static MentionCount[] Concat(IReadOnlyCollection<MentionCount[]> parts)
    {
        var all = new MentionCount[parts.Sum(p => p.Length)];
        var at = 0;
        foreach (var part in parts)
        {
            part.CopyTo(all, at);
            at += part.Length;
        }
        return all;
    }

    private MentionRow ToRow(MentionCount c)
    {
        var article = Articles[c.Article];
        var e = Lexicon.Entries[c.Entry];
        return new MentionRow(article.Id, article.Published, e.Id, e.Label, e.Kind, c.Count, c.FirstOffset, c.InTitle, c.InLead)
        {
            ArticleIndex = c.Article,
            EntryIndex = c.Entry,
        };
    }

    /// <summary>The compact counts seen as rows, each made on access.</summary>
    private sealed class RowView(Mentions mentions) : IReadOnlyList<MentionRow>
    {
        public int Count => mentions.Counts.Length;

        public MentionRow this[int index] => mentions.ToRow(mentions.Counts[index]);

        public IEnumerator<MentionRow> GetEnumerator()
        {
            foreach (var c in mentions.Counts) yield return mentions.ToRow(c);
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }

    /// <summary>Per-thread counters, reused from article to article so the hot loop allocates only its results.</summary>
    private sealed class Tally(int entries)
    {
        private readonly int[] _counts = new int[entries];
        private readonly int[] _first = new int[entries];
        private readonly byte[] _where = new byte[entries];
        private readonly List<int> _touched = [];

        public List<Match> Matches { get; } = [];

        /// <summary>The article's counts; matches before <paramref name="titleEnd"/> are in the title, then up to <paramref name="leadEnd"/> in the lead.</summary>
        public MentionCount[] Counts(int article, int titleEnd, int leadEnd)
        {
            if (Matches.Count == 0) return [];
            foreach (var m in Matches)
            {
                if (_counts[m.Entry]++ == 0)
                {
                    _first[m.Entry] = m.Start;
                    _where[m.Entry] = 0;
                    _touched.Add(m.Entry);
                }
                if (m.Start < titleEnd) _where[m.Entry] |= MentionCount.InTitleFlag;
                else if (m.Start < leadEnd) _where[m.Entry] |= MentionCount.InLeadFlag;
            }
            _touched.Sort();
            var rows = new MentionCount[_touched.Count];
            for (var k = 0; k < rows.Length; k++)
            {
                var entry = _touched[k];
                rows[k] = new MentionCount(article, entry, _counts[entry], _first[entry], _where[entry]);
                _counts[entry] = 0;
            }
            _touched.Clear();
            return rows;
        }
    }
}
