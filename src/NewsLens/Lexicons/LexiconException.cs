namespace NewsLens;

/// <summary>A lexicon that cannot be used; each line of the message names file, line, what is wrong and the fix.</summary>
public sealed class LexiconException(IReadOnlyList<string> errors)
    : Exception(errors.Count == 1 ? errors[0] : $"{errors.Count} lexicon errors:\n" + string.Join("\n", errors))
{
    /// <summary>One message per error, each <c>file:line: what; fix</c>.</summary>
    public IReadOnlyList<string> Errors { get; } = errors;
}
