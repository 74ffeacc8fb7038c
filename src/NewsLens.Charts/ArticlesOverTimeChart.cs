using Plotly.NET;

namespace NewsLens;

public static partial class Charts
{
    /// <summary>
    /// Articles per period, stacked by source: the denominators of every share, and which sites fill each period.
    /// The eight largest sources get their own colour; the rest are "other sources". Undated articles are counted
    /// in the title, since no period can hold them.
    /// </summary>
    public static GenericChart ArticlesOverTime(Corpus corpus, Period period = Period.Month, string? title = null)
    {
        const int sources = 8;
        var dated = corpus.Rows.Where(a => a.Published is not null).ToList();
        var periods = new List<DateOnly>();
        if (dated.Count > 0)
            for (var p = period.StartOf(dated.Min(a => a.Published!.Value)); p <= dated.Max(a => a.Published!.Value); p = period.Next(p))
                periods.Add(p);
        var index = periods.Select((p, i) => (p, i)).ToDictionary(x => x.p, x => x.i);
        var top = corpus.Summary.Sources.Take(sources).Select(s => s.Source).ToList();
        const string other = "other sources";
        var groups = top.Count < corpus.Summary.Sources.Count ? [.. top, other] : top;
        var counts = groups.ToDictionary(g => g, _ => new int[periods.Count]);
        foreach (var a in dated)
        {
            var source = a.Source ?? CorpusSummary.NoSource;
            counts[top.Contains(source) ? source : other][index[period.StartOf(a.Published!.Value)]]++;
        }
        var x = periods.Select(MeasureText.Date).ToArray();
        var colours = ChartSession.Current.Colors.For(groups.Select(g => "source:" + g).ToList());
        var traces = groups.Select((g, i) => (Trace)Figure.Trace("bar",
            ("x", x), ("y", counts[g]), ("name", Figure.Text(g)),
            ("marker", Figure.Obj(("color", colours[i]))),
            ("hovertemplate", $"<b>{Figure.Text(g)}</b><br>%{{x|{MeasureText.PeriodFormat(period)}}}: %{{y}} articles<extra></extra>")));
        var undated = corpus.Rows.Count - dated.Count;
        var noun = MeasureText.PeriodNoun(period);
        return Figure.Chart(traces,
            title ?? $"Articles per {noun}, by source" + (undated > 0 ? $" ({undated} undated articles not shown)" : ""),
            MeasureText.PeriodAxis(period), $"articles that {noun}",
            extraLayout: [("barmode", "stack"), ("bargap", 0.1), ("xaxis", MeasureText.TimeAxis(period, periods.Count))]);
    }
}
