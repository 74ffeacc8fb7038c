namespace NewsLens;

/// <summary>
/// A deterministic network layout: each connected group is laid out on its own by a force-directed pass
/// (Fruchterman–Reingold with a pull to its centre), then the groups are packed in rows, largest first, and the
/// nodes without an edge line up underneath. Laying out everything at once pushes unconnected hubs to the edge and
/// squeezes the rest into one blob; packing keeps every group readable.
/// </summary>
internal static class ForceLayout
{
    /// <summary>Positions, with the width ÷ height of the box they fill (x in [0, aspect], y in [0, 1], y up).</summary>
    public sealed record Layout((double X, double Y)[] Positions, double Aspect);

    public static Layout Place(int n, IReadOnlyList<(int A, int B, double Weight)> edges, int iterations = 400)
    {
        if (n == 0) return new Layout([], 1);
        var groups = Components(n, edges);
        var connected = groups.Where(g => g.Count > 1).OrderByDescending(g => g.Count).ThenBy(g => g[0]).ToList();
        var alone = groups.Where(g => g.Count == 1).Select(g => g[0]).OrderBy(i => i).ToList();

        var position = new (double X, double Y)[n];
        // Shelf packing: a group's box grows with the square root of its nodes, so node spacing stays even.
        const double gap = 1.1;
        var rowWidth = Math.Max(2.5, Math.Sqrt(n) * 1.1);
        var (x, y, rowHeight) = (0.0, 0.0, 0.0);
        foreach (var group in connected)
        {
            var size = Math.Sqrt(group.Count) * 0.8;
            if (x > 0 && x + size > rowWidth) { x = 0; y -= rowHeight + gap; rowHeight = 0; }
            var local = Group(group, edges, iterations);
            for (var k = 0; k < group.Count; k++)
                position[group[k]] = (x + local[k].X * size, y - (1 - local[k].Y) * size);
            x += size + gap;
            rowHeight = Math.Max(rowHeight, size);
        }
        if (alone.Count > 0)
        {
            // Unconnected nodes (often the most frequent names, whose lift with anyone stays near 1) in a row of
            // their own, biggest first, so none is stranded at an edge.
            var width = connected.Count == 0 ? Math.Max(1, Math.Sqrt(alone.Count) * 1.4) : Math.Max(rowWidth, 1);
            var perRow = Math.Max(1, (int)Math.Floor(width / 0.9) + 1);
            var top = connected.Count == 0 ? 0 : y - rowHeight - gap;
            for (var k = 0; k < alone.Count; k++)
                position[alone[k]] = (k % perRow * 0.9, top - k / perRow * 0.7);
        }
        return Normalise(position);
    }

    /// <summary>One connected group laid out in the unit square.</summary>
    private static (double X, double Y)[] Group(IReadOnlyList<int> nodes, IReadOnlyList<(int A, int B, double Weight)> edges, int iterations)
    {
        var n = nodes.Count;
        var index = nodes.Select((node, k) => (node, k)).ToDictionary(p => p.node, p => p.k);
        var local = edges.Where(e => index.ContainsKey(e.A) && index.ContainsKey(e.B))
            // Every edge holds (a weak one still pulls at half strength), so a node tied by one edge stays near it.
            .Select(e => (A: index[e.A], B: index[e.B], W: Math.Clamp(1 + e.Weight, 0.5, 3))).ToList();
        var x = new double[n];
        var y = new double[n];
        // Start on a circle in the given order: no randomness, so the picture is reproducible.
        for (var i = 0; i < n; i++)
        {
            x[i] = Math.Cos(2 * Math.PI * i / n);
            y[i] = Math.Sin(2 * Math.PI * i / n);
        }
        var k = Math.Sqrt(4.0 / n);
        var temperature = 0.3;
        var dx = new double[n];
        var dy = new double[n];
        for (var step = 0; step < iterations; step++)
        {
            Array.Clear(dx);
            Array.Clear(dy);
            for (var i = 0; i < n; i++)
                for (var j = i + 1; j < n; j++)
                {
                    var (ex, ey) = (x[i] - x[j], y[i] - y[j]);
                    var d = Math.Max(1e-6, Math.Sqrt(ex * ex + ey * ey));
                    var push = k * k / d;
                    dx[i] += ex / d * push; dy[i] += ey / d * push;
                    dx[j] -= ex / d * push; dy[j] -= ey / d * push;
                }
            foreach (var (a, b, w) in local)
            {
                var (ex, ey) = (x[a] - x[b], y[a] - y[b]);
                var d = Math.Max(1e-6, Math.Sqrt(ex * ex + ey * ey));
                var pull = d * d / k * w;
                dx[a] -= ex / d * pull; dy[a] -= ey / d * pull;
                dx[b] += ex / d * pull; dy[b] += ey / d * pull;
            }
            for (var i = 0; i < n; i++)
            {
                // A pull to the centre, growing with distance, keeps a node held by one edge (often a hub whose lift
                // with most others is near 1) from being pushed out to the edge by everyone else's repulsion.
                var r = Math.Sqrt(x[i] * x[i] + y[i] * y[i]);
                dx[i] -= x[i] * (1 + r) * n * k * 0.15;
                dy[i] -= y[i] * (1 + r) * n * k * 0.15;
                var d = Math.Max(1e-9, Math.Sqrt(dx[i] * dx[i] + dy[i] * dy[i]));
                x[i] += dx[i] / d * Math.Min(d, temperature);
                y[i] += dy[i] / d * Math.Min(d, temperature);
            }
            temperature = Math.Max(0.002, temperature * 0.985);
        }
        var (minX, maxX, minY, maxY) = (x.Min(), x.Max(), y.Min(), y.Max());
        var span = Math.Max(1e-9, Math.Max(maxX - minX, maxY - minY));
        // Centred in the unit square, keeping the group's own proportions.
        var (ox, oy) = ((1 - (maxX - minX) / span) / 2, (1 - (maxY - minY) / span) / 2);
        return Enumerable.Range(0, n).Select(i => (ox + (x[i] - minX) / span, oy + (y[i] - minY) / span)).ToArray();
    }

    private static List<List<int>> Components(int n, IReadOnlyList<(int A, int B, double Weight)> edges)
    {
        var parent = Enumerable.Range(0, n).ToArray();
        int Find(int i) => parent[i] == i ? i : parent[i] = Find(parent[i]);
        foreach (var (a, b, _) in edges) parent[Find(a)] = Find(b);
        return Enumerable.Range(0, n).GroupBy(Find).Select(g => g.OrderBy(i => i).ToList()).OrderBy(g => g[0]).ToList();
    }

    private static Layout Normalise((double X, double Y)[] p)
    {
        var (minX, maxX, minY, maxY) = (p.Min(q => q.X), p.Max(q => q.X), p.Min(q => q.Y), p.Max(q => q.Y));
        // A single row of nodes still gets the height of a row, so the box never degenerates to a line.
        var height = Math.Max(0.7, maxY - minY);
        var width = Math.Max(0.7, maxX - minX);
        var aspect = Math.Clamp(width / height, 0.5, 4);
        var scale = Math.Min(aspect / width, 1 / height);
        var (ox, oy) = ((aspect - (maxX - minX) * scale) / 2, (1 - (maxY - minY) * scale) / 2);
        return new Layout(p.Select(q => (ox + (q.X - minX) * scale, oy + (q.Y - minY) * scale)).ToArray(), aspect);
    }
}
