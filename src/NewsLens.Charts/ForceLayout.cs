namespace NewsLens.Charts;

/// <summary>A small deterministic force-directed layout (Fruchterman–Reingold) for network charts, scaled to [0, 1].</summary>
internal static class ForceLayout
{
    public static (double X, double Y)[] Place(int n, IReadOnlyList<(int A, int B, double Weight)> edges, int iterations = 300)
    {
        var x = new double[n];
        var y = new double[n];
        // Start on a circle in the given order: no randomness, so the picture is reproducible.
        for (var i = 0; i < n; i++)
        {
            x[i] = Math.Cos(2 * Math.PI * i / Math.Max(1, n));
            y[i] = Math.Sin(2 * Math.PI * i / Math.Max(1, n));
        }
        var k = Math.Sqrt(4.0 / Math.Max(1, n));
        var temperature = 0.2;
        for (var step = 0; step < iterations; step++)
        {
            var dx = new double[n];
            var dy = new double[n];
            for (var i = 0; i < n; i++)
                for (var j = i + 1; j < n; j++)
                {
                    var (ex, ey) = (x[i] - x[j], y[i] - y[j]);
                    var d = Math.Max(1e-6, Math.Sqrt(ex * ex + ey * ey));
                    var push = k * k / d;
                    dx[i] += ex / d * push; dy[i] += ey / d * push;
                    dx[j] -= ex / d * push; dy[j] -= ey / d * push;
                }
            foreach (var (a, b, weight) in edges)
            {
                var (ex, ey) = (x[a] - x[b], y[a] - y[b]);
                var d = Math.Max(1e-6, Math.Sqrt(ex * ex + ey * ey));
                var pull = d * d / k * Math.Max(0.1, weight);
                dx[a] -= ex / d * pull; dy[a] -= ey / d * pull;
                dx[b] += ex / d * pull; dy[b] += ey / d * pull;
            }
            for (var i = 0; i < n; i++)
            {
                var d = Math.Max(1e-9, Math.Sqrt(dx[i] * dx[i] + dy[i] * dy[i]));
                x[i] += dx[i] / d * Math.Min(d, temperature);
                y[i] += dy[i] / d * Math.Min(d, temperature);
            }
            temperature *= 0.985;
        }
        return Scale(x, y);
    }

    private static (double X, double Y)[] Scale(double[] x, double[] y)
    {
        if (x.Length == 0) return [];
        var (minX, maxX, minY, maxY) = (x.Min(), x.Max(), y.Min(), y.Max());
        var span = Math.Max(1e-9, Math.Max(maxX - minX, maxY - minY));
        return x.Select((_, i) => ((x[i] - minX) / span, (y[i] - minY) / span)).ToArray();
    }
}
