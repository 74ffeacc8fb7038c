using System.Text;

namespace NewsLens;

/// <summary>
/// The character rules aliases and article text share (matching rules 2 and 3): one canonical form per
/// apostrophe and quote, whitespace as a single space, and what counts as a word character.
/// </summary>
internal static class TextRules
{
    /// <summary>Letters and digits are word characters: a match never starts or ends next to one.</summary>
    public static bool IsWordChar(char c) => char.IsLetterOrDigit(c);

    /// <summary>Curly apostrophes and quotes become straight ones; every other character is itself.</summary>
    public static char Canonical(char c) => c switch
    {
        '\u2019' or '\u2018' or '\u02BC' or '\u2032' or '\u201B' => '\'',
        '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u2033' => '"',
        _ => c,
    };

    /// <summary>
    /// True when the text is certainly in NFC without asking ICU: every character is below U+0300 (where nothing
    /// composes) or common news punctuation (dashes, quotes, ellipsis, currency). False means "check properly".
    /// </summary>
    public static bool IsSurelyNfc(string text)
    {
        // Vectorised search for the next character at or above U+0300; news text has few (quotes, dashes).
        var rest = text.AsSpan();
        while (true)
        {
            var i = rest.IndexOfAnyExceptInRange('\0', '\u02FF');
            if (i < 0) return true;
            if (rest[i] is not (>= '\u2010' and <= '\u2027') and not (>= '\u2030' and <= '\u205E') and not (>= '\u20A0' and <= '\u20C0'))
                return false;
            rest = rest[(i + 1)..];
        }
    }

    /// <summary>A phrase as it is compared: NFC, canonical quotes, whitespace runs as one space, trimmed.</summary>
    public static string NormalizePhrase(string phrase)
    {
        var nfc = phrase.IsNormalized(NormalizationForm.FormC) ? phrase : phrase.Normalize(NormalizationForm.FormC);
        var sb = new StringBuilder(nfc.Length);
        var pendingSpace = false;
        foreach (var c in nfc)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = sb.Length > 0;
                continue;
            }
            if (pendingSpace) sb.Append(' ');
            pendingSpace = false;
            sb.Append(Canonical(c));
        }
        return sb.ToString();
    }
}
