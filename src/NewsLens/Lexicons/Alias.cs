namespace NewsLens;

/// <summary>One phrase an entry is known by: exact, or a pattern whose trailing <c>*</c> stands for the rest of the word.</summary>
/// <param name="Text">The phrase as normalised for matching (NFC, straight quotes, single spaces), without the <c>*</c>.</param>
/// <param name="IsPattern">True for <c>denucleari*</c>: the match extends to the end of the word.</param>
/// <param name="IsMetonym">True for a capital or seat of government standing for a country; used only when metonyms are on.</param>
/// <param name="Line">Line in the lexicon file, for messages.</param>
public sealed record Alias(string Text, bool IsPattern, bool IsMetonym, int Line)
{
    /// <summary>
    /// A weak alias (a surname alone, an ambiguous place name) counts only in an article where a strong alias or a
    /// metonym of the same entry also appears; several entries may share one (rule 7).
    /// </summary>
    public bool IsWeak { get; init; }

    /// <summary>A place that counts for its country only where it opens a story as the wire dateline ("TOKYO, Feb 27 -"); rule 8.</summary>
    public bool IsDateline { get; init; }

    /// <inheritdoc />
    public override string ToString() => IsPattern ? Text + "*" : Text;
}
