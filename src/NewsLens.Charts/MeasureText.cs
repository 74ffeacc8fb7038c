
namespace NewsLens;

/// <summary>How a measure and a period are named on axes, in titles and in hover text.</summary>
internal static class MeasureText
{
    public static string PeriodNoun(Period period) => period switch
    {
        Period.Day => "day",
        Period.Week => "week",
        Period.Month => "month",
        Period.Quarter => "quarter",
        _ => "year",
    };

    /// <summary>The y-axis title: the measure and its denominator, e.g. "share of articles that month".</summary>
    public static string Axis(Measure measure, Period period) => measure switch
    {
        Measure.Mentions => $"mentions that {PeriodNoun(period)}",
        Measure.Articles => $"articles mentioning it that {PeriodNoun(period)}",
        Measure.ShareOfArticles => $"share of articles that {PeriodNoun(period)}",
        Measure.ArticlesAbout => $"articles about it that {PeriodNoun(period)}",
        Measure.ShareOfArticlesAbout => $"share of articles about it that {PeriodNoun(period)}",
        _ => $"mentions per 10,000 words that {PeriodNoun(period)}",
    };

    public static string Title(Measure measure) => measure switch
    {
        Measure.Mentions => "Mentions",
        Measure.Articles => "Articles mentioning each",
        Measure.ShareOfArticles => "Share of articles mentioning each",
        Measure.ArticlesAbout => "Articles about each",
        Measure.ShareOfArticlesAbout => "Share of articles about each (title, lead, or two mentions)",
        _ => "Mentions per 10,000 words",
    };

    /// <summary>d3 date format of a period's ticks: "2017", "Q1 2017", "Jan 2017", "06 Mar 2017".</summary>
    public static string TickFormat(Period period) => period switch { Period.Year => "%Y", Period.Quarter => "Q%q %Y", Period.Month => "%b %Y", _ => "%d %b %Y" };

    /// <summary>The x axis for a period: its title, and ticks that name periods as the period does ("2017", not "Jan 2017, Jul 2017").</summary>
    public static object TimeAxis(Period period, int periods) => Figure.Obj(
        ("title", Figure.Obj(("text", PeriodAxis(period)))),
        ("tickformat", TickFormat(period)),
        // One tick per period while that leaves room (else Plotly would put ticks mid-period: "Mar 1987, Mar 1987");
        // Plotly picks wider steps itself when it does not.
        ("dtick", period switch
        {
            Period.Year when periods <= 30 => "M12",
            Period.Quarter when periods <= 16 => "M3",
            Period.Month when periods <= 24 => "M1",
            _ => null,
        }));

    /// <summary>
    /// d3 format of share ticks for values up to <paramref name="max"/>: whole percents from 10 %, then one or two
    /// decimals, so small shares never show as "0%, 0%, 0%" or "3%, 3%".
    /// </summary>
    public static string ShareTicks(double max) => max >= 0.1 ? ".0%" : max >= 0.01 ? ".1%" : ".2%";

    /// <summary>The x-axis title.</summary>
    public static string PeriodAxis(Period period) => period == Period.Week ? "week (labelled by its Monday)" : PeriodNoun(period);

    /// <summary>d3 format of a value in hover text and on the axis.</summary>
    public static string ValueFormat(Measure measure, int window) => measure switch
    {
        Measure.ShareOfArticles or Measure.ShareOfArticlesAbout => ".1%",
        Measure.Per10kWords => ".1f",
        _ => window > 1 ? ".1f" : "d",
    };

    /// <summary>d3 time format of a period in hover text.</summary>
    public static string PeriodFormat(Period period) => period switch
    {
        Period.Day => "%d %b %Y",
        Period.Week => "week of %d %b %Y",
        Period.Month => "%b %Y",
        Period.Quarter => "Q%q %Y",
        _ => "%Y",
    };

    public static string Rolling(Timeline timeline) =>
        timeline.Window > 1 ? $" (each point pools {timeline.Window} {PeriodNoun(timeline.Period)}s)" : "";

    /// <summary>"Jan 2017 to Dec 2020" for months, in the period's own granularity.</summary>
    public static string Span(Period period, DateOnly first, DateOnly last)
    {
        var format = period switch
        {
            Period.Year => "yyyy",
            Period.Month or Period.Quarter => "MMM yyyy",
            _ => "d MMM yyyy",
        };
        var lastDay = period.Next(last).AddDays(-1);
        return $"{first.ToString(format, System.Globalization.CultureInfo.InvariantCulture)} to {lastDay.ToString(format, System.Globalization.CultureInfo.InvariantCulture)}";
    }

    public static string Date(DateOnly d) => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
