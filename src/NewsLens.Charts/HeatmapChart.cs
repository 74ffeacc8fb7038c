using Plotly.NET;

namespace NewsLens;

public static partial class Charts
{
    /// <summary>Entity × period heatmap of a measure: dark cells are periods when an entity was much in the news.</summary>
    public static GenericChart Heatmap(Timeline timeline, Measure measure = Measure.ShareOfArticles, string? title = null)
    {
        var entities = timeline.Entities;
        var format = MeasureText.ValueFormat(measure, timeline.Window);
        var trace = Figure.Trace("heatmap",
            ("x", timeline.Periods.Select(MeasureText.Date).ToArray()),
            // Plotly draws the first row at the bottom; reversed, the most mentioned entity is on top.
            ("y", entities.Select(e => Figure.Text(e.Label)).Reverse().ToArray()),
            // Periods without articles are blank cells, not 0 %: a share of nothing is no share.
            ("z", entities.Select(e => Gaps.Where(timeline, timeline.Values(e.Entity, measure), measure)).Reverse().ToArray()),
            ("hoverongaps", false),
            // Plotly's "Blues" runs dark to light; reversed, more mentions read darker.
            ("colorscale", "Blues"), ("reversescale", true), ("zmin", 0),
            ("colorbar", Figure.Obj(("title", Figure.Obj(("text", MeasureText.Axis(measure, timeline.Period)), ("side", "right"))), ("tickformat", measure is Measure.ShareOfArticles or Measure.ShareOfArticlesAbout ? ".0%" : null))),
            ("hovertemplate", $"<b>%{{y}}</b><br>%{{x|{MeasureText.PeriodFormat(timeline.Period)}}}: %{{z:{format}}}<extra></extra>"));
        return Figure.Chart([trace],
            title ?? $"{MeasureText.Title(measure)}, by {MeasureText.PeriodNoun(timeline.Period)}{MeasureText.Rolling(timeline)}",
            MeasureText.PeriodAxis(timeline.Period), null, Figure.Width, Math.Max(300, 120 + entities.Count * 26),
            ("yaxis", Figure.Obj(("automargin", true))), ("xaxis", MeasureText.TimeAxis(timeline.Period, timeline.Periods.Count)));
    }
}
