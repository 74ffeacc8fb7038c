namespace NewsLens;

/// <summary>Something wrong with one input record: where it is, what went wrong, and what kind of thing it was.</summary>
/// <param name="Path">File the record is in.</param>
/// <param name="Line">1-based line where the record (or the wrong part of it) starts; 1 for a whole file.</param>
/// <param name="Reason">What a user reads: what is wrong and, where it helps, what to do.</param>
/// <param name="Kind">Category, for counting and filtering.</param>
public sealed record Problem(string Path, int Line, string Reason, ProblemKind Kind)
{
    /// <inheritdoc />
    public override string ToString() => $"{Path}:{Line}: {Reason}";
}
