namespace NewsLens;

/// <summary>
/// One colour per entity for a whole session: the first chart that shows an entity gives it a colour of the palette,
/// and every later chart uses the same one, so "Putin" is the same blue everywhere. No two traces of one chart share
/// a colour: where two entities of a chart were given the same colour (a session with more entities than the
/// palette has colours), the later one gets a colour of its own in that chart.
/// </summary>
public static class EntityColors
{
    // 24 hues that stay apart, the first eight Okabe–Ito (safe for colour-blind readers), then Paul Tol's bright,
    // muted and dark sets.
    private static readonly string[] Palette =
    [
        "#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000", "#F0E442",
        "#332288", "#882255", "#117733", "#AA4499", "#44AA99", "#999933", "#661100", "#6699CC",
        "#888888", "#DDCC77", "#EE6677", "#228833", "#4477AA", "#AA3377", "#BBBBBB", "#994F00",
    ];

    private static readonly Dictionary<string, int> Assigned = new(StringComparer.Ordinal);
    private static readonly int[] Uses = new int[Palette.Length];
    private static readonly Lock Gate = new();

    /// <summary>Colours the palette holds before a session's colours repeat.</summary>
    public static int Distinct => Palette.Length;

    /// <summary>The colour of an entity id, assigned on first use: the palette's least used colour, in palette order.</summary>
    public static string Of(string entity)
    {
        lock (Gate) return Palette[IndexOf(entity)];
    }

    /// <summary>
    /// The colours of one chart's traces, in order: each entity's session colour, except that an entity whose colour an
    /// earlier trace of the chart already has gets the first colour the chart does not use yet.
    /// </summary>
    public static string[] For(IReadOnlyList<string> entities)
    {
        lock (Gate)
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

    /// <summary>Forgets all assignments (a new session of charts).</summary>
    public static void Reset()
    {
        lock (Gate)
        {
            Assigned.Clear();
            Array.Clear(Uses);
        }
    }

    private static int IndexOf(string entity)
    {
        if (Assigned.TryGetValue(entity, out var index)) return index;
        index = 0;
        for (var k = 1; k < Uses.Length; k++)
            if (Uses[k] < Uses[index]) index = k;
        Uses[index]++;
        Assigned[entity] = index;
        return index;
    }
}
