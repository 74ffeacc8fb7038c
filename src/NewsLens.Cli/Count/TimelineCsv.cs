using System.Globalization;
using CsvHelper;
using NewsLens;

namespace NewsLens.Cli.Count;

/// <summary>
/// The documented CSV of <c>count</c>: <c>period,entity,label,kind,mentions,articles,period_articles,period_words,share,per_10k_words,articles_about,share_about</c>,
/// rows with mentions only, ordered by period then entity id, invariant number formats: the same input gives the same bytes.
/// </summary>
internal static class TimelineCsv
{
    public static readonly string[] Header =
    [
        TimelineColumns.Period, TimelineColumns.Entity, TimelineColumns.Label, TimelineColumns.Kind, TimelineColumns.Mentions,
        TimelineColumns.Articles, TimelineColumns.PeriodArticles, TimelineColumns.PeriodWords, TimelineColumns.Share, TimelineColumns.Per10kWords,
        TimelineColumns.ArticlesAbout, TimelineColumns.ShareAbout,
    ];

    public static void Write(Timeline timeline, TextWriter output)
    {
        using var csv = CsvWriter.Create(output, CsvWriterOptions.Default with { NewLine = "\n" }, leaveOpen: true);
        csv.WriteHeader(Header);
        foreach (var row in Ordered(timeline))
            csv.WriteRecord(Fields(row));
    }

    /// <summary>Rows with at least one mention, by period then entity id (ordinal), as the CSV and JSON list them.</summary>
    internal static IEnumerable<TimelineRow> Ordered(Timeline timeline) =>
        timeline.Rows.Where(r => r.Mentions > 0)
            .OrderBy(r => r.Period).ThenBy(r => r.Entity, StringComparer.Ordinal);

    internal static string[] Fields(TimelineRow r) =>
    [
        Date(r.Period), r.Entity, r.Label, r.Kind, Number(r.Mentions), Number(r.Articles),
        r.PeriodArticles.ToString(CultureInfo.InvariantCulture), r.PeriodWords.ToString(CultureInfo.InvariantCulture),
        Number(r.Share), Number(r.Per10kWords), Number(r.ArticlesAbout), Number(r.ShareAbout),
    ];

    internal static string Date(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Six decimals at most, no exponent, no trailing zeros: stable across runtimes and cultures.</summary>
    internal static string Number(double value) => Math.Round(value, 6).ToString("0.######", CultureInfo.InvariantCulture);
}
