using Microsoft.Data.Analysis;

namespace NewsLens;

/// <summary>
/// Mentions per period and entity, with the denominators that make periods comparable. Every period from the
/// first to the last dated article is present, zero-filled; undated articles are counted apart, never dropped.
/// </summary>
public sealed class Timeline
{
    private readonly Series[] _series;
    private readonly int[] _periodArticles;
    private readonly long[] _periodWords;
    private readonly Lazy<IReadOnlyList<TimelineRow>> _rows;
    private readonly Timeline? _raw;

    private Timeline(Period period, DateOnly[] periods, int[] periodArticles, long[] periodWords, Series[] series,
        int undatedArticles, int window, Timeline? raw = null)
    {
        _raw = raw;
        Period = period;
        Periods = periods;
        _periodArticles = periodArticles;
        _periodWords = periodWords;
        _series = series;
        UndatedArticles = undatedArticles;
        Window = window;
        _rows = new Lazy<IReadOnlyList<TimelineRow>>(BuildRows);
    }

    /// <summary>The bucket size.</summary>
    public Period Period { get; }

    /// <summary>First days of every period, oldest first, gaps included.</summary>
    public IReadOnlyList<DateOnly> Periods { get; }

    /// <summary>Entities with at least one mention, most mentioned first (ties by id).</summary>
    public IReadOnlyList<EntityTotal> Entities => _series.Select(s => s.Total).ToList();

    /// <summary>Articles without a date: counted in <see cref="EntityTotal.UndatedMentions"/>, in no period.</summary>
    public int UndatedArticles { get; }

    /// <summary>Periods averaged per value: 1 for raw counts, k after <see cref="Rolling"/>.</summary>
    public int Window { get; }

    /// <summary>The mentions counted, for going back from a period to its articles (spikes, explanations).</summary>
    internal Mentions? Source { get; init; }

    /// <summary>The counts before any rolling mean (this timeline itself when <see cref="Window"/> is 1), for "the raw count behind it".</summary>
    public Timeline Raw => _raw ?? this;

    /// <summary>Rows by period, then by entity in <see cref="Entities"/> order; zero rows included.</summary>
    public IReadOnlyList<TimelineRow> Rows => _rows.Value;

    /// <summary>The rows as a DataFrame; columns are named in <see cref="TimelineColumns"/>.</summary>
    public DataFrame Table
    {
        get
        {
            var rows = Rows;
            return new DataFrame(
                new DateTimeDataFrameColumn(TimelineColumns.Period, rows.Select(r => (DateTime?)r.Period.ToDateTime(TimeOnly.MinValue))),
                new StringDataFrameColumn(TimelineColumns.Entity, rows.Select(r => r.Entity)),
                new StringDataFrameColumn(TimelineColumns.Label, rows.Select(r => r.Label)),
                new StringDataFrameColumn(TimelineColumns.Kind, rows.Select(r => r.Kind)),
                new DoubleDataFrameColumn(TimelineColumns.Mentions, rows.Select(r => r.Mentions)),
                new DoubleDataFrameColumn(TimelineColumns.Articles, rows.Select(r => r.Articles)),
                new Int32DataFrameColumn(TimelineColumns.PeriodArticles, rows.Select(r => r.PeriodArticles)),
                new Int64DataFrameColumn(TimelineColumns.PeriodWords, rows.Select(r => r.PeriodWords)),
                new DoubleDataFrameColumn(TimelineColumns.Share, rows.Select(r => r.Share)),
                new DoubleDataFrameColumn(TimelineColumns.Per10kWords, rows.Select(r => r.Per10kWords)),
                new DoubleDataFrameColumn(TimelineColumns.ArticlesAbout, rows.Select(r => r.ArticlesAbout)),
                new DoubleDataFrameColumn(TimelineColumns.ShareAbout, rows.Select(r => r.ShareAbout)));
        }
    }

    /// <summary>Buckets mentions by period.</summary>
    public static Timeline Of(Mentions mentions, Period period) => Of(mentions, period, span: null);

    /// <summary>Buckets mentions by period over a span of dates given (so that several timelines share one axis), or their own.</summary>
    internal static Timeline Of(Mentions mentions, Period period, (DateOnly First, DateOnly Last)? span)
    {
        var articles = mentions.Articles;
        var counts = new TimelineCounts(mentions.Lexicon.Entries.Count, period);
        var slotOf = new int[articles.Count];
        for (var a = 0; a < articles.Count; a++) slotOf[a] = counts.Add(articles[a].Published, articles[a].Words);
        // One pass over the compact counts: a million-article count has tens of millions of them.
        foreach (var c in mentions.Counts) counts.Add(slotOf[c.Article], c);
        return Of(counts, mentions.Lexicon, span, mentions);
    }

    /// <summary>
    /// The timeline of sums gathered article by article (a streamed merge's): every period from the first to the last
    /// one met, or over <paramref name="span"/> when given (which must hold them all); <paramref name="source"/> is kept for going back to articles.
    /// </summary>
    internal static Timeline Of(TimelineCounts counts, Lexicon lexicon, (DateOnly First, DateOnly Last)? span = null, Mentions? source = null)
    {
        var period = counts.Period;
        var periods = new List<DateOnly>();
        if (span is null && counts.Starts.Count > 0) span = (counts.Starts.Min(), counts.Starts.Max());
        if (span is var (first, last))
            for (var p = period.StartOf(first); p <= last; p = period.Next(p)) periods.Add(p);
        var index = periods.Select((p, i) => (p, i)).ToDictionary(x => x.p, x => x.i);
        var at = counts.Starts.Select(s => index[s]).ToArray();

        var periodArticles = new int[periods.Count];
        var periodWords = new long[periods.Count];
        for (var slot = 0; slot < at.Length; slot++)
        {
            periodArticles[at[slot]] += counts.Articles(slot);
            periodWords[at[slot]] += counts.Words(slot);
        }

        var entries = lexicon.Entries;
        var series = counts.Mentioned()
            .Select(e =>
            {
                var s = new Series(periods.Count);
                for (var slot = 0; slot < at.Length; slot++)
                {
                    var (mentioned, inArticles, about) = counts.Of(e, slot);
                    (s.Mentions[at[slot]], s.Articles[at[slot]], s.About[at[slot]]) = (mentioned, inArticles, about);
                }
                var entry = entries[e];
                s.Total = new EntityTotal(entry.Id, entry.Label, entry.Kind, (int)s.Mentions.Sum(), (int)s.Articles.Sum(), (int)counts.UndatedMentions(e))
                {
                    ArticlesAbout = (int)s.About.Sum(),
                };
                return s;
            })
            .OrderByDescending(s => s.Total.Mentions).ThenBy(s => s.Total.Entity, StringComparer.Ordinal)
            .ToArray();
        foreach (var s in series) s.Derive(periodArticles, periodWords);

        return new Timeline(period, [.. periods], periodArticles, periodWords, series, counts.Undated, window: 1) { Source = source };
    }

    /// <summary>Only the <paramref name="n"/> entities ranking highest on a measure summed over all periods.</summary>
    public Timeline Top(int n, Measure by = Measure.Mentions)
    {
        var keep = _series
            .OrderByDescending(s => s.Sum(by)).ThenBy(s => s.Total.Entity, StringComparer.Ordinal)
            .Take(n).ToHashSet();
        var kept = _series.Where(keep.Contains).ToArray();
        return new Timeline(Period, [.. Periods], _periodArticles, _periodWords, kept, UndatedArticles, Window,
            _raw?.Only(kept.Select(s => s.Total.Entity).ToArray())) { Source = Source };
    }

    /// <summary>Only entities of one kind ("person", "country", "topic", ...).</summary>
    public Timeline OfKind(string kind) =>
        Only(_series.Where(s => s.Total.Kind == kind).Select(s => s.Total.Entity).ToArray());

    /// <summary>Only the named entities, in the order given.</summary>
    /// <exception cref="ArgumentException">An id has no mention in this timeline.</exception>
    public Timeline Only(params string[] entities)
    {
        var byId = _series.ToDictionary(s => s.Total.Entity);
        var missing = entities.Where(e => !byId.ContainsKey(e)).ToList();
        if (missing.Count > 0)
            throw new ArgumentException($"not in this timeline (no mention, or not in the lexicon): {string.Join(", ", missing)}");
        return new Timeline(Period, [.. Periods], _periodArticles, _periodWords,
            entities.Select(e => byId[e]).ToArray(), UndatedArticles, Window, _raw?.Only(entities)) { Source = Source };
    }

    /// <summary>The named entities this timeline has, in the order given; the others are left out (a group may never name one).</summary>
    internal Timeline Keep(IEnumerable<string> entities)
    {
        var have = _series.Select(s => s.Total.Entity).ToHashSet(StringComparer.Ordinal);
        return Only(entities.Where(have.Contains).ToArray());
    }

    /// <summary>Whether the entity has a mention in this timeline.</summary>
    public bool Contains(string entity) => _series.Any(s => s.Total.Entity == entity);

    /// <summary>One entity's values of a measure, or zeros when it has no mention here (a group that never names it).</summary>
    public IReadOnlyList<double> ValuesOrZero(string entity, Measure measure) =>
        Contains(entity) ? Values(entity, measure) : new double[Periods.Count];

    /// <summary>
    /// Each period pooled with the k − 1 before it (fewer at the start): counts as their mean, shares and rates as the
    /// window's mentions over the window's articles or words. Rolls the raw counts, so rolling twice does not compound.
    /// </summary>
    public Timeline Rolling(int k)
    {
        if (k < 1) throw new ArgumentOutOfRangeException(nameof(k), k, "a rolling window is at least 1 period");
        var raw = Raw;
        return new Timeline(Period, [.. Periods], _periodArticles, _periodWords,
            raw._series.Select(s => s.Rolling(k, _periodArticles, _periodWords)).ToArray(), UndatedArticles, k, raw) { Source = Source };
    }

    /// <summary>One entity's values of a measure, one per period.</summary>
    public IReadOnlyList<double> Values(string entity, Measure measure) =>
        (_series.FirstOrDefault(s => s.Total.Entity == entity) ?? throw new ArgumentException($"'{entity}' is not in this timeline"))
        .Values(measure);

    /// <summary>
    /// Where an entity's measure is highest, read only in periods (windows) that hold at least a fifth of the busiest
    /// one's articles: a period of one or two articles makes any share 50–100 %. Null when the value is never above 0.
    /// </summary>
    public Peak? Peak(string entity, Measure measure = Measure.ShareOfArticles)
    {
        var values = Values(entity, measure);
        var held = Enumerable.Range(0, Periods.Count).Select(ArticlesBehind).ToArray();
        var floor = held.Length == 0 ? 1 : Math.Max(1, held.Max() / 5);
        // A pooled point near the start pools fewer periods: it is read only when no full window qualifies.
        var best = -1;
        foreach (var fullOnly in new[] { true, false })
        {
            for (var p = fullOnly ? Window - 1 : 0; p < values.Count; p++)
                if (held[p] >= floor && (best < 0 || values[p] > values[best])) best = p;
            if (best >= 0) break;
        }
        if (best < 0 || values[best] <= 0) return null;
        var label = _series.First(s => s.Total.Entity == entity).Total.Label;
        return new Peak(entity, label, Periods[Math.Max(0, best - Window + 1)], Period.Next(Periods[best]), values[best], held[best]);
    }

    /// <summary>The articles the point at period index <paramref name="p"/> rests on: its period's, or its whole window's when the timeline pools periods.</summary>
    public int ArticlesBehind(int p)
    {
        var sum = 0;
        for (var i = Math.Max(0, p - Window + 1); i <= p; i++) sum += _periodArticles[i];
        return sum;
    }

    /// <summary>Articles in each period, for hover text and denominators.</summary>
    public IReadOnlyList<int> PeriodArticles => _periodArticles;

    private IReadOnlyList<TimelineRow> BuildRows()
    {
        var rows = new List<TimelineRow>(Periods.Count * _series.Length);
        for (var p = 0; p < Periods.Count; p++)
            foreach (var s in _series)
                rows.Add(new TimelineRow(Periods[p], s.Total.Entity, s.Total.Label, s.Total.Kind,
                    s.Mentions[p], s.Articles[p], _periodArticles[p], _periodWords[p], s.Share[p], s.Per10k[p],
                    s.About[p], s.ShareAbout[p]));
        return rows;
    }

    /// <summary>One entity's values per period.</summary>
    private sealed class Series(int periods)
    {
        public double[] Mentions { get; private init; } = new double[periods];
        public double[] Articles { get; private init; } = new double[periods];
        public double[] About { get; private init; } = new double[periods];
        public double[] Share { get; private set; } = new double[periods];
        public double[] ShareAbout { get; private set; } = new double[periods];
        public double[] Per10k { get; private set; } = new double[periods];
        public EntityTotal Total { get; set; } = null!;

        public void Derive(int[] periodArticles, long[] periodWords)
        {
            for (var p = 0; p < Mentions.Length; p++)
            {
                Share[p] = periodArticles[p] == 0 ? 0 : Articles[p] / periodArticles[p];
                ShareAbout[p] = periodArticles[p] == 0 ? 0 : About[p] / periodArticles[p];
                Per10k[p] = periodWords[p] == 0 ? 0 : Mentions[p] * 10_000 / periodWords[p];
            }
        }

        public double[] Values(Measure measure) => measure switch
        {
            Measure.Mentions => Mentions,
            Measure.Articles => Articles,
            Measure.ShareOfArticles => Share,
            Measure.Per10kWords => Per10k,
            Measure.ArticlesAbout => About,
            Measure.ShareOfArticlesAbout => ShareAbout,
            _ => throw new ArgumentOutOfRangeException(nameof(measure), measure, null),
        };

        public double Sum(Measure measure) => Values(measure).Sum();

        /// <summary>
        /// Counts become trailing means; shares and rates are pooled over the window (its articles ÷ its articles in
        /// all), so a period with one article weighs one article, not as much as a period with fifty.
        /// </summary>
        public Series Rolling(int k, int[] periodArticles, long[] periodWords) => new(Mentions.Length)
        {
            Mentions = Mean(Mentions, k),
            Articles = Mean(Articles, k),
            About = Mean(About, k),
            Share = Pooled(Articles, periodArticles.Select(a => (double)a).ToArray(), k, 1),
            ShareAbout = Pooled(About, periodArticles.Select(a => (double)a).ToArray(), k, 1),
            Per10k = Pooled(Mentions, periodWords.Select(w => (double)w).ToArray(), k, 10_000),
            Total = Total,
        };

        private static double[] Pooled(double[] counts, double[] of, int k, double scale)
        {
            var result = new double[counts.Length];
            var (sum, total) = (0.0, 0.0);
            for (var i = 0; i < counts.Length; i++)
            {
                sum += counts[i];
                total += of[i];
                if (i >= k) { sum -= counts[i - k]; total -= of[i - k]; }
                result[i] = total == 0 ? 0 : sum * scale / total;
            }
            return result;
        }

        private static double[] Mean(double[] values, int k)
        {
            var result = new double[values.Length];
            var sum = 0.0;
            for (var i = 0; i < values.Length; i++)
            {
                sum += values[i];
                if (i >= k) sum -= values[i - k];
                result[i] = sum / Math.Min(i + 1, k);
            }
            return result;
        }
    }
}
