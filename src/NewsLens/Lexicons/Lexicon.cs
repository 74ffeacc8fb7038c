namespace NewsLens;

/// <summary>
/// A set of actors or topics to count, loaded from one or more YAML files. Immutable; ids and alias texts
/// claim distinct text across everything it combines (weak aliases may be shared).
/// </summary>
public sealed class Lexicon
{
    internal Lexicon(IReadOnlyList<LexiconEntry> entries, bool metonyms, IReadOnlyList<string> warnings)
    {
        Entries = entries;
        UsesMetonyms = metonyms;
        Warnings = warnings;
    }

    private Lexicon((List<LexiconEntry> Entries, List<string> Warnings) checkedEntries, bool metonyms, IEnumerable<string>? earlier = null)
        : this(checkedEntries.Entries, metonyms, [.. earlier ?? [], .. checkedEntries.Warnings])
    {
    }

    /// <summary>The entries, in file order.</summary>
    public IReadOnlyList<LexiconEntry> Entries { get; }

    /// <summary>Whether metonym aliases ("Pyongyang" for North Korea) count as mentions. Off unless switched on.</summary>
    public bool UsesMetonyms { get; }

    /// <summary>Notes on entries that were loaded anyway, each <c>file:line: what; what was done</c> (an alias repeated in one entry).</summary>
    public IReadOnlyList<string> Warnings { get; }

    /// <summary>Loads and combines lexicon files; every error is reported at once with file, line and fix.</summary>
    /// <exception cref="LexiconException">A file is missing or malformed, or two entries share an id or an alias.</exception>
    public static Lexicon Load(params string[] paths) => Of([.. paths.Select(LexiconFile.Read)]);

    /// <summary>Compiles lexicon files already read (<see cref="Sources"/> of another lexicon, sent to another machine), as <see cref="Load"/> would.</summary>
    /// <exception cref="LexiconException">The YAML is malformed or breaks a rule.</exception>
    public static Lexicon Of(IReadOnlyList<LexiconSource> sources) =>
        new(LexiconValidation.CheckAcross([.. sources.Select(s => LexiconFile.Parse(s.Yaml, s.Name))]), metonyms: false) { Sources = sources };

    /// <summary>Parses lexicon YAML held in a string; <paramref name="name"/> stands for the file in messages.</summary>
    /// <exception cref="LexiconException">The YAML is malformed or breaks a rule.</exception>
    public static Lexicon Parse(string yaml, string name = "lexicon.yaml") => Of([new LexiconSource(name, yaml)]);

    /// <summary>Combines lexicons; an id or alias claimed twice is an error unless both are weak.</summary>
    /// <exception cref="LexiconException">Two entries share an id or an alias.</exception>
    public static Lexicon Combine(params Lexicon[] lexicons) =>
        new(LexiconValidation.CheckAcross([lexicons.SelectMany(l => l.Entries).ToList()]),
            lexicons.Any(l => l.UsesMetonyms), lexicons.SelectMany(l => l.Warnings)) { Sources = [.. lexicons.SelectMany(l => l.Sources)] };

    /// <summary>The same lexicon with metonym aliases switched on or off.</summary>
    public Lexicon WithMetonyms(bool on = true) => new(Entries, on, Warnings) { Sources = Sources };

    /// <summary>The YAML it was read from, file by file, so another machine can compile the same lexicon (shards and their merge).</summary>
    public IReadOnlyList<LexiconSource> Sources { get; private init; } = [];

    /// <summary>The entry with this id.</summary>
    /// <exception cref="KeyNotFoundException">No entry has that id; the message lists close ids.</exception>
    public LexiconEntry this[string id] =>
        Entries.FirstOrDefault(e => e.Id == id)
        ?? throw new KeyNotFoundException($"no entry '{id}' in the lexicon" +
            (Entries.Where(e => e.Id.Contains(id, StringComparison.OrdinalIgnoreCase) || e.Label.Contains(id, StringComparison.OrdinalIgnoreCase))
                .Select(e => e.Id).Take(5).ToList() is { Count: > 0 } near ? $"; did you mean {string.Join(", ", near)}?" : ""));
}
