
namespace NewsLens;

/// <summary>Explains why a load found no article, in words a user can act on.</summary>
internal static class NoArticles
{
    public static string Explain(IReadOnlyList<string> paths, IReadOnlyList<string> files, IReadOnlyList<Problem> problems)
    {
        var where = string.Join(", ", paths);
        if (files.Count == 0)
            return $"no articles found in {where} (no files; known formats: {InputFormats.Known})";
        if (problems.All(p => p.Kind == ProblemKind.UnknownFormat))
        {
            var extensions = files
                .GroupBy(f => Path.GetExtension(f) is { Length: > 0 } e ? e.ToLowerInvariant() : "(no extension)")
                .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => $"{g.Count()} {g.Key}");
            return $"no articles found in {where} ({Count(files.Count, "file")}, none in a known format: " +
                   $"{string.Join(", ", extensions)}; known formats: {InputFormats.Known})";
        }
        var kinds = problems.GroupBy(p => p.Kind).OrderByDescending(g => g.Count())
            .Select(g => $"{g.Count()} {Describe(g.Key)}");
        return $"no articles found in {where} ({Count(problems.Count, "record")}, every one a problem: " +
               $"{string.Join(", ", kinds)}; first: {problems[0]})";
    }

    private static string Count(int n, string noun) => n == 1 ? $"1 {noun}" : $"{n} {noun}s";

    private static string Describe(ProblemKind kind) => kind switch
    {
        ProblemKind.EmptyFile => "empty",
        ProblemKind.BinaryFile => "binary",
        ProblemKind.UnknownFormat => "unknown format",
        ProblemKind.UnreadableFile => "unreadable",
        ProblemKind.NoTitle => "without title",
        ProblemKind.MalformedJson => "malformed JSON",
        ProblemKind.MissingColumn => "missing a column",
        ProblemKind.MalformedCsv => "malformed CSV",
        ProblemKind.Duplicate => "duplicate",
        _ => kind.ToString(),
    };
}
