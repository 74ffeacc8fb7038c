using System.Globalization;

namespace NewsLens;

/// <summary>
/// One-sentence facts about a corpus, a timeline or its pairs, computed from the data: the captions a notebook
/// shows under its charts, true on whatever corpus it runs.
/// </summary>
public static class Facts
{
    private static readonly CultureInfo En = CultureInfo.InvariantCulture;

    /// <summary>Articles, date range, undated articles and problems: "3,010 articles from 2 January 2019 to …".</summary>
    public static string About(CorpusSummary summary)
    {
        var text = $"{summary.Articles:N0} {Plural(summary.Articles, "article")}";
        text += summary.First is { } first && summary.Last is { } last
            ? $", dated {Day(first, summary.DatePrecision)} to {Day(last, summary.DatePrecision)}"
            : ", none of them dated";
        if (summary.DatePrecision == DatePrecision.Year) text += " (to the year only)";
        if (summary.Undated > 0 && summary.First is not null) text += $"; {summary.Undated:N0} undated";
        text += summary.Problems.Count == 0
            ? "; every record was loaded"
            : $"; {summary.Problems.Count:N0} {Plural(summary.Problems.Count, "record")} set aside ({summary.Problems.CountByKind()})";
        var sources = summary.Sources.Count;
        if (sources > 0)
        {
            var top = summary.Sources.OrderByDescending(s => s.Articles).First();
            text += sources == 1 ? $"; all from {top.Source}" : $"; {sources:N0} sources, the largest {top.Source} with {Percent(top.Articles, summary.Articles)} of articles";
        }
        return text + ".";
    }

    /// <summary>The most mentioned entity (of a kind, if given): "The most mentioned person: Donald Trump, in 41% of dated articles (1,234 of 3,010)."</summary>
    public static string MostMentioned(Timeline timeline, string? kind = null)
    {
        var noun = kind ?? "entity";
        var top = timeline.Entities.Where(e => kind is null || e.Kind == kind).OrderByDescending(e => e.Articles).ThenBy(e => e.Entity, StringComparer.Ordinal).FirstOrDefault();
        var dated = timeline.PeriodArticles.Sum();
        if (top is null || dated == 0) return $"No {noun} of the lexicon is mentioned in a dated article.";
        return $"The most mentioned {noun}: {top.Label}, in {Percent(top.Articles, dated)} of dated articles ({top.Articles:N0} of {dated:N0}); " +
               $"{top.ArticlesAbout:N0} of them are about it (title, lead or twice).";
    }

    /// <summary>Each entity's highest value and when (see <see cref="Timeline.Peak"/>): "Each one's highest share: Kim Jong Un 63% in June 2018 (24 articles); …".</summary>
    public static string Peaks(Timeline timeline, Measure measure = Measure.ShareOfArticles)
    {
        var parts = timeline.Entities.Select(e => timeline.Peak(e.Entity, measure)).OfType<Peak>()
            .Select(p => $"{p.Label} {Value(p.Value, measure)} in {When(timeline, p)} ({p.Articles:N0} articles)").ToList();
        var what = measure is Measure.ShareOfArticles or Measure.ShareOfArticlesAbout ? "highest share" : "highest value";
        return parts.Count == 0 ? "No entity has a value above zero." : $"Each one's {what}: {string.Join("; ", parts)}.";
    }

    /// <summary>The pair most strongly together (shared articles × log2 lift) and the most shared: true of any corpus.</summary>
    public static string Strongest(CoMentions co)
    {
        var above = co.Strongest();
        if (above.Count == 0) return "No pair of entities shares articles more often than chance.";
        var strongest = above[0];
        var most = co.Rows.OrderByDescending(p => p.Both).ThenByDescending(p => p.Lift).First();
        var text = $"The strongest pair: {strongest.LabelA} and {strongest.LabelB}, together in {strongest.Both:N0} articles, {strongest.Lift.ToString("0.0", En)}× what chance would give.";
        if (most != strongest)
            text += $" The most shared: {most.LabelA} and {most.LabelB}, in {most.Both:N0} articles, {most.Lift.ToString("0.0", En)}× chance" +
                    (most.Lift < 1.5 ? " (both are simply frequent)." : ".");
        return text;
    }

    private static string When(Timeline timeline, Peak peak)
    {
        var last = timeline.Period.StartOf(peak.To.AddDays(-1));
        return peak.From == last ? Name(timeline.Period, last) : $"{Name(timeline.Period, peak.From)}–{Name(timeline.Period, last)}";
    }

    /// <summary>A period as a reader names it: "2018", "Q2 2018", "June 2018", "week of 4 June 2018", "4 June 2018".</summary>
    public static string Name(Period period, DateOnly start) => period switch
    {
        Period.Year => start.Year.ToString(En),
        Period.Quarter => $"Q{(start.Month - 1) / 3 + 1} {start.Year}",
        Period.Month => start.ToString("MMMM yyyy", En),
        Period.Week => "week of " + start.ToString("d MMMM yyyy", En),
        _ => start.ToString("d MMMM yyyy", En),
    };

    private static string Day(DateOnly date, DatePrecision precision) =>
        precision == DatePrecision.Year ? date.Year.ToString(En) : date.ToString("d MMMM yyyy", En);

    private static string Value(double value, Measure measure) => measure switch
    {
        Measure.ShareOfArticles or Measure.ShareOfArticlesAbout => value.ToString(value < 0.1 ? "0.0%" : "0%", En),
        Measure.Per10kWords => value.ToString("0.0", En) + " per 10,000 words",
        _ => value.ToString(value == Math.Floor(value) ? "N0" : "N1", En),
    };

    private static string Percent(int part, int whole) => whole == 0 ? "0%" : ((double)part / whole).ToString(part * 10 < whole ? "0.0%" : "0%", En);

    private static string Plural(int n, string noun) => n == 1 ? noun : noun + "s";
}
