using Plotly.NET;

namespace NewsLens;

public static partial class Charts
{
    // Lift from 1/16 to 16 times chance spans the colours; stronger pairs take the end colour.
    private const double LiftOctaves = 4;
    private static readonly double[] LiftTicks = [1.0 / 16, 0.25, 1, 4, 16];

    /// <summary>
    /// Who appears with whom: the top entities' lift (articles together ÷ what chance would give), ordered so that
    /// clusters show as blocks. Above 1 they go together; hover shows the articles behind each cell.
    /// </summary>
    public static GenericChart CoMentionHeatmap(CoMentions coMentions, int top = 20, string? title = null)
    {
        var m = CoMentionMatrix.Of(coMentions, top);
        var n = m.Entities.Count;
        var labels = m.Entities.Select(e => Figure.Text(e.Label)).ToArray();
        var z = new object?[n][];
        var custom = new object[n][];
        for (var i = 0; i < n; i++)
        {
            z[i] = new object?[n];
            custom[i] = new object[n];
            for (var j = 0; j < n; j++)
            {
                // The diagonal and pairs that never meet are left blank rather than drawn as "no association".
                // Colour follows log2 of lift, so twice chance and half chance sit the same distance from white.
                z[i][j] = i == j || m.Both[i, j] == 0 ? null : Math.Round(Math.Clamp(Math.Log2(m.Lift[i, j]), -LiftOctaves, LiftOctaves), 3);
                custom[i][j] = new object[] { m.Both[i, j], Math.Round(m.Lift[i, j], 2) };
            }
        }
        var trace = Figure.Trace("heatmap",
            ("x", labels), ("y", labels), ("z", z), ("customdata", custom),
            // Diverging around chance (Plotly's RdBu runs blue to red): red pairs meet more often than chance, blue ones less.
            ("colorscale", "RdBu"), ("zmid", 0), ("zmin", -LiftOctaves), ("zmax", LiftOctaves),
            ("colorbar", Figure.Obj(
                ("title", Figure.Obj(("text", "lift, log scale (1 = chance; red: together more often, blue: less)"), ("side", "right"))),
                ("tickvals", LiftTicks.Select(Math.Log2).ToArray()),
                ("ticktext", LiftTicks.Select(t => t < 1 ? $"{t:0.###}×" : $"{t:0}×").ToArray()))),
            ("hovertemplate", "<b>%{y}</b> with <b>%{x}</b><br>%{customdata[0]} articles together<br>lift %{customdata[1]:.2f}<extra></extra>"));
        return Figure.Chart([trace],
            title ?? $"Who appears with whom: lift of co-mention, top {n} by articles ({coMentions.ArticlesSearched} articles)",
            null, null, Figure.Width, Math.Max(400, 160 + n * 28),
            ("yaxis", Figure.Obj(("automargin", true), ("autorange", "reversed"))), ("xaxis", Figure.Obj(("automargin", true), ("tickangle", -45))));
    }
}
