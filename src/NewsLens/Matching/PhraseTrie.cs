using NewsLens.Text;

namespace NewsLens.Matching;

/// <summary>
/// Every phrase of a lexicon in one trie, compiled to a dense transition table over folded characters. Rule 3
/// lets a match start only where the character before is not a letter or digit, so the scanner walks the trie
/// from those positions alone: Aho–Corasick without failure links, since no match may begin inside a word. One
/// pass over the text serves the whole lexicon, and most walks stop after one or two table lookups.
/// </summary>
internal sealed class PhraseTrie
{
    private readonly int[] _next;
    private readonly int[] _keyStart;
    private readonly int[] _keys;

    private PhraseTrie(ushort[] symbols, int width, int[] next, int[] keyStart, int[] keys)
    {
        Symbols = symbols;
        Width = width;
        _next = next;
        _keyStart = keyStart;
        _keys = keys;
    }

    /// <summary>The root: no phrase read yet. No transition leads back to it, so 0 also means "no way on".</summary>
    public const int Root = 0;

    /// <summary>
    /// Symbol of every character as the text has it: folded to lower case with quotes made straight (rule 2),
    /// and every whitespace character read as a space, so the hot loop needs one lookup per character.
    /// </summary>
    public ushort[] Symbols { get; }

    /// <summary>Symbols per state.</summary>
    public int Width { get; }

    /// <summary>Set on a transition whose target has phrases ending there, so one load tells both.</summary>
    public const int KeysFlag = int.MinValue;

    /// <summary>Transitions, <c>state * Width + symbol</c>: the target, with <see cref="KeysFlag"/> when phrases end there; <see cref="Root"/> where no phrase goes on.</summary>
    public int[] Table => _next;

    /// <summary>Phrases (by index) that end exactly at a node.</summary>
    public ReadOnlySpan<int> KeysAt(int state) => _keys.AsSpan(_keyStart[state], _keyStart[state + 1] - _keyStart[state]);

    /// <summary>Compiles phrases, already folded to lower case; phrases may repeat, each index is reported.</summary>
    public static PhraseTrie Build(IReadOnlyList<string> phrases)
    {
        var symbols = new ushort[char.MaxValue + 1];
        var width = 1;
        foreach (var phrase in phrases)
            foreach (var c in phrase)
                if (symbols[c] == 0) symbols[c] = checked((ushort)width++);

        var children = new List<Dictionary<int, int>> { new() };
        var keys = new List<List<int>> { new() };
        for (var k = 0; k < phrases.Count; k++)
        {
            var state = Root;
            foreach (var c in phrases[k])
            {
                if (!children[state].TryGetValue(symbols[c], out var child))
                {
                    child = children.Count;
                    children[state][symbols[c]] = child;
                    children.Add([]);
                    keys.Add([]);
                }
                state = child;
            }
            keys[state].Add(k);
        }

        // Number nodes breadth-first: the shallow levels, which almost every walk visits, then share cache lines.
        var order = new List<int>(children.Count) { Root };
        for (var k = 0; k < order.Count; k++)
            order.AddRange(children[order[k]].OrderBy(c => c.Key).Select(c => c.Value));
        var id = new int[children.Count];
        for (var k = 0; k < order.Count; k++) id[order[k]] = k;

        var next = new int[children.Count * width];
        var keyStart = new int[children.Count + 1];
        var flat = new List<int>();
        for (var k = 0; k < order.Count; k++)
        {
            var state = order[k];
            foreach (var (symbol, child) in children[state]) next[k * width + symbol] = id[child];
            keyStart[k] = flat.Count;
            flat.AddRange(keys[state]);
        }
        keyStart[children.Count] = flat.Count;
        for (var i = 0; i < next.Length; i++)
            if (next[i] != Root && keyStart[next[i] + 1] != keyStart[next[i]]) next[i] |= KeysFlag;

        var folded = new ushort[char.MaxValue + 1];
        for (var c = 0; c <= char.MaxValue; c++)
            folded[c] = symbols[char.IsWhiteSpace((char)c) ? ' ' : char.ToLowerInvariant(TextRules.Canonical((char)c))];
        return new PhraseTrie(folded, width, next, keyStart, [.. flat]);
    }
}
