using NewsLens;

namespace NewsLens.Tests.Charts;

/// <summary>The network layout spreads groups apart and strands no node at an edge (issue 12, item 7).</summary>
public sealed class ForceLayoutTests
{
    /// <summary>Two stories (a triangle and a pair) and three frequent names tied to nobody.</summary>
    private static readonly (int A, int B, double Weight)[] Edges = [(0, 1, 1), (1, 2, 1), (0, 2, 2), (3, 4, 1.5)];

    private static double Distance((double X, double Y) a, (double X, double Y) b) => Math.Sqrt(Math.Pow(a.X - b.X, 2) + Math.Pow(a.Y - b.Y, 2));

    [Fact]
    public void Groups_stay_apart_and_unconnected_nodes_line_up_below()
    {
        var layout = ForceLayout.Place(8, Edges);
        var p = layout.Positions;

        // Every node inside the box it reports.
        Assert.All(p, q => Assert.InRange(q.X, -1e-9, layout.Aspect + 1e-9));
        Assert.All(p, q => Assert.InRange(q.Y, -1e-9, 1 + 1e-9));
        // Within a group nodes are closer to each other than to the other group.
        var within = new[] { Distance(p[0], p[1]), Distance(p[1], p[2]), Distance(p[0], p[2]), Distance(p[3], p[4]) }.Average();
        var between = new[] { 0, 1, 2 }.SelectMany(i => new[] { 3, 4 }.Select(j => Distance(p[i], p[j]))).Min();
        Assert.True(between > within, $"between {between:F2}, within {within:F2}");
        // Nodes without an edge sit below every connected one, on one row.
        var lowestConnected = new[] { 0, 1, 2, 3, 4 }.Min(i => p[i].Y);
        Assert.All(new[] { 5, 6, 7 }, i => Assert.True(p[i].Y < lowestConnected));
        Assert.Single(new[] { 5, 6, 7 }.Select(i => Math.Round(p[i].Y, 6)).Distinct());
        // No two nodes on top of each other.
        for (var i = 0; i < p.Length; i++)
            for (var j = i + 1; j < p.Length; j++)
                Assert.True(Distance(p[i], p[j]) > 0.05, $"{i} and {j} overlap");
    }

    [Fact]
    public void The_same_network_always_gets_the_same_picture()
    {
        Assert.Equal(ForceLayout.Place(8, Edges).Positions, ForceLayout.Place(8, Edges).Positions);
    }

    [Fact]
    public void Nodes_with_no_edge_at_all_still_fill_the_box()
    {
        var layout = ForceLayout.Place(6, []);
        Assert.InRange(layout.Aspect, 0.5, 4);
        Assert.Equal(6, layout.Positions.Distinct().Count());
        Assert.Empty(ForceLayout.Place(0, []).Positions);
        var one = ForceLayout.Place(1, []).Positions[0];
        Assert.InRange(one.Y, 0, 1);
    }
}
