using Microsoft.Data.Analysis;
using NewsLens.Corpora;
using NewsLens.Lexicons;
using NewsLens.Reading;

namespace NewsLens.Matching;

/// <summary>
/// Who and what each article mentions: one row per article and entry with at least one match. Keeps the
/// articles' dates and word counts, which timelines divide by.
/// </summary>
public sealed class Mentions
{
    private readonly Lazy<DataFrame> _table;

    internal Mentions(Matcher matcher, IReadOnlyList<Article> articles, IReadOnlyList<MentionRow> rows)
    {
        Matcher = matcher;
        Articles = articles;
        Rows = rows;
        _table = new Lazy<DataFrame>(() => new DataFrame(
            new StringDataFrameColumn(MentionColumns.ArticleId, rows.Select(r => r.ArticleId)),
            new DateTimeDataFrameColumn(MentionColumns.Published, rows.Select(r => r.Published?.ToDateTime(TimeOnly.MinValue))),
            new StringDataFrameColumn(MentionColumns.Entity, rows.Select(r => r.Entity)),
            new StringDataFrameColumn(MentionColumns.Label, rows.Select(r => r.Label)),
            new StringDataFrameColumn(MentionColumns.Kind, rows.Select(r => r.Kind)),
            new Int32DataFrameColumn(MentionColumns.Count, rows.Select(r => r.Count)),
            new Int32DataFrameColumn(MentionColumns.FirstOffset, rows.Select(r => r.FirstOffset))));
    }

    /// <summary>The lexicon counted.</summary>
    public Lexicon Lexicon => Matcher.Lexicon;

    /// <summary>The compiled lexicon, reused to find mentions again for in-context views.</summary>
    public Matcher Matcher { get; }

    /// <summary>Every article searched, mentioning something or not (timelines need all of them).</summary>
    public IReadOnlyList<Article> Articles { get; }

    /// <summary>One row per article and entry with at least one mention, in article order then lexicon order.</summary>
    public IReadOnlyList<MentionRow> Rows { get; }

    /// <summary>The rows as a DataFrame; columns are named in <see cref="MentionColumns"/>.</summary>
    public DataFrame Table => _table.Value;

    /// <summary>Counts mentions of every lexicon entry in every article, in parallel; the result does not depend on the thread count.</summary>
    public static Mentions Count(IReadOnlyList<Article> articles, Lexicon lexicon, int? threads = null) =>
        Count(articles, Matcher.For(lexicon), threads);

    /// <summary>Counts with a lexicon compiled once, for counting several corpora (or benchmarking the scan alone).</summary>
    public static Mentions Count(IReadOnlyList<Article> articles, Matcher matcher, int? threads = null)
    {
        var lexicon = matcher.Lexicon;
        var perArticle = new MentionRow[articles.Count][];
        var options = new ParallelOptions { MaxDegreeOfParallelism = threads ?? Environment.ProcessorCount };
        Parallel.For(0, articles.Count, options,
            () => new Tally(lexicon.Entries.Count),
            (i, _, tally) =>
            {
                var article = articles[i];
                matcher.Find(article.Title, article.Text, tally.Matches);
                perArticle[i] = tally.Rows(article, i, lexicon);
                return tally;
            },
            _ => { });
        return new Mentions(matcher, articles, perArticle.SelectMany(r => r).ToList());
    }

    /// <summary>Per-thread counters, reused from article to article so the hot loop allocates only its results.</summary>
    private sealed class Tally(int entries)
    {
        private readonly int[] _counts = new int[entries];
        private readonly int[] _first = new int[entries];
        private readonly List<int> _touched = [];

        public List<Match> Matches { get; } = [];

        public MentionRow[] Rows(Article article, int index, Lexicon lexicon)
        {
            if (Matches.Count == 0) return [];
            foreach (var m in Matches)
            {
                if (_counts[m.Entry]++ == 0)
                {
                    _first[m.Entry] = m.Start;
                    _touched.Add(m.Entry);
                }
            }
            _touched.Sort();
            var rows = new MentionRow[_touched.Count];
            for (var k = 0; k < rows.Length; k++)
            {
                var entry = _touched[k];
                var e = lexicon.Entries[entry];
                rows[k] = new MentionRow(article.Id, article.Published, e.Id, e.Label, e.Kind, _counts[entry], _first[entry])
                {
                    ArticleIndex = index,
                    EntryIndex = entry,
                };
                _counts[entry] = 0;
            }
            _touched.Clear();
            return rows;
        }
    }
}
