namespace NewsLens.Reading;

/// <summary>What one input file held: its articles, the records that could not be loaded, and warnings on loaded ones.</summary>
/// <param name="Records">Records read: every one is either in <paramref name="Articles"/> or in <paramref name="Problems"/>.</param>
/// <param name="Articles">Records loaded as articles, in file order.</param>
/// <param name="Problems">Records not loaded, with the reason.</param>
/// <param name="Warnings">Notes on loaded articles (unreadable date, no body, re-encoded file).</param>
public sealed record FileReadResult(
    int Records,
    IReadOnlyList<Article> Articles,
    IReadOnlyList<Problem> Problems,
    IReadOnlyList<Problem> Warnings)
{
    /// <summary>A file that is one bad record.</summary>
    public static FileReadResult Rejected(string path, int line, string reason, ProblemKind kind) =>
        new(1, [], [new Problem(path, line, reason, kind)], []);
}
