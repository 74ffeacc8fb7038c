namespace NewsLens;

/// <summary>
/// One colour per entity for a whole session (<see cref="ChartSession.Colors"/>): the first chart that shows an entity gives it a colour of the palette,
/// and every later chart uses the same one, so "Putin" is the same blue everywhere. No two traces of one chart share
/// a colour: where two entities of a chart were given the same colour (a session with more entities than the
/// palette has colours), the later one gets a colour of its own in that chart.
/// </summary>
public sealed class EntityColors
{
    // 24 hues that stay apart, the first eight Okabe–Ito (safe for colour-blind readers), then Paul Tol's bright,
    // muted and dark sets.
    private static readonly string[] Palette =
    [
        "#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000", "#F0E442",
        "#332288", "#882255", "#117733", "#AA4499", "#44AA99", "#999933", "#661100", "#6699CC",
        "#888888", "#DDCC77", "#EE6677", "#228833", "#4477AA", "#AA3377", "#BBBBBB", "#994F00",
    ];

    private readonly Dictionary<string, int> _assigned = new(StringComparer.Ordinal);
    private readonly int[] _uses = new int[Palette.Length];
    private readonly Lock _gate = new();

    /// <summary>Colours the palette holds before a session's colours repeat.</summary>
    public static int Distinct => Palette.Length;

    /// <summary>The colour of an entity id, assigned on first use: the palette's least used colour, in palette order.</summary>
    public string Of(string entity)
    {
        lock (_gate) return Palette[IndexOf(entity)];
    }

    /// <summary>
    /// The colours of one chart's traces, in order: each entity's session colour, except that an entity whose colour an
    /// earlier trace of the chart already has gets the first colour the chart does not use yet.
    /// </summary>
    public string[] For(IReadOnlyList<string> entities)
    {
        lock (_gate)
        {
            var used = new HashSet<int>();
            var colours = new string[entities.Count];
            for (var i = 0; i < entities.Count; i++)
            {
                var index = IndexOf(entities[i]);
                if (!used.Add(index) && used.Count < Palette.Length)
                {
                    index = Enumerable.Range(0, Palette.Length).First(k => !used.Contains(k));
                    used.Add(index);
                }
                colours[i] = Palette[index];
            }
            return colours;
        }
    }

    private int IndexOf(string entity)
    {
        if (_assigned.TryGetValue(entity, out var index)) return index;
        index = 0;
        for (var k = 1; k < _uses.Length; k++)
            if (_uses[k] < _uses[index]) index = k;
        _uses[index]++;
        _assigned[entity] = index;
        return index;
    }
}
