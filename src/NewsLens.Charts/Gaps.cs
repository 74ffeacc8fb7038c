using Plotly.NET;

namespace NewsLens;

/// <summary>
/// Periods without a single article: a share there is not 0 % but unknown, so share lines and stacks leave a gap
/// (Plotly does not join across a null) and a grey marker on the axis says "no articles".
/// </summary>
internal static class Gaps
{
    /// <summary>Whether the measure divides by the period's articles, and so means nothing in an empty period.</summary>
    public static bool IsShare(Measure measure) => measure is Measure.ShareOfArticles or Measure.ShareOfArticlesAbout;

    /// <summary>The values, with null in periods that hold no article when the measure is a share.</summary>
    public static double?[] Where(Timeline timeline, IReadOnlyList<double> values, Measure measure) =>
        values.Select((v, p) => IsShare(measure) && IsEmpty(timeline, p) ? (double?)null : v).ToArray();

    /// <summary>A period with no article in it, or in its whole window when the timeline pools periods.</summary>
    public static bool IsEmpty(Timeline timeline, int p) => timeline.ArticlesBehind(p) == 0;

    /// <summary>Grey markers on the x axis at the periods without articles, or null when every period has some.</summary>
    public static Trace? Marker(Timeline timeline)
    {
        var empty = timeline.Periods.Where((_, p) => IsEmpty(timeline, p)).Select(MeasureText.Date).ToArray();
        if (empty.Length == 0) return null;
        var noun = MeasureText.PeriodNoun(timeline.Period);
        return Figure.Trace("scatter",
            ("x", empty), ("y", empty.Select(_ => 0.0).ToArray()),
            ("mode", "markers"),
            ("name", $"no articles that {noun}"),
            ("marker", Figure.Obj(("symbol", "x-thin-open"), ("size", 9), ("color", "#999999"), ("line", Figure.Obj(("width", 1.5), ("color", "#999999"))))),
            ("hovertemplate", $"%{{x|{MeasureText.PeriodFormat(timeline.Period)}}}: no articles<extra></extra>"));
    }
}
