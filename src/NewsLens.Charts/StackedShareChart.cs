using Plotly.NET;

namespace NewsLens;

public static partial class Charts
{
    /// <summary>
    /// Topics over time as a stacked area: each band is a topic's share of all the shown topics' mentions in the
    /// period, so the bands fill 100 % and show how attention divides. Periods without any mention stay empty.
    /// </summary>
    public static GenericChart StackedShare(Timeline timeline, string? title = null)
    {
        var x = timeline.Periods.Select(MeasureText.Date).ToArray();
        var raw = timeline.Raw;
        var totals = new double[x.Length];
        foreach (var e in timeline.Entities)
        {
            var values = timeline.Values(e.Entity, Measure.Mentions);
            for (var p = 0; p < totals.Length; p++) totals[p] += values[p];
        }
        var colours = ChartSession.Current.Colors.For(timeline.Entities.Select(e => e.Entity).ToList());
        var traces = timeline.Entities.Select((e, i) =>
        {
            var values = timeline.Values(e.Entity, Measure.Mentions);
            var mentions = raw.Values(e.Entity, Measure.Mentions);
            return (Trace)Figure.Trace("scatter",
                ("x", x),
                // No mention of any shown topic (or no article at all): nothing divides, so the stack has a gap there.
                ("y", values.Select((v, p) => totals[p] > 0 ? v / totals[p] : (double?)null).ToArray()),
                ("mode", "lines"),
                ("stackgroup", "topics"),
                ("name", Figure.Text(e.Label)),
                ("line", Figure.Obj(("color", colours[i]), ("width", 0.5))),
                ("fillcolor", colours[i]),
                ("customdata", mentions.Select((m, p) => new object[] { m, totals[p] }).ToArray()),
                ("hovertemplate",
                    $"<b>{Figure.Text(e.Label)}</b><br>%{{x|{MeasureText.PeriodFormat(timeline.Period)}}}: %{{y:.1%}} of topic mentions<br>" +
                    "%{customdata[0]} of %{customdata[1]:.0f} mentions<extra></extra>"));
        }).ToList();
        if (Gaps.Marker(timeline) is { } empty) traces.Add(empty);
        var noun = MeasureText.PeriodNoun(timeline.Period);
        return Figure.Chart(traces,
            title ?? $"How attention divides among topics, by {noun}{MeasureText.Rolling(timeline)}",
            MeasureText.PeriodAxis(timeline.Period),
            $"share of topic mentions that {noun}",
            extraLayout: [("xaxis", MeasureText.TimeAxis(timeline.Period, timeline.Periods.Count)), ("yaxis", Figure.Obj(("title", Figure.Obj(("text", $"share of topic mentions that {noun}"))), ("tickformat", ".0%"), ("range", new[] { 0, 1 })))]);
    }
}
