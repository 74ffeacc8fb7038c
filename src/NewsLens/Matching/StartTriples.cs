namespace NewsLens;

/// <summary>
/// The first three characters, in the text's own letter case, that some phrase can begin with: a check before the
/// trie is walked. The trie is folded to lower case, so without it "president said" in running text walks the path
/// of the case-sensitive "President Putin" to no end; with it, a lower-case word is walked only when a
/// case-insensitive phrase (a topic) or a lower-case alias begins like it, and common words ("the", "and") that
/// share two letters with some phrase are no longer walked. ASCII only; anything else is always walked.
/// </summary>
internal sealed class StartTriples
{
    private const int Ascii = 128;
    // Phrases of one character match whatever follows them.
    private readonly bool[] _alone = new bool[Ascii];
    private readonly bool[] _pairs = new bool[Ascii * Ascii];
    // Pairs that a phrase of two characters (or one whose second is a space, which may run on) starts with: any third goes.
    private readonly bool[] _open = new bool[Ascii * Ascii];
    private readonly ulong[] _triples = new ulong[Ascii * Ascii * Ascii / 64];

    /// <summary>A check that lets every start through: the reference the filtered matcher is tested against.</summary>
    public static StartTriples Everything()
    {
        var all = new StartTriples([]);
        Array.Fill(all._alone, true);
        return all;
    }

    public StartTriples(IEnumerable<CompiledPattern> patterns)
    {
        foreach (var p in patterns)
        {
            var firsts = Forms(p, 0);
            if (p.Text.Length == 1)
            {
                foreach (var a in firsts) _alone[a] = true;
                continue;
            }
            var seconds = Forms(p, 1);
            var open = p.Text.Length == 2 || p.Text[1] == ' ';
            var thirds = open ? [] : Forms(p, 2);
            foreach (var a in firsts)
                foreach (var b in seconds)
                {
                    var pair = a * Ascii + b;
                    _pairs[pair] = true;
                    if (open) _open[pair] = true;
                    foreach (var c in thirds) _triples[(pair * Ascii + c) >> 6] |= 1UL << ((pair * Ascii + c) & 63);
                }
        }
    }

    /// <summary>Whether a phrase may begin at <paramref name="start"/>; true for anything beyond ASCII.</summary>
    public bool MayStart(string text, int start)
    {
        var a = text[start];
        if (a >= Ascii || _alone[a]) return true;
        if (start + 1 >= text.Length) return false;
        var b = text[start + 1];
        if (b >= Ascii) return true;
        var pair = a * Ascii + b;
        if (!_pairs[pair]) return false;
        if (_open[pair]) return true;
        if (start + 2 >= text.Length) return false;
        var c = text[start + 2];
        if (c >= Ascii) return true;
        var triple = pair * Ascii + c;
        return (_triples[triple >> 6] & (1UL << (triple & 63))) != 0;
    }

    /// <summary>The ASCII characters of the text that read as the phrase's character at <paramref name="i"/> under the case rule (rules 2 and 4).</summary>
    private static List<char> Forms(CompiledPattern p, int i)
    {
        var c = p.Text[i];
        var forms = new List<char>();
        // Any whitespace reads as a space.
        if (c == ' ') forms.AddRange(Enumerable.Range(0, Ascii).Select(w => (char)w).Where(char.IsWhiteSpace));
        else
        {
            forms.Add(p.CaseSensitive ? c : char.ToLowerInvariant(c));
            // A case-sensitive alias also matches its all-capitals form (rule 4); beyond its first letter only then.
            if (!p.CaseSensitive || i == 0 || p.HasLower) forms.Add(char.ToUpperInvariant(c));
        }
        // Curly quotes read as straight ones; they lie beyond ASCII and always pass.
        return forms.Where(f => f < Ascii).ToList();
    }
}
