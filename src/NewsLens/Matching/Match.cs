namespace NewsLens;

/// <summary>One counted mention: which entry, and where in the searched text (<see cref="SearchedText"/>).</summary>
/// <param name="Entry">Index of the entry in the lexicon's <c>Entries</c>.</param>
/// <param name="Start">Offset of the first matched character in the searched text.</param>
/// <param name="Length">Matched characters in the searched text.</param>
public readonly record struct Match(int Entry, int Start, int Length);
