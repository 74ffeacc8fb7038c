using Plotly.NET;

namespace NewsLens;

public static partial class Charts
{
    /// <summary>The most mentioned entities as horizontal bars with their counts, largest on top.</summary>
    public static GenericChart Ranking(Timeline timeline, int n = 15, Measure measure = Measure.Mentions, string? title = null)
    {
        var top = timeline.Top(n, measure).Entities
            .Select(e => (Entity: e, Value: timeline.Values(e.Entity, measure).Sum()))
            .OrderBy(t => t.Value).ToList();
        var label = measure switch
        {
            Measure.Mentions => "mentions",
            Measure.Articles => "articles mentioning it",
            Measure.ArticlesAbout => "articles about it",
            Measure.ShareOfArticles or Measure.ShareOfArticlesAbout => "sum of period shares",
            _ => "sum of per-10,000-word rates",
        };
        var trace = Figure.Trace("bar",
            ("orientation", "h"),
            ("x", top.Select(t => t.Value).ToArray()),
            ("y", top.Select(t => Figure.Text(t.Entity.Label)).ToArray()),
            ("text", top.Select(t => t.Value.ToString(measure is Measure.Mentions or Measure.Articles or Measure.ArticlesAbout ? "N0" : "N2", System.Globalization.CultureInfo.InvariantCulture)).ToArray()),
            ("textposition", "outside"),
            // The count beside the longest bar must fit: it may draw past the axis, never be cut.
            ("cliponaxis", false),
            ("marker", Figure.Obj(("color", ChartSession.Current.Colors.For(top.Select(t => t.Entity.Entity).ToList())))),
            ("hovertemplate", $"<b>%{{y}}</b>: %{{x}} {label}<extra></extra>"));
        var span = timeline.Periods.Count > 0 ? $", {MeasureText.Span(timeline.Period, timeline.Periods[0], timeline.Periods[^1])}" : "";
        return Figure.Chart([trace],
            title ?? $"Top {top.Count} by {label}{span}",
            $"{label} (dated articles)", null, Figure.Width, Math.Max(300, 100 + top.Count * 28),
            ("yaxis", Figure.Obj(("automargin", true))),
            // Room on the right for the longest bar's count: the axis runs 18 % past it.
            ("xaxis", Figure.Obj(("title", Figure.Obj(("text", Figure.Text($"{label} (dated articles)")))),
                ("range", new[] { 0, Math.Max(1, top.Count == 0 ? 1 : top[^1].Value) * 1.18 }))),
            ("margin", Figure.Obj(("l", 160), ("r", 60), ("t", 60), ("b", 60))));
    }
}
