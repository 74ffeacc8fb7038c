using Microsoft.Data.Analysis;

namespace NewsLens;

/// <summary>Two entities and the articles that mention both, with how far that exceeds chance.</summary>
/// <param name="EntityA">Id of the first entity (ordinal order: A &lt; B).</param>
/// <param name="LabelA">Label of the first entity.</param>
/// <param name="EntityB">Id of the second entity.</param>
/// <param name="LabelB">Label of the second entity.</param>
/// <param name="Both">Articles mentioning both.</param>
/// <param name="ArticlesA">Articles mentioning A.</param>
/// <param name="ArticlesB">Articles mentioning B.</param>
/// <param name="Lift">Both ÷ (ArticlesA × ArticlesB ÷ all articles): 1 is chance, above 1 they go together.</param>
/// <param name="Pmi">Pointwise mutual information, log2 of <paramref name="Lift"/>.</param>
public sealed record CoMention(
    string EntityA, string LabelA, string EntityB, string LabelB, int Both, int ArticlesA, int ArticlesB, double Lift, double Pmi)
{
    /// <summary>How strongly the two go together: shared articles × log2 lift (local mutual information), high when a pair is both frequent and well above chance.</summary>
    public double Strength => Both * Pmi;
}

/// <summary>
/// Who appears with whom: every pair of entities mentioned in the same article, with lift and PMI so that
/// "appears with" is not just "is frequent".
/// </summary>
public sealed class CoMentions
{
    private CoMentions(IReadOnlyList<CoMention> pairs, int articles)
    {
        Rows = pairs;
        ArticlesSearched = articles;
    }

    /// <summary>Pairs with at least one shared article, most shared first (ties by lift, then ids).</summary>
    public IReadOnlyList<CoMention> Rows { get; }

    /// <summary>Pairs sharing at least <paramref name="minBoth"/> articles, highest lift first (ties by shared articles,
    /// then ids): the pairs that go together most beyond chance, with a floor against one-article flukes.</summary>
    public IReadOnlyList<CoMention> ByLift(int minBoth = 1) =>
        Rows.Where(p => p.Both >= minBoth).OrderByDescending(p => p.Lift).ThenByDescending(p => p.Both)
            .ThenBy(p => p.EntityA, StringComparer.Ordinal).ThenBy(p => p.EntityB, StringComparer.Ordinal).ToList();

    /// <summary>The pairs one entity is in, most shared articles first (ties by lift): "who goes with it".</summary>
    public IReadOnlyList<CoMention> With(string entity) =>
        Rows.Where(p => p.EntityA == entity || p.EntityB == entity)
            .OrderByDescending(p => p.Both).ThenByDescending(p => p.Lift).ThenBy(p => p.EntityA, StringComparer.Ordinal).ThenBy(p => p.EntityB, StringComparer.Ordinal)
            .ToList();

    /// <summary>The pairs that meet more often than chance, strongest first (<see cref="CoMention.Strength"/>; ties by ids).</summary>
    public IReadOnlyList<CoMention> Strongest() =>
        Rows.Where(p => p.Lift > 1).OrderByDescending(p => p.Strength)
            .ThenBy(p => p.EntityA, StringComparer.Ordinal).ThenBy(p => p.EntityB, StringComparer.Ordinal).ToList();

    /// <summary>All articles searched: the N of the lift.</summary>
    public int ArticlesSearched { get; }

    /// <summary>The pairs as a DataFrame (columns named like the record's properties, in <see cref="ColumnName"/> form).</summary>
    public DataFrame Table => new(
        new StringDataFrameColumn(ColumnName.Of(nameof(CoMention.EntityA)), Rows.Select(p => p.EntityA)),
        new StringDataFrameColumn(ColumnName.Of(nameof(CoMention.LabelA)), Rows.Select(p => p.LabelA)),
        new StringDataFrameColumn(ColumnName.Of(nameof(CoMention.EntityB)), Rows.Select(p => p.EntityB)),
        new StringDataFrameColumn(ColumnName.Of(nameof(CoMention.LabelB)), Rows.Select(p => p.LabelB)),
        new Int32DataFrameColumn(ColumnName.Of(nameof(CoMention.Both)), Rows.Select(p => p.Both)),
        new Int32DataFrameColumn(ColumnName.Of(nameof(CoMention.ArticlesA)), Rows.Select(p => p.ArticlesA)),
        new Int32DataFrameColumn(ColumnName.Of(nameof(CoMention.ArticlesB)), Rows.Select(p => p.ArticlesB)),
        new DoubleDataFrameColumn(ColumnName.Of(nameof(CoMention.Lift)), Rows.Select(p => p.Lift)),
        new DoubleDataFrameColumn(ColumnName.Of(nameof(CoMention.Pmi)), Rows.Select(p => p.Pmi)));

    /// <summary>Articles mentioning both of two entities (0 when they never meet).</summary>
    public int Both(string a, string b)
    {
        var (x, y) = string.CompareOrdinal(a, b) < 0 ? (a, b) : (b, a);
        return Rows.FirstOrDefault(p => p.EntityA == x && p.EntityB == y)?.Both ?? 0;
    }

    /// <summary>Counts pairs; pairs sharing fewer than <paramref name="minBoth"/> articles are left out.</summary>
    public static CoMentions Of(Mentions mentions, int minBoth = 1)
    {
        var n = mentions.Articles.Count;
        var perEntity = new Dictionary<string, (string Label, int Articles)>();
        var pairs = new Dictionary<(string, string), int>();
        foreach (var article in mentions.Rows.GroupBy(r => r.ArticleIndex))
        {
            var entities = article.OrderBy(r => r.Entity, StringComparer.Ordinal).ToList();
            foreach (var r in entities)
                perEntity[r.Entity] = (r.Label, perEntity.TryGetValue(r.Entity, out var e) ? e.Articles + 1 : 1);
            for (var i = 0; i < entities.Count; i++)
                for (var j = i + 1; j < entities.Count; j++)
                {
                    var key = (entities[i].Entity, entities[j].Entity);
                    pairs[key] = pairs.TryGetValue(key, out var c) ? c + 1 : 1;
                }
        }

        var rows = pairs
            .Where(p => p.Value >= minBoth)
            .Select(p =>
            {
                var (a, b) = p.Key;
                var (la, na) = perEntity[a];
                var (lb, nb) = perEntity[b];
                var lift = p.Value * (double)n / ((double)na * nb);
                return new CoMention(a, la, b, lb, p.Value, na, nb, lift, Math.Log2(lift));
            })
            .OrderByDescending(p => p.Both).ThenByDescending(p => p.Lift)
            .ThenBy(p => p.EntityA, StringComparer.Ordinal).ThenBy(p => p.EntityB, StringComparer.Ordinal)
            .ToList();
        return new CoMentions(rows, n);
    }
}
