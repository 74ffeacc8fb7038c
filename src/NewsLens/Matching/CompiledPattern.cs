namespace NewsLens;

/// <summary>One alias or exclude phrase as the scanner checks it.</summary>
/// <param name="Entry">Index of the owning entry.</param>
/// <param name="Text">Normalised phrase (pattern stem without '*'), in the entry's letter case.</param>
/// <param name="IsPattern">Trailing '*': the match runs on to the end of the word.</param>
/// <param name="CaseSensitive">The matched text must equal <see cref="Text"/> letter for letter.</param>
/// <param name="IsExclude">An exclude phrase: never counted, it only blanks the entry's matches inside it.</param>
/// <param name="Order">Position in the lexicon, the last tie-breaker, so results never depend on hashing.</param>
internal readonly record struct CompiledPattern(int Entry, string Text, bool IsPattern, bool CaseSensitive, bool IsExclude, int Order)
{
    /// <summary>A weak alias: counted only when the article also has a strong alias or metonym of the entry (rule 7).</summary>
    public bool IsWeak { get; init; }

    /// <summary>A metonym while metonyms are off: never counted and never blocks a match, only vouches for the entry's weak aliases.</summary>
    public bool IsEvidence { get; init; }

    /// <summary>Counts only inside the dateline that opens the body (a dateline place, or a capital while metonyms are off).</summary>
    public bool IsDatelineOnly { get; init; }

    /// <summary>The text has a lower-case letter, so its all-capitals form differs from it (rule 4's capitals context).</summary>
    public bool HasLower { get; } = Text.Any(char.IsLower);
}
