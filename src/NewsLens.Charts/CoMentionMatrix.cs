
namespace NewsLens;

/// <summary>The top entities of a co-mention table as a square matrix, in an order that puts clusters together.</summary>
internal sealed class CoMentionMatrix
{
    private CoMentionMatrix(List<(string Id, string Label, int Articles)> entities, double[,] lift, int[,] both)
    {
        Entities = entities;
        Lift = lift;
        Both = both;
    }

    public List<(string Id, string Label, int Articles)> Entities { get; }
    public double[,] Lift { get; }
    public int[,] Both { get; }

    /// <summary>The <paramref name="top"/> entities with most articles, ordered by average-linkage clustering.</summary>
    public static CoMentionMatrix Of(CoMentions co, int top)
    {
        var articles = new Dictionary<string, (string Label, int Articles)>();
        foreach (var p in co.Rows)
        {
            articles[p.EntityA] = (p.LabelA, p.ArticlesA);
            articles[p.EntityB] = (p.LabelB, p.ArticlesB);
        }
        var chosen = articles.OrderByDescending(a => a.Value.Articles).ThenBy(a => a.Key, StringComparer.Ordinal)
            .Take(top).Select(a => (Id: a.Key, a.Value.Label, a.Value.Articles)).ToList();
        var index = chosen.Select((e, i) => (e.Id, i)).ToDictionary(x => x.Id, x => x.i);
        var n = chosen.Count;
        var lift = new double[n, n];
        var both = new int[n, n];
        foreach (var p in co.Rows)
            if (index.TryGetValue(p.EntityA, out var a) && index.TryGetValue(p.EntityB, out var b))
            {
                lift[a, b] = lift[b, a] = p.Lift;
                both[a, b] = both[b, a] = p.Both;
            }

        var order = ClusterOrder(lift, n);
        var ordered = order.Select(i => chosen[i]).ToList();
        var orderedLift = new double[n, n];
        var orderedBoth = new int[n, n];
        for (var i = 0; i < n; i++)
            for (var j = 0; j < n; j++)
            {
                orderedLift[i, j] = lift[order[i], order[j]];
                orderedBoth[i, j] = both[order[i], order[j]];
            }
        return new CoMentionMatrix(ordered, orderedLift, orderedBoth);
    }

    /// <summary>
    /// Leaf order of an average-linkage clustering on the cosine distance between entities' lift profiles:
    /// entities that keep the same company end up side by side.
    /// </summary>
    private static List<int> ClusterOrder(double[,] lift, int n)
    {
        var distance = new double[n, n];
        for (var i = 0; i < n; i++)
            for (var j = 0; j < n; j++)
                distance[i, j] = 1 - Cosine(lift, i, j, n);

        var clusters = Enumerable.Range(0, n).Select(i => new List<int> { i }).ToList();
        while (clusters.Count > 1)
        {
            var (bestA, bestB, best) = (0, 1, double.MaxValue);
            for (var a = 0; a < clusters.Count; a++)
                for (var b = a + 1; b < clusters.Count; b++)
                {
                    var d = clusters[a].SelectMany(x => clusters[b], (x, y) => distance[x, y]).Average();
                    if (d < best - 1e-12) (bestA, bestB, best) = (a, b, d);
                }
            clusters[bestA] = [.. clusters[bestA], .. clusters[bestB]];
            clusters.RemoveAt(bestB);
        }
        return clusters.Count == 0 ? [] : clusters[0];
    }

    private static double Cosine(double[,] m, int i, int j, int n)
    {
        double dot = 0, a = 0, b = 0;
        for (var k = 0; k < n; k++)
        {
            // Each entity goes with itself: the diagonal keeps isolated entities from all looking alike.
            var x = k == i ? 1 + m[i, k] : m[i, k];
            var y = k == j ? 1 + m[j, k] : m[j, k];
            dot += x * y;
            a += x * x;
            b += y * y;
        }
        return a == 0 || b == 0 ? 0 : dot / Math.Sqrt(a * b);
    }
}
