using NewsLens;

namespace NewsLens.Accuracy;

/// <summary>
/// Maps an editor's code to a lexicon entry by the lexicon itself, never by a list taken from the tags: the code's
/// words ("west-germany" → "west germany") must equal an entry's id, label or alias (ignoring case), or for people
/// a surname code ("reagan") the last word of exactly one person's label.
/// </summary>
internal static class TagMap
{
    public static string? Entry(Lexicon lexicon, string kind, string code)
    {
        var words = code.Replace('-', ' ').Trim();
        var id = code.Replace('-', '_');
        var ofKind = lexicon.Entries.Where(e => e.Kind == kind).ToList();
        var exact = ofKind.Where(e => e.Id.Equals(id, StringComparison.OrdinalIgnoreCase) ||
                                      e.Label.Equals(words, StringComparison.OrdinalIgnoreCase) ||
                                      e.Aliases.Any(a => IsStrong(a) && !a.IsPattern && a.Text.Equals(words, StringComparison.OrdinalIgnoreCase)))
            .Select(e => e.Id).Distinct().ToList();
        if (exact.Count == 1) return exact[0];
        if (exact.Count > 1 || kind != EntryKind.Person || words.Contains(' ')) return null;
        var bySurname = ofKind.Where(e => e.Label.Split(' ')[^1].Equals(words, StringComparison.OrdinalIgnoreCase)).Select(e => e.Id).ToList();
        return bySurname.Count == 1 ? bySurname[0] : null;
    }

#if BEFORE
    private static bool IsStrong(Alias a) => true;
#else
    private static bool IsStrong(Alias a) => !a.IsWeak;
#endif
}
