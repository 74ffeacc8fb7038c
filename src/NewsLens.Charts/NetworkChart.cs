using Plotly.NET;

namespace NewsLens;

public static partial class Charts
{
    /// <summary>
    /// Who appears with whom as a network: nodes sized by articles, an edge for each pair sharing at least
    /// <paramref name="minBoth"/> articles with lift above 1, thicker for stronger association. The layout is
    /// computed here, deterministically, so the same data always draws the same picture.
    /// </summary>
    public static GenericChart Network(CoMentions coMentions, int top = 20, int minBoth = 2, string? title = null)
    {
        var m = CoMentionMatrix.Of(coMentions, top);
        var n = m.Entities.Count;
        var edges = new List<(int A, int B, double Lift, int Both)>();
        for (var i = 0; i < n; i++)
            for (var j = i + 1; j < n; j++)
                if (m.Both[i, j] >= minBoth && m.Lift[i, j] > 1) edges.Add((i, j, m.Lift[i, j], m.Both[i, j]));
        var layout = ForceLayout.Place(n, edges.Select(e => (e.A, e.B, Math.Log2(e.Lift))).ToList());
        var position = layout.Positions;

        var maxLift = edges.Count == 0 ? 1 : edges.Max(e => e.Lift);
        var traces = new List<Trace>();
        foreach (var e in edges)
            traces.Add(Figure.Trace("scatter",
                ("x", new[] { position[e.A].X, position[e.B].X }),
                ("y", new[] { position[e.A].Y, position[e.B].Y }),
                ("mode", "lines"), ("showlegend", false), ("hoverinfo", "skip"),
                ("line", Figure.Obj(("color", "rgba(90,90,90,0.45)"), ("width", 0.5 + 5 * (e.Lift - 1) / Math.Max(1e-9, maxLift - 1))))));
        var maxArticles = m.Entities.Count == 0 ? 1 : m.Entities.Max(e => e.Articles);
        traces.Add(Figure.Trace("scatter",
            ("x", position.Select(p => p.X).ToArray()),
            ("y", position.Select(p => p.Y).ToArray()),
            ("mode", "markers+text"), ("showlegend", false),
            ("text", m.Entities.Select(e => Figure.Text(e.Label)).ToArray()),
            ("textposition", "top center"),
            ("customdata", m.Entities.Select(e => e.Articles).ToArray()),
            ("marker", Figure.Obj(
                ("size", m.Entities.Select(e => 8 + 32 * Math.Sqrt(e.Articles / (double)maxArticles)).ToArray()),
                ("color", ChartSession.Current.Colors.For(m.Entities.Select(e => e.Id).ToList())),
                ("line", Figure.Obj(("color", "white"), ("width", 1))))),
            ("hovertemplate", "<b>%{text}</b><br>%{customdata} articles<extra></extra>")));
        // Room around the box for the largest marker and for labels, which sit above their node and run wide.
        var (padX, padTop, padBottom) = (0.09 + 0.03 * layout.Aspect, 0.14, 0.07);
        var (plotWidth, margins) = (Figure.Width - 40, 90);
        var height = (int)Math.Clamp(plotWidth / (layout.Aspect + 2 * padX) * (1 + padTop + padBottom) + margins, 380, 900);
        var xAxis = Figure.Obj(("visible", false), ("range", new[] { -padX, layout.Aspect + padX }), ("fixedrange", true));
        var yAxis = Figure.Obj(("visible", false), ("range", new[] { -padBottom, 1 + padTop }), ("fixedrange", true));
        return Figure.Chart(traces,
            title ?? $"Who appears with whom: pairs in ≥ {minBoth} articles, above chance (size: articles)",
            null, null, Figure.Width, height, ("xaxis", xAxis), ("yaxis", yAxis), ("plot_bgcolor", "white"),
            ("margin", Figure.Obj(("l", 20), ("r", 20), ("t", 60), ("b", 30))));
    }
}
