
namespace NewsLens;

/// <summary>How finely a corpus's articles are dated.</summary>
public enum DatePrecision
{
    /// <summary>No article is dated.</summary>
    None,
    /// <summary>Days: at least one article is dated to a day other than the first of a month.</summary>
    Day,
    /// <summary>Months: every dated article falls on the first of a month.</summary>
    Month,
    /// <summary>Years: every dated article falls on January 1 (speeches, annual reports, a JSONL `date_precision: year`).</summary>
    Year,
}

/// <summary>How many articles came from one site.</summary>
public sealed record SourceCount(string Source, int Articles);

/// <summary>What a load found: counts that add up, the date range and the sites.</summary>
/// <param name="Files">Files read.</param>
/// <param name="Records">Records read (a file, a JSONL line or a CSV row); always <c>Articles + Problems.Count</c>.</param>
/// <param name="Articles">Records loaded as articles.</param>
/// <param name="Problems">Records not loaded, each with path, line and reason.</param>
/// <param name="Warnings">Notes on loaded articles.</param>
/// <param name="Undated">Articles without a readable date.</param>
/// <param name="Duplicates">Records dropped as repeats of an earlier one (also among <paramref name="Problems"/>).</param>
/// <param name="First">Earliest publication date, if any article is dated.</param>
/// <param name="Last">Latest publication date, if any article is dated.</param>
/// <param name="Sources">Articles per site, most first; articles without a url are counted under "(no url)".</param>
public sealed record CorpusSummary(
    int Files,
    int Records,
    int Articles,
    IReadOnlyList<Problem> Problems,
    IReadOnlyList<Problem> Warnings,
    int Undated,
    int Duplicates,
    DateOnly? First,
    DateOnly? Last,
    IReadOnlyList<SourceCount> Sources)
{
    /// <summary>The label for articles that have no url and so no site.</summary>
    public const string NoSource = "(no url)";

    /// <summary>How finely the dated articles are dated; at least three are needed to call a corpus month- or year-dated.</summary>
    public DatePrecision DatePrecision { get; init; }

    internal static CorpusSummary Of(int files, int records, IReadOnlyList<Article> articles,
        IReadOnlyList<Problem> problems, IReadOnlyList<Problem> warnings)
    {
        var tally = new SummaryTally();
        foreach (var a in articles) tally.Add(a);
        return tally.Summary(files, records, problems, warnings);
    }
}
