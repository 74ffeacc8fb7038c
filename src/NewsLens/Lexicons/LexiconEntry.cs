namespace NewsLens;

/// <summary>One actor or topic: a stable id, a display label, a kind, and the phrases that count as a mention of it.</summary>
/// <param name="Id">Stable id used in outputs, e.g. <c>putin</c>.</param>
/// <param name="Label">Display name, e.g. <c>Vladimir Putin</c>.</param>
/// <param name="Kind">person, country, organization, place, topic, or a kind of the user's own.</param>
/// <param name="CaseSensitive">Whether aliases must match letter case exactly (rule 4).</param>
/// <param name="Aliases">Exact phrases and trailing-* patterns, metonyms included (see <see cref="Alias.IsMetonym"/>).</param>
/// <param name="Excludes">Phrases whose text never counts for this entry (rule 6), normalised like aliases.</param>
/// <param name="File">Lexicon file the entry came from.</param>
/// <param name="Line">Line of the entry in that file.</param>
public sealed record LexiconEntry(
    string Id,
    string Label,
    string Kind,
    bool CaseSensitive,
    IReadOnlyList<Alias> Aliases,
    IReadOnlyList<string> Excludes,
    string File,
    int Line);
