using System.Text.RegularExpressions;
using Microsoft.Data.Analysis;

namespace NewsLens;

/// <summary>A name phrase the lexicon lacks, with how often and how widely it occurs.</summary>
/// <param name="Phrase">The capitalised phrase, titles stripped ("Stephen Biegun", not "Special Representative Stephen Biegun").</param>
/// <param name="Mentions">Occurrences in article bodies.</param>
/// <param name="Articles">Articles it occurs in.</param>
/// <param name="Cued">Occurrences right after a title or role word ("President", "Foreign Minister", "leader"): a sign it names a person.</param>
/// <param name="Example">Title of the earliest dated article it occurs in (the first article when none is dated).</param>
/// <param name="ExampleDate">Date of that article, if it has one.</param>
public sealed record Candidate(string Phrase, int Mentions, int Articles, int Cued, string Example, DateOnly? ExampleDate);

/// <summary>
/// Finds candidate actors a lexicon lacks: runs of capitalised words in article bodies that no lexicon alias
/// covers. Words that start a sentence only because they start it ("The", "Officials") are dropped: a word the
/// corpus also writes in lower case is not a name at a sentence start. Titles are cues, not part of the name.
/// Whole names are kept ("Securities and Exchange Commission", "Bank for International Settlements"); words in
/// capitals are names ("OPEC"); wire datelines, labels and units ("(WN)", "10:00 UTC") and forms of address
/// ("Excellencies", "Member States") are not.
/// </summary>
public static partial class Discovery
{
    private static readonly HashSet<string> Titles = new(StringComparer.Ordinal)
    {
        "President", "Vice", "Prime", "Minister", "Foreign", "Defense", "Defence", "Secretary", "Chancellor", "Premier",
        "Chairman", "Senator", "Sen.", "Rep.", "Gen.", "General", "Ambassador", "Envoy", "Special", "Representative",
        "Mr.", "Mrs.", "Ms.", "Dr.", "King", "Queen", "Prince", "Crown", "Supreme", "Leader", "Pope", "Governor", "Mayor",
        "Deputy", "Director", "Secretary-General", "Under-Secretary", "Spokesman", "Spokeswoman", "State", "Acting", "Former", "First", "Lady", "Admiral", "Colonel",
        "His", "Her", "Your", "Excellency", "Majesty", "Highness",
    };

    // Forms of address in speeches and diplomatic copy: capitalised, never a name.
    private static readonly HashSet<string> AddressForms = new(StringComparer.Ordinal)
    {
        "Excellencies", "Excellency", "Member States", "Member State", "Ladies", "Gentlemen", "Ladies and Gentlemen",
        "Distinguished Delegates", "Heads of State", "Heads of Government", "Heads of State and Government", "Madam", "Sir",
        "Fellow", "Fellow-Citizens", "Fellow-citizens", "Fellow Citizens", "Fellow Americans",
    };

    private static readonly HashSet<string> RoleWords = new(StringComparer.Ordinal)
    {
        "leader", "minister", "president", "spokesman", "spokeswoman", "spokesperson", "envoy", "ambassador",
        "chancellor", "secretary", "premier", "chairman", "counterpart", "negotiator", "official", "diplomat", "adviser", "advisor",
    };

    private static readonly HashSet<string> NeverNames = new(StringComparer.Ordinal)
    {
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "I", "I'm", "I've", "I'd", "I'll", "A", "The", "An",
    };

    private static readonly HashSet<string> Connectors = new(StringComparer.Ordinal)
    {
        "bin", "ibn", "al", "el", "de", "da", "del", "der", "den", "des", "di", "do", "dos", "du", "van", "von", "la", "le", "of", "the", "and", "for",
    };

    /// <summary>Candidates occurring in at least <paramref name="minArticles"/> articles, widest first.</summary>
    /// <param name="articles">Articles to read (bodies only: titles capitalise every word).</param>
    /// <param name="known">Lexicon whose aliases are already covered; null to list every name.</param>
    /// <param name="minArticles">Leave out phrases seen in fewer articles.</param>
    public static Candidates Find(IReadOnlyList<Article> articles, Lexicon? known = null, int minArticles = 2)
    {
        var lowercase = LowercaseWords(articles);
        var matcher = known is null ? null : Matcher.For(known.WithMetonyms());
        var found = new Dictionary<string, (int Mentions, HashSet<int> Articles, int Cued, int Example)>(StringComparer.Ordinal);

        for (var a = 0; a < articles.Count; a++)
        {
            var body = articles[a].Text;
            // Known spans are blanked, so a known name splits a run instead of joining its neighbours into one phrase;
            // so is a wire dateline, which names where the story was filed ("LOS ANGELES, May 2 -"), in capitals.
            var covered = matcher?.Find("", body) ?? [];
            var offset = SearchedText.Separator.Length;
            var chars = body.ToCharArray();
            foreach (var m in covered)
                for (var i = m.Start - offset; i < m.Start - offset + m.Length; i++) chars[i] = '|';
            for (int i = 0, end = Datelines.LengthAt(body); i < end; i++) chars[i] = '\n';
            foreach (var (phrase, cued) in Phrases(new string(chars), lowercase))
            {
                var entry = found.TryGetValue(phrase, out var e) ? e : (Mentions: 0, Articles: new HashSet<int>(), Cued: 0, Example: a);
                entry.Articles.Add(a);
                var example = Earlier(articles[a], articles[entry.Example]) ? a : entry.Example;
                found[phrase] = (entry.Mentions + 1, entry.Articles, entry.Cued + (cued ? 1 : 0), example);
            }
        }

        return new Candidates(found
            .Where(f => f.Value.Articles.Count >= minArticles)
            .Select(f => new Candidate(f.Key, f.Value.Mentions, f.Value.Articles.Count, f.Value.Cued,
                articles[f.Value.Example].Title, articles[f.Value.Example].Published))
            .OrderByDescending(c => c.Articles).ThenByDescending(c => c.Mentions).ThenBy(c => c.Phrase, StringComparer.Ordinal)
            .ToList());
    }

    /// <summary>Dated before undated, then older first; ties keep load order.</summary>
    private static bool Earlier(Article a, Article than) =>
        a.Published is { } d && (than.Published is not { } t || d < t);

    private static IEnumerable<(string Phrase, bool Cued)> Phrases(string body, HashSet<string> lowercase)
    {
        foreach (System.Text.RegularExpressions.Match run in CapitalisedRun().Matches(body))
        {
            // The rest of a name whose first part the lexicon knows ("President Moon" + "Jae-in") is that name, not a new one.
            if (FollowsKnownName(body, run.Index)) continue;
            var raw = run.Value.Split(' ');
            // A full stop after a word that is no initial or abbreviation ends a sentence: "Congress. It" is two runs.
            var first = true;
            for (var from = 0; from < raw.Length;)
            {
                var to = from;
                while (to < raw.Length - 1 && !EndsSentence(raw[to])) to++;
                var words = raw[from..(to + 1)].Select(w => TrimPossessive(TrimFullStop(w))).ToList();
                var phrase = Phrase(words, body, run, first, lowercase, out var cued);
                if (phrase is not null) yield return (phrase, cued);
                first = false;
                from = to + 1;
            }
        }
    }

    /// <summary>The name in one sentence's part of a run, or null; <paramref name="opening"/> is the run's first part.</summary>
    private static string? Phrase(List<string> words, string body, System.Text.RegularExpressions.Match run, bool opening, HashSet<string> lowercase, out bool cued)
    {
        cued = opening && PrecededByRole(body, run.Index);
        // A run of four words or more in capitals is a shouted heading or a table, not a name.
        if (words.Count >= 4 && words.All(IsCapitals)) return null;
        // A short word in capitals standing alone in brackets or after a figure is a label or a unit: "(WN)", "10:00 UTC".
        if (opening && words.Count == 1 && IsCapitals(words[0]) && words[0].Length <= 4 && IsLabel(body, run.Index, run.Length)) return null;
        var sentenceStart = !opening || IsSentenceStart(body, run.Index);

        // Leading titles ("President", "Foreign Minister") are cues; a common word opening a sentence is not a name.
        while (words.Count > 0 && (Titles.Contains(words[0]) || NeverNames.Contains(words[0]) || AddressForms.Contains(words[0]) ||
                                   (sentenceStart && !IsCapitals(words[0]) && lowercase.Contains(BeforeApostrophe(words[0]).ToLowerInvariant()))))
        {
            if (Titles.Contains(words[0])) cued = true;
            words.RemoveAt(0);
            sentenceStart = false;
        }
        while (words.Count > 0 && (Connectors.Contains(words[^1]) || NeverNames.Contains(words[^1]))) words.RemoveAt(words.Count - 1);
        if (words.Count == 0 || !char.IsUpper(words[0][0])) return null;
        // A lone word the corpus also writes in lower case ("We", "Democratic") is a common word, wherever it stands;
        // in capitals it is an acronym ("OPEC", "WHO").
        if (words.Count == 1 && !IsCapitals(words[0]) && lowercase.Contains(BeforeApostrophe(words[0]).ToLowerInvariant())) return null;
        var phrase = string.Join(' ', words);
        return AddressForms.Contains(phrase) ? null : phrase;
    }

    /// <summary>"Congress." ends a sentence; "J.", "U.S.", "Mr.", "Jr." and "St." do not.</summary>
    private static bool EndsSentence(string word) =>
        word.EndsWith('.') && word.IndexOf('.') == word.Length - 1 && word.Count(char.IsLetter) > 3 && !Titles.Contains(word);

    /// <summary>Two letters or more, all of them capitals ("OPEC", "U.S.", "ANGELES").</summary>
    private static bool IsCapitals(string word) => word.Count(char.IsLetter) >= 2 && !word.Any(char.IsLower);

    private static bool IsLabel(string text, int index, int length)
    {
        var before = index > 0 ? text[index - 1] : ' ';
        var after = index + length < text.Length ? text[index + length] : ' ';
        if (before == '(' && after == ')') return true;
        var i = index - 1;
        while (i >= 0 && text[i] == ' ') i--;
        return i >= 0 && char.IsDigit(text[i]);
    }

    /// <summary>"We're" is "we" for the common-word test.</summary>
    private static string BeforeApostrophe(string word) => word.Split('\'', '\u2019')[0];

    private static bool FollowsKnownName(string text, int index) =>
        (index >= 1 && text[index - 1] == '|') || (index >= 2 && text[index - 1] == ' ' && text[index - 2] == '|');

    /// <summary>"Tuesday." ends a sentence; "U.S." and "Jr." keep their points.</summary>
    private static string TrimFullStop(string word) =>
        word.EndsWith('.') && word.Length > 3 && word.IndexOf('.') == word.Length - 1 && !Titles.Contains(word) ? word[..^1] : word;

    private static string TrimPossessive(string word) =>
        word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("\u2019s", StringComparison.Ordinal) ? word[..^2] : word;

    private static bool IsSentenceStart(string text, int index)
    {
        var i = index - 1;
        while (i >= 0 && (text[i] is ' ' or '"' or '\'' or '\u201C' or '\u2018' or '(')) i--;
        return i < 0 || text[i] is '.' or '!' or '?' or '\n' or ':' or '|';
    }

    private static bool PrecededByRole(string text, int index)
    {
        var before = text[Math.Max(0, index - 24)..index].TrimEnd();
        var space = before.LastIndexOf(' ');
        var word = before[(space + 1)..].TrimEnd(',');
        return RoleWords.Contains(word);
    }

    /// <summary>Words the corpus writes in lower case somewhere: at a sentence start, such a word is not a name.</summary>
    private static HashSet<string> LowercaseWords(IReadOnlyList<Article> articles)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var article in articles)
            foreach (System.Text.RegularExpressions.Match m in LowercaseWord().Matches(article.Text))
                words.Add(m.Value);
        return words;
    }

    // A run of capitalised words (with initials, hyphens and inner apostrophes), joined by single spaces or connectors;
    // "and" and "for" join only when a name of two words or more follows ("Securities and Exchange Commission", not "Smith and Jones").
    // Words join across spaces, never across a line break: a heading or a paragraph's last word is not part of the next line's name.
    [GeneratedRegex(@"(?<![\p{L}\p{N}])\p{Lu}[\p{L}\p{N}'’\-\.]*(?:[ \t](?:(?:bin|ibn|al|el|de|da|del|der|den|des|di|do|dos|du|van|von|la|le|of|of[ \t]the)[ \t]|(?:and|for|for[ \t]the)[ \t](?=\p{Lu}[\p{L}\p{N}'’\-\.]*[ \t]\p{Lu}))?\p{Lu}[\p{L}\p{N}'’\-\.]*)*")]
    private static partial Regex CapitalisedRun();

    [GeneratedRegex(@"(?<![\p{L}\p{N}])\p{Ll}+(?![\p{L}\p{N}])")]
    private static partial Regex LowercaseWord();
}
