using Plotly.NET;

namespace NewsLens;

public static partial class Charts
{
    /// <summary>
    /// One small panel per entity, sharing the time axis, each on its own value scale: for comparing the shapes of
    /// rises and falls rather than their sizes.
    /// </summary>
    public static GenericChart SmallMultiples(Timeline timeline, Measure measure = Measure.ShareOfArticles, int columns = 3, string? title = null)
    {
        var entities = timeline.Entities;
        var rows = Math.Max(1, (entities.Count + columns - 1) / columns);
        var x = timeline.Periods.Select(MeasureText.Date).ToArray();
        var format = MeasureText.ValueFormat(measure, timeline.Window);
        var traces = new List<Trace>();
        var extra = new List<(string, object?)>();
        var annotations = new List<object>();
        var colours = ChartSession.Current.Colors.For(entities.Select(e => e.Entity).ToList());
        for (var i = 0; i < entities.Count; i++)
        {
            var e = entities[i];
            var axis = i == 0 ? "" : (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
            traces.Add(Figure.Trace("scatter",
                ("x", x),
                ("y", Gaps.Where(timeline, timeline.Values(e.Entity, measure), measure)),
                ("mode", "lines"),
                ("name", Figure.Text(e.Label)),
                ("showlegend", false),
                ("xaxis", "x" + axis),
                ("yaxis", "y" + axis),
                ("line", Figure.Obj(("color", colours[i]), ("width", 1.5))),
                ("hovertemplate", $"<b>{Figure.Text(e.Label)}</b><br>%{{x|{MeasureText.PeriodFormat(timeline.Period)}}}: %{{y:{format}}}<extra></extra>")));
            extra.Add(("yaxis" + axis, Figure.Obj(("tickformat", Gaps.IsShare(measure) ? MeasureText.ShareTicks(timeline.Values(e.Entity, measure).DefaultIfEmpty(0).Max()) : null), ("rangemode", "tozero"), ("nticks", 4))));
            extra.Add(("xaxis" + axis, Figure.Obj(("matches", i == 0 ? null : "x"), ("nticks", 4), ("tickformat", MeasureText.TickFormat(timeline.Period)))));
            annotations.Add(Figure.Obj(
                ("text", $"<b>{Figure.Text(e.Label)}</b>"), ("showarrow", false),
                ("xref", $"x{axis} domain"), ("yref", $"y{axis} domain"), ("x", 0.0), ("y", 1.0),
                ("xanchor", "left"), ("yanchor", "bottom"), ("font", Figure.Obj(("size", 12)))));
        }
        extra.Add(("grid", Figure.Obj(("rows", rows), ("columns", columns), ("pattern", "independent"), ("ygap", 0.45), ("xgap", 0.12))));
        extra.Add(("annotations", annotations));
        return Figure.Chart(traces,
            title ?? $"{Capitalise(MeasureText.Axis(measure, timeline.Period))}, one panel each, own scales{MeasureText.Rolling(timeline)}",
            null, null, Figure.Width, Math.Max(300, 80 + rows * 200), [.. extra]);
    }

    private static string Capitalise(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];
}
