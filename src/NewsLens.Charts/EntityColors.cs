namespace NewsLens.Charts;

/// <summary>
/// One colour per entity for a whole session: the first chart that shows an entity gives it the next colour of
/// the palette, and every later chart uses the same one, so "Putin" is the same blue everywhere.
/// </summary>
public static class EntityColors
{
    // Okabe–Ito and Tableau-like hues chosen to stay apart for readers with colour-blindness.
    private static readonly string[] Palette =
    [
        "#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#332288", "#882255",
        "#117733", "#AA4499", "#44AA99", "#999933", "#661100", "#6699CC", "#888888", "#DDCC77",
    ];

    private static readonly Dictionary<string, string> Assigned = new(StringComparer.Ordinal);
    private static readonly Lock Gate = new();

    /// <summary>The colour of an entity id, assigned on first use.</summary>
    public static string Of(string entity)
    {
        lock (Gate)
        {
            if (!Assigned.TryGetValue(entity, out var colour))
            {
                colour = Palette[Assigned.Count % Palette.Length];
                Assigned[entity] = colour;
            }
            return colour;
        }
    }

    /// <summary>Forgets all assignments (a new session of charts).</summary>
    public static void Reset()
    {
        lock (Gate) Assigned.Clear();
    }
}
