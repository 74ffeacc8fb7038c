namespace NewsLens;

/// <summary>The documented names of problem kinds, as <c>inspect --format json</c> and every view print them.</summary>
public static class ProblemKindNames
{
    /// <summary><see cref="ProblemKind.NoTitle"/> → "no-title", <see cref="ProblemKind.Duplicate"/> → "duplicate": stable whatever the enum's order.</summary>
    public static string Name(this ProblemKind kind) =>
        string.Concat(kind.ToString().Select((c, i) => char.IsUpper(c) && i > 0 ? "-" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));

    /// <summary>Problems counted by kind, most first (ties by name): "2 duplicate, 1 empty-file".</summary>
    public static string CountByKind(this IEnumerable<Problem> problems) =>
        string.Join(", ", problems.GroupBy(p => p.Kind.Name()).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => $"{g.Count():N0} {g.Key}"));
}
