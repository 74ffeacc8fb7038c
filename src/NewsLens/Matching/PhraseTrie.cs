
namespace NewsLens;

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

        // One dictionary of edges for the whole trie (a dictionary per node costs more than the rest of the build).
        var edges = new Dictionary<long, int>();
        var ends = new List<(int Node, int Key)>(phrases.Count);
        var nodes = 1;
        for (var k = 0; k < phrases.Count; k++)
        {
            var state = Root;
            foreach (var c in phrases[k])
            {
                var edge = ((long)state << 16) | symbols[c];
                if (!edges.TryGetValue(edge, out var child)) edges[edge] = child = nodes++;
                state = child;
            }
            ends.Add((state, k));
        }

        // Children of each node by symbol, as one sorted array (parent, symbol, child).
        var sorted = edges.Select(e => (Parent: (int)(e.Key >> 16), Symbol: (int)(e.Key & 0xFFFF), Child: e.Value)).ToArray();
        Array.Sort(sorted, (a, b) => a.Parent != b.Parent ? a.Parent.CompareTo(b.Parent) : a.Symbol.CompareTo(b.Symbol));
        var first = new int[nodes + 1];
        foreach (var e in sorted) first[e.Parent + 1]++;
        for (var n = 0; n < nodes; n++) first[n + 1] += first[n];

        // Number nodes breadth-first: the shallow levels, which almost every walk visits, then share cache lines.
        var order = new int[nodes];
        var id = new int[nodes];
        var count = 1;
        for (var k = 0; k < count; k++)
            for (var e = first[order[k]]; e < first[order[k] + 1]; e++)
                order[count++] = sorted[e].Child;
        for (var k = 0; k < nodes; k++) id[order[k]] = k;

        // Phrases ending at each node, in phrase order, by new node number.
        var keyStart = new int[nodes + 1];
        foreach (var (node, _) in ends) keyStart[id[node] + 1]++;
        for (var n = 0; n < nodes; n++) keyStart[n + 1] += keyStart[n];
        var flat = new int[ends.Count];
        var fill = keyStart[..^1];
        foreach (var (node, key) in ends) flat[fill[id[node]]++] = key;

        var next = new int[nodes * width];
        foreach (var e in sorted)
        {
            var child = id[e.Child];
            next[id[e.Parent] * width + e.Symbol] = keyStart[child + 1] != keyStart[child] ? child | KeysFlag : child;
        }

        var folded = new ushort[char.MaxValue + 1];
        for (var c = 0; c <= char.MaxValue; c++)
            folded[c] = symbols[char.IsWhiteSpace((char)c) ? ' ' : char.ToLowerInvariant(TextRules.Canonical((char)c))];
        return new PhraseTrie(folded, width, next, keyStart, flat);
    }
}
