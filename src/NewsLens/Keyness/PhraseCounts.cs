namespace NewsLens;

/// <summary>
/// How many articles of a set use each word and two-word phrase (<see cref="Keyness.Phrases"/>), and how each is most
/// often written. Counted once per set, so one group can be set against many others, or against the rest of a corpus.
/// </summary>
internal sealed class PhraseCounts
{
    private readonly Dictionary<string, Dictionary<string, int>>? _forms;

    private PhraseCounts(int articles, Dictionary<string, int> counts, Dictionary<string, Dictionary<string, int>>? forms)
    {
        Articles = articles;
        Counts = counts;
        _forms = forms;
    }

    /// <summary>Articles counted.</summary>
    public int Articles { get; }

    /// <summary>Articles using each phrase, by its lower-case key.</summary>
    public IReadOnlyDictionary<string, int> Counts { get; }

    /// <summary>Counts the articles; <paramref name="forms"/> also keeps how each phrase is written, for showing it.</summary>
    public static PhraseCounts Of(IEnumerable<Article> articles, bool forms = true)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var written = forms ? new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal) : null;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var n = 0;
        foreach (var article in articles)
        {
            n++;
            seen.Clear();
            // Headlines capitalise for display; a body writes a phrase as readers do, so its forms weigh double.
            var shouted = !article.Title.Any(char.IsLower);
            foreach (var (text, weight, headline) in new[] { (article.Title, 1, shouted), (article.Text, 2, false) })
                foreach (var (key, form) in Keyness.Phrases(text, headline))
                {
                    if (seen.Add(key)) counts[key] = counts.GetValueOrDefault(key) + 1;
                    if (written is null) continue;
                    var f = written.TryGetValue(key, out var known) ? known : written[key] = new Dictionary<string, int>(StringComparer.Ordinal);
                    f[form] = f.GetValueOrDefault(form) + weight;
                }
        }
        return new PhraseCounts(n, counts, written);
    }

    /// <summary>The counts of these articles without <paramref name="part"/>, a subset of them: "every other group" from the whole and one group.</summary>
    public PhraseCounts Minus(PhraseCounts part)
    {
        var counts = new Dictionary<string, int>(Counts, StringComparer.Ordinal);
        foreach (var (key, n) in part.Counts)
            if ((counts[key] -= n) == 0) counts.Remove(key);
        Dictionary<string, Dictionary<string, int>>? forms = null;
        if (_forms is not null)
        {
            forms = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
            foreach (var (key, written) in _forms)
            {
                if (!counts.ContainsKey(key)) continue;
                var left = new Dictionary<string, int>(written, StringComparer.Ordinal);
                if (part._forms?.GetValueOrDefault(key) is { } taken)
                    foreach (var (form, w) in taken)
                        if ((left[form] -= w) <= 0) left.Remove(form);
                forms[key] = left.Count > 0 ? left : written;
            }
        }
        return new PhraseCounts(Articles - part.Articles, counts, forms);
    }

    /// <summary>The form most often written; ties to the ordinal first, so the result never depends on article order.</summary>
    public string FormOf(string key) =>
        _forms?.GetValueOrDefault(key) is { Count: > 0 } forms
            ? forms.OrderByDescending(f => f.Value).ThenBy(f => f.Key, StringComparer.Ordinal).First().Key
            : key;
}
