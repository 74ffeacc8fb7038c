
namespace NewsLens;

/// <summary>
/// The pairs of characters, in the text's own letter case, that some phrase can begin with: a check of two characters
/// before the trie is walked. The trie is folded to lower case, so without it "president said" in running text
/// walks the path of the case-sensitive "President Putin" to no end; with it, a lower-case word is walked only
/// when a case-insensitive phrase (a topic) or a lower-case alias begins like it. Pairs of ASCII characters only;
/// anything else is always walked.
/// </summary>
internal sealed class StartPairs
{
    private const int Ascii = 128;
    private readonly bool[] _pairs = new bool[Ascii * Ascii];
    // Phrases of one character match whatever follows them.
    private readonly bool[] _alone = new bool[Ascii];

    public StartPairs(IEnumerable<CompiledPattern> patterns)
    {
        foreach (var p in patterns)
        {
            var firsts = Forms(p.Text[0], p.CaseSensitive);
            if (p.Text.Length == 1)
            {
                foreach (var a in firsts) if (a < Ascii) _alone[a] = true;
                continue;
            }
            var seconds = Forms(p.Text[1], p.CaseSensitive);
            // A case-sensitive alias also matches its all-capitals form (rule 4), so capital-capital pairs start it too.
            if (p.CaseSensitive && p.HasLower) seconds = [.. seconds, .. Forms(char.ToUpperInvariant(p.Text[1]), true)];
            foreach (var a in firsts)
                foreach (var b in seconds)
                    if (a < Ascii && b < Ascii) _pairs[a * Ascii + b] = true;
        }
    }

    /// <summary>Whether a phrase may begin at <paramref name="start"/>; true for anything beyond ASCII.</summary>
    public bool MayStart(string text, int start)
    {
        var a = text[start];
        if (a >= Ascii) return true;
        if (_alone[a]) return true;
        if (start + 1 >= text.Length) return false;
        var b = text[start + 1];
        return b >= Ascii || _pairs[a * Ascii + b];
    }

    /// <summary>The characters of the text that read as <paramref name="c"/> under the case rule (rules 2 and 4).</summary>
    private static char[] Forms(char c, bool caseSensitive)
    {
        var forms = new List<char>();
        void Add(char x) => forms.Add(x);
        if (c == ' ')
        {
            foreach (var w in " \t\n\r\v\f") Add(w);
        }
        else if (caseSensitive)
        {
            Add(c);
            Add(char.ToUpperInvariant(c));
        }
        else
        {
            Add(char.ToLowerInvariant(c));
            Add(char.ToUpperInvariant(c));
        }
        // Curly quotes read as straight ones; they lie beyond ASCII and always pass.
        if (TextRules.Canonical(c) != c) Add(TextRules.Canonical(c));
        return [.. forms];
    }
}
