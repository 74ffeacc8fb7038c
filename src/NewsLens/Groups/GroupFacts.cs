using System.Globalization;

namespace NewsLens;

/// <summary>Sentences about groups, computed so that a notebook's prose is true of whatever corpus it runs on.</summary>
public static class GroupFacts
{
    /// <summary>"3 sources, from apnews.com with 1,204 articles to …; 12 articles have no source and count only in the all-articles line."</summary>
    public static string Describe(GroupedTimeline grouped)
    {
        var name = grouped.By.Name;
        if (grouped.Groups.Count == 0) return $"No article has a {name}: there is nothing to compare.";
        var largest = grouped.Groups[0];
        var smallest = grouped.Groups[^1];
        var text = grouped.AllGroups == 1
            ? $"All grouped articles share one {name}, {largest.Group} ({N(largest.Articles)} articles): there is nothing to compare"
            : grouped.Groups.Count == grouped.AllGroups
                ? $"{N(grouped.AllGroups)} {Plural(name, grouped.AllGroups)}, from {largest.Group} with {N(largest.Articles)} articles to {smallest.Group} with {N(smallest.Articles)}"
                : $"{N(grouped.AllGroups)} {Plural(name, grouped.AllGroups)}; the {N(grouped.Groups.Count)} largest are shown, from {largest.Group} with {N(largest.Articles)} articles to {smallest.Group} with {N(smallest.Articles)}";
        if (grouped.UngroupedArticles > 0)
            text += $"; {N(grouped.UngroupedArticles)} articles have no {name} and count only in the all-articles line";
        return text + ".";
    }

    /// <summary>The largest differences of one group, in a sentence: "apnews.com names Trump in 31% of its articles (others: 12%) and Iran less (4% vs 9%)."</summary>
    public static string Strongest(Coverage coverage, string group)
    {
        var rows = coverage.Of(group).Where(r => r.Entity is not null).ToList();
        var over = rows.FirstOrDefault(r => r.Over);
        var under = rows.FirstOrDefault(r => !r.Over);
        var against = coverage.Reference ?? "the others";
        if (over is null && under is null) return $"{group} names no entity markedly more or less often than {against}.";
        var parts = new List<string>();
        if (over is not null) parts.Add($"names {over.Term} in {P(over.Share)} of its articles ({against}: {P(over.ReferenceShare)})");
        if (under is not null) parts.Add($"{(over is null ? "names " : "")}{under.Term} less often ({P(under.Share)} vs {P(under.ReferenceShare)})");
        return $"{group} {string.Join(" and ", parts)}.";
    }

    /// <summary>One <see cref="Strongest"/> sentence per group described, largest group first; a sentence saying so when there is nothing to compare.</summary>
    public static string Differences(Coverage coverage) =>
        coverage.Groups.Count == 0
            ? $"Nothing to compare: fewer than two {Plural(coverage.By.Name, 2)}, or none with enough articles."
            : string.Join("\n", coverage.Groups.Select(g => Strongest(coverage, g.Group)));

    private static string N(int n) => n.ToString("N0", CultureInfo.InvariantCulture);

    private static string P(double share) => share.ToString(share is > 0 and < 0.1 ? "0.0%" : "0%", CultureInfo.InvariantCulture);

    private static string Plural(string noun, int n) => n == 1 ? noun : noun.EndsWith('s') ? noun : noun + "s";
}
