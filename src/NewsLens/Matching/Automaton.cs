namespace NewsLens.Matching;

/// <summary>
/// An Aho–Corasick automaton compiled to a full transition table: one table lookup per character finds every
/// key ending there, whatever the number of keys. Characters that occur in no key share symbol 0, which keeps
/// the table narrow.
/// </summary>
internal sealed class Automaton
{
    private readonly ushort[] _symbol;
    private readonly int _width;
    private readonly int[] _next;
    private readonly int[] _outputStart;
    private readonly int[] _outputs;

    private Automaton(ushort[] symbol, int width, int[] next, int[] outputStart, int[] outputs)
    {
        _symbol = symbol;
        _width = width;
        _next = next;
        _outputStart = outputStart;
        _outputs = outputs;
    }

    /// <summary>The start state.</summary>
    public const int Start = 0;

    /// <summary>Number of states, for diagnostics and benchmarks.</summary>
    public int States => _outputStart.Length - 1;

    /// <summary>The state after reading <paramref name="c"/> (already folded) in <paramref name="state"/>.</summary>
    public int Step(int state, char c) => _next[state * _width + _symbol[c]];

    /// <summary>Keys (by index) that end at a state, longest first along the suffix chain.</summary>
    public ReadOnlySpan<int> Outputs(int state) =>
        _outputs.AsSpan(_outputStart[state], _outputStart[state + 1] - _outputStart[state]);

    /// <summary>Whether any key ends at <paramref name="state"/>.</summary>
    public bool HasOutput(int state) => _outputStart[state + 1] != _outputStart[state];

    /// <summary>Compiles keys (already folded); keys may repeat, each index is reported.</summary>
    public static Automaton Build(IReadOnlyList<string> keys)
    {
        var symbol = new ushort[char.MaxValue + 1];
        var width = 1;
        foreach (var key in keys)
            foreach (var c in key)
                if (symbol[c] == 0) symbol[c] = checked((ushort)width++);

        // Trie first, as sparse child maps, then filled into the table breadth-first with failure links.
        var children = new List<Dictionary<int, int>> { new() };
        var own = new List<List<int>> { new() };
        for (var k = 0; k < keys.Count; k++)
        {
            var state = 0;
            foreach (var c in keys[k])
            {
                var s = symbol[c];
                if (!children[state].TryGetValue(s, out var child))
                {
                    child = children.Count;
                    children[state][s] = child;
                    children.Add([]);
                    own.Add([]);
                }
                state = child;
            }
            own[state].Add(k);
        }

        var states = children.Count;
        var next = new int[states * width];
        var fail = new int[states];
        var outputs = new List<int>[states];
        outputs[0] = own[0];
        var queue = new Queue<int>();
        foreach (var (s, child) in children[0])
        {
            next[s] = child;
            fail[child] = 0;
            queue.Enqueue(child);
        }
        while (queue.Count > 0)
        {
            var state = queue.Dequeue();
            outputs[state] = [.. own[state], .. outputs[fail[state]] ?? []];
            for (var s = 0; s < width; s++)
            {
                if (children[state].TryGetValue(s, out var child))
                {
                    next[state * width + s] = child;
                    fail[child] = next[fail[state] * width + s];
                    queue.Enqueue(child);
                }
                else
                {
                    next[state * width + s] = next[fail[state] * width + s];
                }
            }
        }

        var outputStart = new int[states + 1];
        var flat = new List<int>();
        for (var state = 0; state < states; state++)
        {
            outputStart[state] = flat.Count;
            flat.AddRange(outputs[state] ?? []);
        }
        outputStart[states] = flat.Count;
        return new Automaton(symbol, width, next, outputStart, [.. flat]);
    }
}
