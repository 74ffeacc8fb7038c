using System.Text.RegularExpressions;

namespace NewsLens;

/// <summary>What a photo caption or credit line looks like, as opposed to a first body paragraph.</summary>
internal static partial class Captions
{
    private static readonly HashSet<string> Particles = new(StringComparer.Ordinal)
    {
        "de", "da", "del", "der", "van", "von", "bin", "al", "el", "la", "le", "du", "dos", "y", "/", "|",
    };

    // A line naming a company heads a table of figures in wire copy ("Burlington Northern Inc"): body, not a credit.
    private static readonly HashSet<string> CompanyWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "Corp", "Corp.", "Inc", "Inc.", "Ltd", "Ltd.", "Co", "Co.", "Cos", "Plc", "AG", "SA", "NV", "Group", "Holdings",
        "Industries", "Indus", "Bancorp", "Bank", "Trust", "Partners", "Fund", "Company", "Corporation", "LLC", "GmbH",
    };

    /// <summary>
    /// True for a credit (<c>Kim Jong Un Kin Cheung / AP / TASS</c>, <c>Photo: Reuters</c>, <c>© Getty Images</c>,
    /// <c>AFP</c>) or a run of four to ten capitalised names with no other words, a subject and a photographer
    /// (<c>Vladimir Putin Mikhail Klimentyev</c>); false for anything with lower-case words, figures, dashes, company
    /// names or fewer words (<c>Sioux City</c>, <c>Shipments Receipts</c>: table headings in wire copy).
    /// </summary>
    public static bool LooksLikeCredit(string line)
    {
        var text = line.Trim();
        if (text.Length == 0) return false;
        if (text.Contains(" / ", StringComparison.Ordinal) || text.Contains('©') || CreditWord().IsMatch(text)) return true;
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is >= 4 and <= 10 && words.All(IsNameWord) && !words.Any(CompanyWords.Contains);
    }

    /// <summary>A capitalised word in mixed case ("Klimentyev", "Jong-un", "O'Neil", "J."), or a short all-capitals one ("AP", "Un"); no figures.</summary>
    private static bool IsNameWord(string word)
    {
        if (Particles.Contains(word)) return true;
        var w = word.TrimEnd(',');
        if (w.Length == 0 || !char.IsUpper(w[0]) || w.Any(char.IsDigit)) return false;
        return w.Length <= 2 || w.Any(char.IsLower);
    }

    // Words that only credits use; agencies whose name is never an English word in a first paragraph.
    [GeneratedRegex(@"(?:\A|\s)(?:Photo|Photos|Photograph|Picture|Pictures|Image|Images|Credit|Credits|Courtesy|Illustration|Handout|File photo)(?::|\s+by\b|\s*/)|\b(?:Getty Images|AP Photo|AFP|EPA|Shutterstock|Alamy|Xinhua|TASS|Sputnik|Anadolu|ZUMA|Pool)\b|\((?:c|C)\)", RegexOptions.CultureInvariant)]
    private static partial Regex CreditWord();
}
