using Microsoft.Data.Analysis;

namespace NewsLens;

/// <summary>
/// What each group of articles (each source, place, section) covers more and less than the others: the entities and
/// words whose share of the group's articles differs from their share of the reference's, by Dunning's log-likelihood
/// on articles. <see cref="RowList{TRow}.Rows"/> holds the significant ones (|G²| ≥ 10.83), each group's largest
/// over-coverage first and its largest under-coverage last.
/// </summary>
public sealed class Coverage : RowList<CoverageRow>
{
    /// <summary>|G²| from which a difference is shown: p &lt; 0.001 for one term (χ², one degree of freedom).</summary>
    public const double Threshold = 10.83;

    private const int TopWords = 10;
    private const int MinUses = 5;

    private readonly IReadOnlyList<CoverageRow> _entities;

    private Coverage(IReadOnlyList<CoverageRow> rows, IReadOnlyList<CoverageRow> entities, Grouping by, string? reference,
        IReadOnlyList<GroupSize> groups, bool words) : base(rows)
    {
        _entities = entities;
        By = by;
        Reference = reference;
        Groups = groups;
        HasWords = words;
    }

    /// <summary>How the articles were grouped.</summary>
    public Grouping By { get; }

    /// <summary>The group every other is set against; null when each is set against all the others together.</summary>
    public string? Reference { get; }

    /// <summary>The groups described, largest first.</summary>
    public IReadOnlyList<GroupSize> Groups { get; }

    /// <summary>Whether words were compared too (they need the articles' text: not for a streamed corpus).</summary>
    public bool HasWords { get; }

    /// <summary>The entity whose coverage differs most between a group and its reference (largest |G²|), or null when none differs significantly.</summary>
    public string? MostDifferent => Rows.Where(r => r.Entity is not null)
        .OrderByDescending(r => Math.Abs(r.Keyness)).ThenBy(r => r.Entity, StringComparer.Ordinal).FirstOrDefault()?.Entity;

    /// <summary>One group's significant rows, over-coverage first.</summary>
    public IReadOnlyList<CoverageRow> Of(string group) => Rows.Where(r => r.Group == group).ToList();

    /// <summary>Every entity named in every group described, significant or not (the cells of <c>Charts.Coverage</c>).</summary>
    public IReadOnlyList<CoverageRow> EntityCells => _entities;

    /// <summary>Compares each of the largest groups with its reference; see <see cref="MentionGroups.Coverage"/>.</summary>
    /// <exception cref="ArgumentException">The reference group has no article.</exception>
    internal static Coverage Of(Mentions mentions, Grouping by, string? reference, int groups, int? minArticles)
    {
        var articles = mentions.Articles;
        var (keys, sizes) = by.Split(articles);
        if (reference is not null && !sizes.Exists(s => s.Key == reference))
            throw new ArgumentException($"no {by.Name} '{reference}' to compare with; the largest are: {string.Join(", ", sizes.Take(10).Select(s => s.Key))}", nameof(reference));
        // One group alone has nothing to be set against.
        var least = minArticles ?? Grouping.LeastGroup(articles.Count);
        var described = sizes.Count < 2 ? [] : sizes.Where(s => s.Key != reference && s.Value >= least).Take(groups).Select(s => s.Key).ToList();
        var index = described.Select((g, i) => (g, i)).ToDictionary(x => x.g, x => x.i, StringComparer.Ordinal);
        // Column "described.Count" holds the reference: the named group, or (for each group) every grouped article.
        var refColumn = described.Count;
        var column = keys.Select(k => k is null ? -1 : index.TryGetValue(k, out var i) ? i : reference is null || k == reference ? refColumn : -1).ToArray();
        var groupSize = new int[described.Count + 1];
        foreach (var k in keys)
            if (k is not null && index.TryGetValue(k, out var i)) groupSize[i]++;
        var referenceTotal = reference is null ? keys.Count(k => k is not null) : sizes.First(s => s.Key == reference).Value;

        var entries = mentions.Lexicon.Entries;
        var using_ = new int[described.Count + 1, entries.Count];
        foreach (var c in mentions.Counts)
        {
            var g = column[c.Article];
            if (g < 0) continue;
            using_[g, c.Entry]++;
            // Against all the others: the grouped total, from which each group's own is taken away below.
            if (reference is null && g != refColumn) using_[refColumn, c.Entry]++;
        }

        // Words are counted once for the reference (all grouped articles, or the named group), then per group.
        var pool = mentions.HasText ? PhraseCounts.Of(articles.Where((_, i) => reference is null ? column[i] >= 0 : column[i] == refColumn)) : null;
        // A group's name in its own text is mechanics, not coverage: the dateline "NEW YORK -", the "(Reuters)" credit.
        var names = described.Append(reference ?? "").SelectMany(Keyness.Words).ToHashSet(StringComparer.Ordinal);
        var cells = new List<CoverageRow>();
        var rows = new List<CoverageRow>();
        for (var g = 0; g < described.Count; g++)
        {
            var c = groupSize[g];
            var d = reference is null ? referenceTotal - c : referenceTotal;
            var groupRows = new List<CoverageRow>();
            var own = Keyness.Words(described[g]);
            for (var e = 0; e < entries.Count; e++)
            {
                // A president's speeches name the president, an outlet's stories its owner: the group's own name is no finding.
                if (IsNamedBy(entries[e], own)) continue;
                var a = using_[g, e];
                var b = reference is null ? using_[refColumn, e] - a : using_[refColumn, e];
                if (a + b == 0 || d == 0) continue;
                var row = Row(described[g], entries[e].Label, entries[e].Id, entries[e].Kind, a, c, b, d);
                cells.Add(row);
                if (row.Significant && a + b >= MinUses) groupRows.Add(row);
            }
            if (pool is not null && d > 0) groupRows.AddRange(Words(mentions, column, g, pool, reference is null, described[g], c, d, names));
            rows.AddRange(groupRows.Where(r => r.Over).OrderByDescending(r => r.Keyness).ThenBy(r => r.Term, StringComparer.Ordinal)
                .Concat(groupRows.Where(r => !r.Over).OrderBy(r => r.Keyness).ThenBy(r => r.Term, StringComparer.Ordinal)));
        }
        var groupSizes = described.Select(g => new GroupSize(g, groupSize[index[g]],
            articles.Where((a, i) => column[i] == index[g] && a.Published is not null).Count())).ToList();
        return new Coverage(rows, cells, by, reference, groupSizes, mentions.HasText);
    }

    private static IEnumerable<CoverageRow> Words(Mentions mentions, int[] column, int g, PhraseCounts pool, bool againstAllOthers, string group, int c, int d,
        IReadOnlySet<string> names)
    {
        var mine = PhraseCounts.Of(mentions.Articles.Where((_, i) => column[i] == g));
        var others = againstAllOthers ? pool.Minus(mine) : pool;
        foreach (var p in Keyness.Compare(mine, others, TopWords, MinUses, names).Where(p => p.Keyness >= Threshold))
            yield return Row(group, p.Phrase, null, "word", p.Articles, c, p.ReferenceArticles, d);
        foreach (var p in Keyness.Compare(others, mine, TopWords, MinUses, names).Where(p => p.Keyness >= Threshold))
            yield return Row(group, p.Phrase, null, "word", p.ReferenceArticles, c, p.Articles, d);
    }

    // The entry's label or one of its aliases is made of words of the group's name ("Obama" in "Barack Obama").
    private static bool IsNamedBy(LexiconEntry entry, HashSet<string> groupWords) =>
        groupWords.Count > 0 && entry.Aliases.Select(a => a.Text).Append(entry.Label)
            .Select(Keyness.Words).Any(w => w.Count > 0 && w.IsSubsetOf(groupWords));

    private static CoverageRow Row(string group, string term, string? entity, string kind, int a, int c, int b, int d)
    {
        var share = c == 0 ? 0 : (double)a / c;
        var referenceShare = d == 0 ? 0 : (double)b / d;
        var ratio = (a + 0.5) / (c + 0.5) / ((b + 0.5) / (d + 0.5));
        var g = Keyness.LogLikelihood(a, b, c, d);
        return new CoverageRow(group, term, entity, kind, a, c, b, d, share, referenceShare, ratio, share >= referenceShare ? g : -g);
    }

    private protected override DataFrame ToTable(IReadOnlyList<CoverageRow> rows) => new(
        new StringDataFrameColumn("group", rows.Select(r => r.Group)),
        new StringDataFrameColumn("term", rows.Select(r => r.Term)),
        new StringDataFrameColumn("entity", rows.Select(r => r.Entity)),
        new StringDataFrameColumn("kind", rows.Select(r => r.Kind)),
        new Int32DataFrameColumn("articles", rows.Select(r => r.Articles)),
        new Int32DataFrameColumn("group_articles", rows.Select(r => r.GroupArticles)),
        new Int32DataFrameColumn("reference_articles", rows.Select(r => r.ReferenceArticles)),
        new Int32DataFrameColumn("reference_size", rows.Select(r => r.ReferenceSize)),
        new DoubleDataFrameColumn("share", rows.Select(r => r.Share)),
        new DoubleDataFrameColumn("reference_share", rows.Select(r => r.ReferenceShare)),
        new DoubleDataFrameColumn("ratio", rows.Select(r => r.Ratio)),
        new DoubleDataFrameColumn("keyness", rows.Select(r => r.Keyness)));
}
