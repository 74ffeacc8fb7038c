namespace NewsLens;

/// <summary>What one input file held: its articles, the records that could not be loaded, and warnings on loaded ones.</summary>
/// <param name="Records">Records read: every one is either in <paramref name="Articles"/> or in <paramref name="Problems"/>.</param>
/// <param name="Articles">Records loaded as articles, in file order.</param>
/// <param name="Problems">Records not loaded, with the reason.</param>
/// <param name="Warnings">Notes on loaded articles (unreadable date, no body, re-encoded file).</param>
internal sealed record FileReadResult(
    int Records,
    IReadOnlyList<Article> Articles,
    IReadOnlyList<Problem> Problems,
    IReadOnlyList<Problem> Warnings)
{
    /// <summary>Bytes of the file read up to the end of this batch, for progress; 0 when the reader does not say.</summary>
    internal long Position { get; init; }

    /// <summary>A file that is one bad record.</summary>
    public static FileReadResult Rejected(string path, int line, string reason, ProblemKind kind) =>
        new(1, [], [new Problem(path, line, reason, kind)], []);

    /// <summary>Batches of one file joined into one result, in order.</summary>
    public static FileReadResult Merge(IEnumerable<FileReadResult> batches)
    {
        var records = 0;
        var articles = new List<Article>();
        var problems = new List<Problem>();
        var warnings = new List<Problem>();
        foreach (var batch in batches)
        {
            records += batch.Records;
            articles.AddRange(batch.Articles);
            problems.AddRange(batch.Problems);
            warnings.AddRange(batch.Warnings);
        }
        return new FileReadResult(records, articles, problems, warnings);
    }
}
