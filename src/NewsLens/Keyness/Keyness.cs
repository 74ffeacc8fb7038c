using System.Text;

namespace NewsLens;

/// <summary>
/// Words and two-word phrases that one group of articles uses far more than another, by Dunning's log-likelihood on
/// the number of articles using each (an article that repeats a word counts once). Function words are left out;
/// names are kept, written as most often capitalised.
/// </summary>
internal static class Keyness
{
    /// <summary>Phrases over-used in <paramref name="target"/> against <paramref name="reference"/>, most distinctive first.</summary>
    /// <param name="target">The articles to describe.</param>
    /// <param name="reference">The articles to set them against.</param>
    /// <param name="minArticles">Fewest target articles a phrase must appear in.</param>
    /// <param name="top">How many to return.</param>
    /// <param name="without">Words (any case) no phrase may contain: the name of the entity both groups are about.</param>
    public static IReadOnlyList<KeyPhrase> Compare(IReadOnlyList<Article> target, IReadOnlyList<Article> reference, int top = 8, int minArticles = 2,
        IReadOnlySet<string>? without = null) =>
        target.Count == 0 || reference.Count == 0 ? [] : Compare(PhraseCounts.Of(target), PhraseCounts.Of(reference, forms: false), top, minArticles, without);

    /// <summary>Phrases over-used in one set of counted articles against another (counted once, compared many times).</summary>
    public static IReadOnlyList<KeyPhrase> Compare(PhraseCounts target, PhraseCounts reference, int top = 8, int minArticles = 2,
        IReadOnlySet<string>? without = null)
    {
        if (target.Articles == 0 || reference.Articles == 0) return [];
        double c = target.Articles, d = reference.Articles;
        var phrases = new List<KeyPhrase>();
        foreach (var (key, a) in target.Counts)
        {
            if (a < minArticles) continue;
            if (without is not null && key.Split(' ').Any(without.Contains)) continue;
            var b = reference.Counts.GetValueOrDefault(key);
            if (a / c <= b / d) continue;
            phrases.Add(new KeyPhrase(target.FormOf(key), a, b, LogLikelihood(a, b, c, d)));
        }
        // A phrase and a word inside it say the same: keep a word only when it is not just part of a kept phrase.
        // Equal keyness (a phrase and its words in the same articles): the longer says more.
        var ranked = phrases.OrderByDescending(p => Math.Round(p.Keyness, 9)).ThenByDescending(p => p.Phrase.Count(c => c == ' '))
            .ThenBy(p => p.Phrase, StringComparer.Ordinal).ToList();
        var kept = new List<KeyPhrase>();
        foreach (var p in ranked)
        {
            if (kept.Count == top) break;
            var lower = p.Phrase.ToLowerInvariant();
            if (kept.Any(k => Contains(k.Phrase.ToLowerInvariant(), lower) || Contains(lower, k.Phrase.ToLowerInvariant()) && k.Articles >= p.Articles)) continue;
            kept.Add(p);
        }
        return kept;
    }

    /// <summary>Dunning's G² for a count <paramref name="a"/> of <paramref name="c"/> against <paramref name="b"/> of <paramref name="d"/>.</summary>
    public static double LogLikelihood(double a, double b, double c, double d)
    {
        var e1 = c * (a + b) / (c + d);
        var e2 = d * (a + b) / (c + d);
        var g = 0.0;
        if (a > 0) g += a * Math.Log(a / e1);
        if (b > 0) g += b * Math.Log(b / e2);
        return 2 * g;
    }

    private static bool Contains(string phrase, string word) =>
        phrase.Length > word.Length && (" " + phrase + " ").Contains(" " + word + " ", StringComparison.Ordinal);

    /// <summary>The single-word keys of a name or title ("Marta Alvarez" gives marta, alvarez), for leaving a name's own words out.</summary>
    internal static HashSet<string> Words(string text) =>
        Phrases(text).Select(p => p.Key).Where(k => !k.Contains(' ')).ToHashSet(StringComparer.Ordinal);

    /// <summary>Words (not function words, not bare numbers) and pairs of adjacent such words within a sentence.</summary>
    /// <param name="text">A title or a body.</param>
    /// <param name="headline">True for a title written in capitals ("BAHIA COCOA REVIEW"): its words are shown as a reader would write them.</param>
    internal static IEnumerable<(string Key, string Form)> Phrases(string text, bool headline = false)
    {
        string? previous = null;
        var word = new StringBuilder();
        for (var i = 0; i <= text.Length; i++)
        {
            var ch = i < text.Length ? text[i] : '\n';
            if (char.IsLetterOrDigit(ch) || ((ch is '\'' or '’' or '-') && word.Length > 0 && i + 1 < text.Length && char.IsLetter(text[i + 1])))
            {
                word.Append(ch == '’' ? '\'' : ch);
                continue;
            }
            if (word.Length > 0)
            {
                var w = Trim(word.ToString());
                word.Clear();
                if (IsContent(w))
                {
                    // A headline in capitals is rewritten as a reader would write it. In a body, a short word in capitals
                    // is an acronym (BBC, USDA, NATO); a longer one is a wire dateline or a table shouting (PEKING, SOYOIL).
                    var shouted = headline || w.Length > MaxAcronym && w.All(c => !char.IsLetter(c) || char.IsUpper(c));
                    var form = shouted && w.Length > 1 ? char.ToUpperInvariant(w[0]) + w[1..].ToLowerInvariant() : w;
                    yield return (form.ToLowerInvariant(), form);
                    if (previous is not null) yield return ((previous + " " + form).ToLowerInvariant(), previous + " " + form);
                    previous = form;
                }
                else previous = null;
            }
            // A sentence or clause break, or a line break, ends a phrase.
            if (ch is '.' or ',' or ';' or ':' or '!' or '?' or '\n' or '(' or ')' or '"' or '“' or '”') previous = null;
        }
    }

    // Longest word in capitals read as an acronym in a body.
    private const int MaxAcronym = 5;

    // "Putin's" is Putin for keyness.
    private static string Trim(string w) => w.EndsWith("'s", StringComparison.OrdinalIgnoreCase) ? w[..^2] : w;

    private static bool IsContent(string w) =>
        w.Length >= 2 && w.Any(char.IsLetter) && !StopWords.Contains(w);

    /// <summary>English function words, reporting verbs and date words, which every group of news articles uses alike.</summary>
    internal static readonly HashSet<string> StopWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "about", "above", "after", "again", "against", "all", "almost", "also", "although", "am", "among", "an", "and",
        "another", "any", "are", "around", "as", "at", "be", "became", "because", "been", "before", "being", "below",
        "between", "both", "but", "by", "can", "could", "did", "do", "does", "doing", "done", "down", "during", "each",
        "either", "else", "even", "ever", "every", "few", "for", "from", "further", "had", "has", "have", "having", "he",
        "her", "here", "hers", "herself", "him", "himself", "his", "how", "however", "if", "in", "into", "is", "it", "its",
        "itself", "just", "last", "least", "less", "like", "made", "make", "many", "may", "me", "might", "more", "most",
        "much", "must", "my", "near", "neither", "never", "new", "no", "nor", "not", "now", "of", "off", "often", "on",
        "once", "one", "only", "or", "other", "others", "our", "ours", "out", "over", "own", "per", "rather", "said",
        "same", "say", "says", "see", "several", "she", "should", "since", "so", "some", "still", "such", "than", "that",
        "the", "their", "theirs", "them", "themselves", "then", "there", "these", "they", "this", "those", "though",
        "through", "to", "told", "too", "two", "under", "until", "up", "upon", "us", "very", "was", "we", "were", "what",
        "when", "where", "whether", "which", "while", "who", "whom", "whose", "why", "will", "with", "within", "without",
        "would", "year", "years", "yet", "you", "your", "yours", "mr", "mrs", "ms", "according", "added", "week", "day",
        "days", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "three", "first", "time",
        "people", "including", "reported", "reuters", "ap", "afp", "percent", "pct", "it's", "don't", "i", "n't",
        // Month names set any period apart from the others and say nothing of what happened in it.
        "january", "february", "march", "april", "june", "july", "august", "september", "october", "november", "december",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    };
}
