using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace NewsLens;

/// <summary>
/// Every phrase of a lexicon in one trie over folded characters. Rule 3 lets a match start only where the character
/// before is not a letter or digit, so the scanner walks the trie from those positions alone: Aho–Corasick without
/// failure links, since no match may begin inside a word. One pass over the text serves the whole lexicon, and most
/// walks stop after one or two lookups.
/// </summary>
/// <remarks>
/// The shallow nodes, which nearly every walk visits, and nodes with many children have a dense row of transitions;
/// the rest (long chains of one child, deep in names) keep only their edges, laid out depth first so a walk down a
/// name reads neighbouring memory. A dense table for every node would take tens of megabytes for the shipped
/// lexicons and miss the cache on each step past the first letters.
/// </remarks>
internal sealed class PhraseTrie
{
    // Nodes this deep or shallower are dense: the root and the nodes after one or two letters.
    private const int DenseDepth = 2;
    // A node with more children than this is dense wherever it is ("president " runs on to many names).
    private const int MaxSparseChildren = 6;

    private readonly int[] _dense;
    private readonly int _denseNodes;
    private readonly int[] _edgeStart;
    private readonly ushort[] _edgeSymbols;
    private readonly int[] _edgeTargets;
    private readonly int[] _keyStart;
    private readonly int[] _keys;

    private PhraseTrie(ushort[] symbols, int width, int[] dense, int denseNodes, int[] edgeStart, ushort[] edgeSymbols, int[] edgeTargets, int[] keyStart, int[] keys)
    {
        Symbols = symbols;
        Width = width;
        _dense = dense;
        _denseNodes = denseNodes;
        _edgeStart = edgeStart;
        _edgeSymbols = edgeSymbols;
        _edgeTargets = edgeTargets;
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

    /// <summary>Symbols per dense node.</summary>
    public int Width { get; }

    /// <summary>Set on a transition whose target has phrases ending there, so one load tells both.</summary>
    public const int KeysFlag = int.MinValue;

    /// <summary>The node reached from <paramref name="state"/> by <paramref name="symbol"/>, with <see cref="KeysFlag"/> when phrases end there; <see cref="Root"/> where no phrase goes on.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Next(int state, int symbol)
    {
        if (state < _denseNodes)
            return Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_dense), state * Width + symbol);
        ref var start = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_edgeStart), state - _denseNodes);
        var end = Unsafe.Add(ref start, 1);
        ref var edgeSymbols = ref MemoryMarshal.GetArrayDataReference(_edgeSymbols);
        for (var e = start; e < end; e++)
            if (Unsafe.Add(ref edgeSymbols, e) == symbol)
                return Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_edgeTargets), e);
        return Root;
    }

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

        var depth = new int[nodes];
        var dense = new bool[nodes];
        var breadthFirst = new int[nodes];
        var count = 1;
        for (var k = 0; k < count; k++)
        {
            var node = breadthFirst[k];
            dense[node] = depth[node] <= DenseDepth || first[node + 1] - first[node] > MaxSparseChildren;
            for (var e = first[node]; e < first[node + 1]; e++)
            {
                breadthFirst[count++] = sorted[e].Child;
                depth[sorted[e].Child] = depth[node] + 1;
            }
        }

        // Dense nodes numbered breadth first, so the shallow rows share cache lines; the others after them, depth first.
        var id = new int[nodes];
        var denseNodes = 0;
        foreach (var node in breadthFirst)
            if (dense[node]) id[node] = denseNodes++;
        var next = denseNodes;
        var pending = new Stack<int>();
        pending.Push(Root);
        while (pending.Count > 0)
        {
            var node = pending.Pop();
            if (!dense[node]) id[node] = next++;
            for (var e = first[node + 1] - 1; e >= first[node]; e--) pending.Push(sorted[e].Child);
        }

        // Phrases ending at each node, in phrase order, by new node number.
        var keyStart = new int[nodes + 1];
        foreach (var (node, _) in ends) keyStart[id[node] + 1]++;
        for (var n = 0; n < nodes; n++) keyStart[n + 1] += keyStart[n];
        var flat = new int[ends.Count];
        var fill = keyStart[..^1];
        foreach (var (node, key) in ends) flat[fill[id[node]]++] = key;

        int Target(int child) => keyStart[id[child] + 1] != keyStart[id[child]] ? id[child] | KeysFlag : id[child];
        var table = new int[denseNodes * width];
        var byId = new int[nodes];
        for (var node = 0; node < nodes; node++) byId[id[node]] = node;
        var edgeStart = new int[nodes - denseNodes + 1];
        var edgeSymbols = new List<ushort>();
        var edgeTargets = new List<int>();
        for (var n = 0; n < nodes; n++)
        {
            var node = byId[n];
            if (n < denseNodes)
            {
                for (var e = first[node]; e < first[node + 1]; e++) table[n * width + sorted[e].Symbol] = Target(sorted[e].Child);
                continue;
            }
            for (var e = first[node]; e < first[node + 1]; e++)
            {
                edgeSymbols.Add((ushort)sorted[e].Symbol);
                edgeTargets.Add(Target(sorted[e].Child));
            }
            edgeStart[n - denseNodes + 1] = edgeSymbols.Count;
        }

        var folded = new ushort[char.MaxValue + 1];
        for (var c = 0; c <= char.MaxValue; c++)
            folded[c] = symbols[char.IsWhiteSpace((char)c) ? ' ' : char.ToLowerInvariant(TextRules.Canonical((char)c))];
        return new PhraseTrie(folded, width, table, denseNodes, edgeStart, [.. edgeSymbols], [.. edgeTargets], keyStart, flat);
    }
}
