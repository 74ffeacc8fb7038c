using Plotly.NET;

namespace NewsLens;

public static partial class Charts
{
    /// <summary>
    /// Actors (or topics) over time: one line per entity for a measure of the timeline. Hover shows the period,
    /// the value, the raw mentions and articles behind it, and the period's article count.
    /// </summary>
    /// <param name="timeline">The timeline to draw; <c>Top(n)</c> and <c>Rolling(k)</c> it first as needed.</param>
    /// <param name="measure">What the y axis counts.</param>
    /// <param name="title">A title of your own; by default the measure, the period and any rolling window.</param>
    /// <param name="spikes">Spikes to mark (<c>timeline.Spikes()</c>): a star at each spike's highest point on its
    /// entity's line, labelled with its most distinctive phrase; hovering shows its top titles.</param>
    public static GenericChart OverTime(Timeline timeline, Measure measure = Measure.ShareOfArticles, string? title = null, Spikes? spikes = null)
    {
        var x = timeline.Periods.Select(MeasureText.Date).ToArray();
        var raw = timeline.Raw;
        var format = MeasureText.ValueFormat(measure, timeline.Window);
        var colours = ChartSession.Current.Colors.For(timeline.Entities.Select(e => e.Entity).ToList());
        var gaps = Gaps.IsShare(measure) && timeline.Raw.PeriodArticles.Any(n => n == 0);
        var traces = timeline.Entities.Select((e, i) =>
        {
            var mentions = raw.Values(e.Entity, Measure.Mentions);
            var articles = raw.Values(e.Entity, Measure.Articles);
            var about = raw.Values(e.Entity, Measure.ArticlesAbout);
            var custom = x.Select((_, p) => new object[] { mentions[p], articles[p], timeline.PeriodArticles[p], about[p] }).ToArray();
            return (Trace)Figure.Trace("scatter",
                ("x", x),
                ("y", Gaps.Where(timeline, timeline.Values(e.Entity, measure), measure)),
                // A value between two gaps is a single point, which a line alone would not draw.
                ("mode", gaps ? "lines+markers" : "lines"),
                ("marker", gaps ? Figure.Obj(("size", 4)) : null),
                ("name", Figure.Text(e.Label)),
                // Its spike stars join the group: one legend click hides both, and the shared colour is one entity's.
                ("legendgroup", e.Entity),
                ("line", Figure.Obj(("color", colours[i]), ("width", 2))),
                ("customdata", custom),
                ("hovertemplate",
                    $"<b>{Figure.Text(e.Label)}</b><br>%{{x|{MeasureText.PeriodFormat(timeline.Period)}}}: %{{y:{format}}}<br>" +
                    "%{customdata[0]} mentions in %{customdata[1]} of %{customdata[2]} articles, %{customdata[3]} about it<extra></extra>"));
        }).ToList();
        if (spikes is not null) traces.AddRange(SpikeMarkers(timeline, measure, spikes, colours));
        if (Gaps.Marker(timeline) is { } empty) traces.Add(empty);
        return Figure.Chart(traces,
            title ?? $"{MeasureText.Title(measure)}, by {MeasureText.PeriodNoun(timeline.Period)}{MeasureText.Rolling(timeline)}",
            MeasureText.PeriodAxis(timeline.Period),
            MeasureText.Axis(measure, timeline.Period),
            extraLayout: [("yaxis", YAxis(measure, timeline.Period, timeline.Entities.SelectMany(e => timeline.Values(e.Entity, measure)).DefaultIfEmpty(0).Max())), ("xaxis", MeasureText.TimeAxis(timeline.Period, timeline.Periods.Count)), ("hovermode", "closest")]);
    }

    private static IEnumerable<Trace> SpikeMarkers(Timeline timeline, Measure measure, Spikes spikes, string[] colours)
    {
        for (var e = 0; e < timeline.Entities.Count; e++)
        {
            var entity = timeline.Entities[e];
            var values = timeline.Values(entity.Entity, measure);
            var marks = spikes.Of(entity.Entity)
                .Select(s => (Spike: s, At: Enumerable.Range(0, timeline.Periods.Count).Where(i => timeline.Periods[i] >= s.First && timeline.Periods[i] <= s.Last)
                    .OrderByDescending(i => values[i]).ThenBy(i => i).DefaultIfEmpty(-1).First()))
                .Where(m => m.At >= 0)
                .ToList();
            if (marks.Count == 0) continue;
            yield return Figure.Trace("scatter",
                ("x", marks.Select(m => MeasureText.Date(timeline.Periods[m.At])).ToArray()),
                ("y", marks.Select(m => values[m.At]).ToArray()),
                ("mode", "markers+text"),
                ("marker", Figure.Obj(("symbol", "star"), ("size", 12), ("color", colours[e]), ("line", Figure.Obj(("color", "white"), ("width", 1))))),
                ("text", marks.Select(m => Figure.Text(Cut(m.Spike.Caption, 28))).ToArray()),
                ("textposition", "top center"),
                // Dark text beside the coloured star: a label in a light line colour (the palette's yellow) cannot be read.
                ("textfont", Figure.Obj(("size", 11), ("color", "#333333"))),
                ("showlegend", false),
                ("legendgroup", entity.Entity),
                ("name", Figure.Text(entity.Label) + " spikes"),
                ("hovertext", marks.Select(m => SpikeHover(m.Spike, timeline.Period)).ToArray()),
                ("hoverinfo", "text"));
        }
    }

    // Article titles are untrusted: escaped like every label that reaches Plotly.
    private static string SpikeHover(Spike s, Period period) =>
        $"<b>{Figure.Text(s.Label)}</b>: spike in {Figure.Text(SpikeFacts.When(period, s))}" +
        (s.IsNew ? ", new or rarely covered before" : $", {SpikeFacts.Times(s)} the usual share") +
        string.Concat(s.TopArticles.Take(3).Select(a => "<br>· " + Figure.Text(Cut(a.Title, 80))));

    private static string Cut(string text, int length) => text.Length <= length ? text : text[..(length - 1)].TrimEnd() + "…";

    private static object YAxis(Measure measure, Period period, double max, string? title = null) => Figure.Obj(
        ("title", Figure.Obj(("text", title ?? MeasureText.Axis(measure, period)))),
        ("tickformat", Gaps.IsShare(measure) ? MeasureText.ShareTicks(max) : null),
        ("rangemode", "tozero"));
}
