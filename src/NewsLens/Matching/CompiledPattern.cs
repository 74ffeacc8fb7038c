namespace NewsLens.Matching;

/// <summary>One alias or exclude phrase as the scanner checks it.</summary>
/// <param name="Entry">Index of the owning entry.</param>
/// <param name="Text">Normalised phrase (pattern stem without '*'), in the entry's letter case.</param>
/// <param name="IsPattern">Trailing '*': the match runs on to the end of the word.</param>
/// <param name="CaseSensitive">The matched text must equal <see cref="Text"/> letter for letter.</param>
/// <param name="IsExclude">An exclude phrase: never counted, it only blanks the entry's matches inside it.</param>
/// <param name="Order">Position in the lexicon, the last tie-breaker, so results never depend on hashing.</param>
internal readonly record struct CompiledPattern(int Entry, string Text, bool IsPattern, bool CaseSensitive, bool IsExclude, int Order);
