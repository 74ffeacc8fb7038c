using System.Globalization;
using Plotly.NET;

namespace NewsLens;

public static partial class Charts
{
    /// <summary>
    /// Who covers whom: groups × entities, each cell the group's share of articles naming the entity over the
    /// reference's (log scale: red more, blue less). Only differences beyond the p &lt; 0.001 line are coloured and
    /// written in their cell, the rest are white; hovering shows the counts behind every cell.
    /// </summary>
    /// <param name="coverage">The comparison (<c>mentions.Coverage(by: "source")</c>).</param>
    /// <param name="entities">How many entities to show: those with the largest significant differences.</param>
    /// <param name="title">A title of your own.</param>
    public static GenericChart Coverage(Coverage coverage, int entities = 15, string? title = null)
    {
        var groups = coverage.Groups.Select(g => g.Group).ToList();
        var cells = coverage.EntityCells.ToDictionary(c => (c.Group, c.Entity!));
        var chosen = coverage.EntityCells.Where(c => c.Significant)
            .GroupBy(c => c.Entity!)
            .Select(g => (Entity: g.Key, Label: g.First().Term, Strength: g.Max(c => Math.Abs(c.Keyness))))
            .OrderByDescending(e => e.Strength).ThenBy(e => e.Entity, StringComparer.Ordinal)
            .Take(entities).ToList();
        // Too few differences to fill the chart: the most named entities join, so that "no difference" is seen, not guessed.
        chosen.AddRange(coverage.EntityCells.Where(c => chosen.TrueForAll(e => e.Entity != c.Entity))
            .GroupBy(c => c.Entity!)
            .Select(g => (Entity: g.Key, Label: g.First().Term, Strength: (double)g.Sum(c => c.Articles)))
            .OrderByDescending(e => e.Strength).ThenBy(e => e.Entity, StringComparer.Ordinal)
            .Take(Math.Min(entities, 10) - Math.Min(chosen.Count, Math.Min(entities, 10))).ToList());
        const double cap = 3; // 8× more or less: past it every cell is equally dark
        // Only a significant difference is coloured: a large ratio on a handful of articles is no finding.
        var z = groups.Select(g => chosen.Select(e => cells.TryGetValue((g, e.Entity), out var c) && c.Significant ? Math.Clamp(Math.Log2(c.Ratio), -cap, cap) : 0).ToArray()).Reverse().ToArray();
        var text = groups.Select(g => chosen.Select(e => cells.TryGetValue((g, e.Entity), out var c) && c.Significant ? Times(c.Ratio) : "").ToArray()).Reverse().ToArray();
        var against = coverage.Reference is { } r ? Figure.Text(r) : $"the other {coverage.By.Name}s";
        var hover = groups.Select(g => chosen.Select(e => cells.TryGetValue((g, e.Entity), out var c)
            ? $"<b>{Figure.Text(g)}</b> on <b>{Figure.Text(c.Term)}</b>: {c.Articles:N0} of {c.GroupArticles:N0} articles ({c.Share:P1})<br>" +
              $"{against}: {c.ReferenceArticles:N0} of {c.ReferenceSize:N0} ({c.ReferenceShare:P1})<br>{Times(c.Ratio)}, G² {c.Keyness:+0.0;-0.0}" +
              (c.Significant ? "" : " (not significant)")
            : $"<b>{Figure.Text(g)}</b>: no article names it").ToArray()).Reverse().ToArray();
        var trace = Figure.Trace("heatmap",
            ("x", chosen.Select(e => Figure.Text(e.Label)).ToArray()),
            ("y", groups.Select(Figure.Text).Reverse().ToArray()),
            ("z", z), ("zmin", -cap), ("zmax", cap), ("zmid", 0),
            ("text", text), ("texttemplate", "%{text}"),
            // Diverging, white at "the same": Plotly's own RdBu has a grey middle that reads as a difference.
            ("colorscale", new object[] { new object[] { 0, "#2166ac" }, new object[] { 0.25, "#92c5de" }, new object[] { 0.5, "#f7f7f7" }, new object[] { 0.75, "#f4a582" }, new object[] { 1, "#b2182b" } }),
            ("colorbar", Figure.Obj(("title", Figure.Obj(("text", "share vs reference"), ("side", "right"))),
                ("tickvals", new[] { -3, -2, -1, 0, 1, 2, 3 }), ("ticktext", new[] { "⅛×", "¼×", "½×", "same", "2×", "4×", "8×" }))),
            ("hovertext", hover), ("hoverinfo", "text"), ("xgap", 1), ("ygap", 1));
        return Figure.Chart([trace],
            title ?? $"What each {coverage.By.Name} covers more (red) or less (blue) than {against}",
            null, null, Figure.Width, Math.Max(320, 160 + groups.Count * 34),
            ("yaxis", Figure.Obj(("automargin", true))),
            ("xaxis", Figure.Obj(("automargin", true), ("tickangle", -35))));
    }

    private static string Times(double ratio) =>
        ratio >= 1 ? ratio.ToString(ratio >= 10 ? "0" : "0.0", CultureInfo.InvariantCulture) + "×"
                   : "1/" + (1 / ratio).ToString(1 / ratio >= 10 ? "0" : "0.0", CultureInfo.InvariantCulture);
}
