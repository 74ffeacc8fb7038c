
namespace NewsLens;

/// <summary>
/// A lexicon compiled for counting: one pass over a text finds the mentions of every entry (see the matching
/// rules in README.md). Thread-safe; each thread scans with its own buffers.
/// </summary>
public sealed class Matcher
{
    private readonly PhraseTrie _trie;
    private readonly CompiledPattern[] _patterns;
    private readonly ThreadLocal<Scanner> _scanners;

    private Matcher(Lexicon lexicon, bool filterStarts = true)
    {
        Lexicon = lexicon;
        var patterns = new List<CompiledPattern>();
        // Dateline places get a trie of their own, walked over the dateline alone: thousands of city names would
        // otherwise slow the walk over every word of every body for a few characters at its start.
        var datelinePatterns = new List<CompiledPattern>();
        for (var e = 0; e < lexicon.Entries.Count; e++)
        {
            var entry = lexicon.Entries[e];
            var hasWeak = entry.Aliases.Any(a => a.IsWeak);
            foreach (var alias in entry.Aliases)
            {
                // A capital in a dateline ("MOSCOW, March 2 -") says where the story is, metonyms on or off.
                if (alias.IsDateline || (alias.IsMetonym && !lexicon.UsesMetonyms))
                    datelinePatterns.Add(new CompiledPattern(e, alias.Text, alias.IsPattern, entry.CaseSensitive, IsExclude: false, datelinePatterns.Count) { IsDatelineOnly = true });
                if (alias.IsDateline) continue;
                var evidence = alias.IsMetonym && !lexicon.UsesMetonyms;
                // A metonym switched off still vouches for the entry's weak aliases ("Georgia" beside "Tbilisi").
                if (evidence && !hasWeak) continue;
                patterns.Add(new CompiledPattern(e, alias.Text, alias.IsPattern, entry.CaseSensitive, IsExclude: false, patterns.Count)
                {
                    IsWeak = alias.IsWeak,
                    IsEvidence = evidence,
                });
            }
            foreach (var exclude in entry.Excludes)
                patterns.Add(new CompiledPattern(e, exclude, IsPattern: false, entry.CaseSensitive, IsExclude: true, patterns.Count));
        }
        _patterns = [.. patterns];
        _trie = PhraseTrie.Build(patterns.Select(p => Fold(p.Text)).ToList());
        CompiledPattern[] datelines = [.. datelinePatterns];
        var datelineTrie = datelines.Length > 0 ? PhraseTrie.Build(datelines.Select(p => Fold(p.Text)).ToList()) : null;
        var starts = filterStarts ? new StartTriples(_patterns) : StartTriples.Everything();
        var datelineStarts = filterStarts ? new StartTriples(datelines) : StartTriples.Everything();
        _scanners = new ThreadLocal<Scanner>(() =>
            new Scanner(_trie, _patterns, starts, datelineTrie is null ? null : new Scanner(datelineTrie, datelines, datelineStarts, null)));
    }

    /// <summary>The lexicon this matcher counts.</summary>
    public Lexicon Lexicon { get; }

    /// <summary>Phrases compiled (aliases in use plus excludes).</summary>
    public int Patterns => _patterns.Length;

    /// <summary>Compiles a lexicon.</summary>
    public static Matcher For(Lexicon lexicon) => new(lexicon);

    /// <summary>A matcher that walks the trie from every start: slower, the same mentions (what tests compare against).</summary>
    internal static Matcher WithoutStartFilter(Lexicon lexicon) => new(lexicon, filterStarts: false);

    /// <summary>The mentions in an article's title and body, in text order.</summary>
    public IReadOnlyList<Match> Find(Article article) => Find(article.Title, article.Text);

    /// <summary>The mentions in a title and body, in text order; offsets index into <c>title + "\n\n" + body</c>.</summary>
    public IReadOnlyList<Match> Find(string title, string body)
    {
        var matches = new List<Match>();
        _scanners.Value!.Find(title, body, matches);
        return matches;
    }

    /// <summary>Finds into a caller's list, so a hot loop allocates nothing per article.</summary>
    internal void Find(string title, string body, List<Match> matches) => _scanners.Value!.Find(title, body, matches);

    private static string Fold(string text) => string.Create(text.Length, text, static (span, source) =>
    {
        for (var i = 0; i < source.Length; i++) span[i] = char.ToLowerInvariant(source[i]);
    });
}
