using Plotly.NET;

namespace NewsLens;

public static partial class Charts
{
    /// <summary>
    /// One entity over time in each group (each source, place, section): one line per group, its share of that
    /// group's own articles, and a dashed grey line for all articles. Periods in which a group has no article are gaps.
    /// </summary>
    /// <param name="grouped">The timeline by group (<c>mentions.Timeline(Period.Month, by: "source")</c>).</param>
    /// <param name="entity">The entity's id.</param>
    /// <param name="measure">What the y axis counts; a share compares groups of different sizes fairly.</param>
    /// <param name="groups">How many of the largest groups to draw.</param>
    /// <param name="title">A title of your own; by default the entity, the measure and the grouping.</param>
    /// <exception cref="ArgumentException">The entity has no mention in the corpus.</exception>
    public static GenericChart OverTime(GroupedTimeline grouped, string entity, Measure measure = Measure.ShareOfArticles, int groups = 8, string? title = null)
    {
        var label = grouped.Entities.FirstOrDefault(e => e.Entity == entity)?.Label
            ?? throw new ArgumentException($"'{entity}' is not in this timeline (no mention, or not in the lexicon)", nameof(entity));
        var x = grouped.Periods.Select(MeasureText.Date).ToArray();
        var format = MeasureText.ValueFormat(measure, grouped.All.Window);
        var shown = grouped.Groups.Take(groups).ToList();
        var colours = ChartSession.Current.Colors.For(shown.Select(g => $"{grouped.By.Name}:{g.Group}").ToList());
        var traces = new List<Trace>();
        var max = 0.0;
        for (var i = 0; i < shown.Count; i++)
        {
            var timeline = grouped[shown[i].Group];
            var raw = timeline.Raw;
            var values = timeline.ValuesOrZero(entity, measure);
            max = Math.Max(max, values.DefaultIfEmpty(0).Max());
            var articles = raw.ValuesOrZero(entity, Measure.Articles);
            traces.Add(Figure.Trace("scatter",
                ("x", x),
                ("y", Gaps.Where(timeline, values, measure)),
                ("mode", "lines+markers"),
                ("marker", Figure.Obj(("size", 4))),
                ("name", Figure.Text($"{shown[i].Group} ({shown[i].DatedArticles:N0})")),
                ("line", Figure.Obj(("color", colours[i]), ("width", 2))),
                ("customdata", x.Select((_, p) => new object[] { articles[p], raw.PeriodArticles[p] }).ToArray()),
                ("hovertemplate",
                    $"<b>{Figure.Text(shown[i].Group)}</b><br>%{{x|{MeasureText.PeriodFormat(grouped.Period)}}}: %{{y:{format}}}<br>" +
                    "%{customdata[0]} of its %{customdata[1]} articles mention it<extra></extra>")));
        }
        var all = grouped.All.ValuesOrZero(entity, measure);
        traces.Add(Figure.Trace("scatter",
            ("x", x),
            ("y", Gaps.Where(grouped.All, all, measure)),
            ("mode", "lines"),
            ("name", "all articles"),
            ("line", Figure.Obj(("color", "#888888"), ("width", 1.5), ("dash", "dash"))),
            ("hovertemplate", $"<b>all articles</b><br>%{{x|{MeasureText.PeriodFormat(grouped.Period)}}}: %{{y:{format}}}<extra></extra>")));
        var more = grouped.Groups.Count > shown.Count ? $" ({shown.Count} largest of {grouped.Groups.Count})" : "";
        return Figure.Chart(traces,
            title ?? $"{label}: {MeasureText.Axis(measure, grouped.Period)}, by {grouped.By.Name}{more}{MeasureText.Rolling(grouped.All)}",
            MeasureText.PeriodAxis(grouped.Period), null,
            extraLayout: [("yaxis", YAxis(measure, grouped.Period, max,
                MeasureText.Axis(measure, grouped.Period) + (Gaps.IsShare(measure) ? $" (of each {Figure.Text(grouped.By.Name)}'s articles)" : ""))), ("xaxis", MeasureText.TimeAxis(grouped.Period, grouped.Periods.Count)), ("hovermode", "closest")]);
    }
}
