using System.Globalization;
using System.Text.RegularExpressions;

namespace NewsLens;

/// <summary>
/// Wire datelines that open a body: <c>LONDON, March 23 -</c>, <c>WASHINGTON (AP) —</c>, <c>NEW YORK —</c>,
/// <c>KABUL, Afghanistan (Reuters) -</c>. The place is news metadata (where the story was filed); the dateline
/// itself stays in the searched text, since it is text.
/// </summary>
internal static class Datelines
{
    /// <summary>Length of the dateline opening <paramref name="text"/> (up to and including the dash and its space), or 0 when there is none.</summary>
    public static int LengthAt(string text) => MayOpenWithDateline(text) && Dateline().Match(text) is { Success: true } m ? m.Length : 0;

    /// <summary>A dateline opens with a capital and has its dash within the first 120 characters: most bodies fail this at once, without the regex.</summary>
    private static bool MayOpenWithDateline(string text) =>
        text.Length > 0 && char.IsUpper(text[0]) && text.AsSpan(0, Math.Min(text.Length, 120)).IndexOfAny('-', '\u2013', '\u2014') > 0;

    /// <summary>
    /// Where the dateline's place names its country: the region when there is one ("FLORENCE, Ala." is in Alabama,
    /// "CALGARY, Alberta" in Alberta), else the place; an empty span when the text opens without a dateline.
    /// </summary>
    internal static (int Start, int End) Locator(string text)
    {
        if (!MayOpenWithDateline(text)) return (0, 0);
        var m = Dateline().Match(text);
        if (!m.Success) return (0, 0);
        var region = m.Groups["region"];
        var place = m.Groups["place"];
        return region.Success ? (region.Index, region.Index + region.Length) : (place.Index, place.Index + place.Length);
    }

    /// <summary>The place a dateline names, in title case ("New York", "Kabul, Afghanistan"), or null when the text opens without one.</summary>
    public static string? PlaceOf(string text)
    {
        if (!MayOpenWithDateline(text)) return null;
        var m = Dateline().Match(text);
        if (!m.Success) return null;
        var place = CultureInfo.InvariantCulture.TextInfo.ToTitleCase(m.Groups["place"].Value.ToLowerInvariant());
        return m.Groups["region"].Success ? $"{place}, {m.Groups["region"].Value}" : place;
    }

    private const string Region = @"(?:, (?<region>\p{Lu}[\p{L}.]*(?: \p{Lu}[\p{L}.]*){0,2}))?";
    private const string Date = @",? (?i:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[A-Za-z]*\.? \d{1,2}";
    private const string Agency = @" \([\p{L}][\p{L}\p{N} .&'\-]{0,30}\)";

    // Either the place in capitals (one to five words, the first of two letters or more), an optional region in mixed
    // case, an optional date ("March 23", "MARCH 23", "Sept. 3") and an optional agency in brackets; or a place in title
    // case ("Toronto, Feb 26 -") which must carry the date or the agency, since "Officials - ..." is no dateline.
    // Then a dash and a space.
    private const string Pattern = @"\A(?:(?<place>\p{Lu}[\p{Lu}.'’\-]+(?: \p{Lu}[\p{Lu}.'’\-]*){0,4})" + Region + "(?:" + Date + ")?(?:" + Agency + ")?" +
                    @"|(?<place>\p{Lu}\p{Ll}[\p{L}.'’\-]*(?: \p{Lu}[\p{L}.'’\-]*){0,3})" + Region + "(?:" + Date + "(?:" + Agency + ")?|" + Agency + "))" +
                    @" ?(?:--?|–|—) ";

    /// <summary>
    /// One compiled copy per thread: a shared regex hands its single matcher state to one caller at a time, and on two
    /// cores the other caller then builds a new one for every article.
    /// </summary>
    [ThreadStatic] private static Regex? t_dateline;

    private static Regex Dateline() => t_dateline ??= new Regex(Pattern, RegexOptions.CultureInvariant | RegexOptions.Compiled);
}
