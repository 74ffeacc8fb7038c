using System.Globalization;

namespace NewsLens;

/// <summary>
/// How articles fall into groups to compare: by source, byline, dateline place, a field of the export
/// (<c>"section"</c>), or any rule of your own. A string converts: <c>by: "source"</c>.
/// </summary>
public sealed class Grouping
{
    private Grouping(string name, Func<Article, string?> keyOf)
    {
        Name = name;
        KeyOf = keyOf;
    }

    /// <summary>What the groups are, for titles and captions ("source", "dateline", "section").</summary>
    public string Name { get; }

    /// <summary>The group of an article; null or blank leaves it out of every group.</summary>
    public Func<Article, string?> KeyOf { get; }

    /// <summary>By <see cref="Article.Source"/>: the site of the url, or the record's source field.</summary>
    public static Grouping Source { get; } = new(ArticleColumns.Source, a => a.Source);

    /// <summary>By <see cref="Article.Byline"/>.</summary>
    public static Grouping Byline { get; } = new(ArticleColumns.Byline, a => a.Byline);

    /// <summary>By <see cref="Article.Dateline"/>, the place a wire story was filed from.</summary>
    public static Grouping Dateline { get; } = new(ArticleColumns.Dateline, a => a.Dateline);

    /// <summary>By a field the JSONL or CSV records carried (<see cref="Article.Fields"/>), named as in the export, any case.</summary>
    public static Grouping Field(string name) => new(name, a => a.Fields.TryGetValue(name, out var v) ? v : null);

    /// <summary>By a rule of your own: <c>Grouping.By("section", a => a.Url?.Contains("/opinion/") == true ? "opinion" : "news")</c>.</summary>
    public static Grouping By(string name, Func<Article, string?> keyOf) => new(name, keyOf);

    /// <summary>The group of each article (trimmed; null when blank), and the groups with their sizes, largest first (ties by name).</summary>
    internal (string?[] Keys, List<KeyValuePair<string, int>> Sizes) Split(IReadOnlyList<Article> articles)
    {
        var keys = articles.Select(a => KeyOf(a)?.Trim()).Select(k => string.IsNullOrEmpty(k) ? null : k).ToArray();
        var sizes = keys.Where(k => k is not null).CountBy(k => k!, StringComparer.Ordinal)
            .OrderByDescending(g => g.Value).ThenBy(g => g.Key, StringComparer.Ordinal).ToList();
        return (keys, sizes);
    }

    /// <summary>"source", "byline" or "dateline" (any case), else the export field of that name.</summary>
    public static Grouping Named(string name) => name.Trim().ToLowerInvariant() switch
    {
        ArticleColumns.Source => Source,
        ArticleColumns.Byline => Byline,
        ArticleColumns.Dateline => Dateline,
        _ => Field(name.Trim()),
    };

    /// <summary>A column name as a grouping (<see cref="Named"/>).</summary>
    public static implicit operator Grouping(string name) => Named(name);

    /// <summary>Why this grouping was chosen, when <see cref="Suggest"/> or <see cref="For"/> chose it; null for one named in code.</summary>
    public string? Reason { get; private init; }

    /// <summary>By the year of publication: any dated corpus has it, so one source can still be compared with itself over time.</summary>
    public static Grouping Year { get; } = new("year", a => a.Published?.Year.ToString(CultureInfo.InvariantCulture));

    /// <summary>
    /// The first of source, dateline, byline and the export's own fields that splits the articles into at least two
    /// groups of <paramref name="minArticles"/> or more which together hold a third of them, else the year when that
    /// does; null when nothing does. <paramref name="minArticles"/> defaults to one article in fifty, between 5 and 10.
    /// </summary>
    public static Grouping? Suggest(IReadOnlyList<Article> articles, int? minArticles = null)
    {
        var least = minArticles ?? LeastGroup(articles.Count);
        var fields = new List<string>();
        foreach (var a in articles)
            foreach (var name in a.Fields.Keys)
                if (!fields.Exists(f => string.Equals(f, name, StringComparison.OrdinalIgnoreCase))) fields.Add(name);
        // An export's own "dateline" or "source" field is raw ("NEW YORK, April 7 -"); the article's is read from it.
        fields.RemoveAll(f => f.Equals(Source.Name, StringComparison.OrdinalIgnoreCase) || f.Equals(Dateline.Name, StringComparison.OrdinalIgnoreCase)
            || f.Equals(Byline.Name, StringComparison.OrdinalIgnoreCase));
        var tried = new List<string>();
        foreach (var grouping in (IEnumerable<Grouping>)[Source, Dateline, Byline, .. fields.Select(Field), Year])
        {
            var sizes = grouping.Split(articles).Sizes.Select(g => g.Value).Where(n => n >= least).ToList();
            if (sizes.Count >= 2 && sizes.Sum() * 3 >= articles.Count)
            {
                var held = (double)sizes.Sum() / articles.Count;
                var why = $"by {grouping.Name}: {sizes.Count:N0} {Plural(grouping.Name)} of {least} or more articles hold {held.ToString("0%", CultureInfo.InvariantCulture)} of the articles";
                if (tried.Count > 0) why += $" (no {string.Join(", ", tried)} splits this corpus so)";
                return new Grouping(grouping.Name, grouping.KeyOf) { Reason = why };
            }
            tried.Add(grouping.Name);
        }
        return null;
    }

    /// <summary>
    /// A notebook's setting: "auto" (<see cref="Suggest"/>, else <see cref="Source"/> with a reason saying there is
    /// nothing to compare) or a column name (<see cref="Named"/>).
    /// </summary>
    public static Grouping For(string setting, IReadOnlyList<Article> articles)
    {
        if (!string.Equals(setting.Trim(), "auto", StringComparison.OrdinalIgnoreCase))
        {
            var named = Named(setting);
            var groups = articles.Select(named.KeyOf).Where(k => !string.IsNullOrWhiteSpace(k)).Distinct(StringComparer.Ordinal).Count();
            return new Grouping(named.Name, named.KeyOf) { Reason = $"by {named.Name}, as set: {groups:N0} {Plural(named.Name, groups)}" };
        }
        return Suggest(articles) ?? new Grouping(Source.Name, Source.KeyOf)
        {
            Reason = "nothing splits this corpus into groups to compare: not its sources, datelines, bylines, export fields or years; set groupBy to a column to try one",
        };
    }

    /// <summary>Fewest articles a group needs to be compared: one in fifty of the corpus, at least 5 (fewer say nothing) and at most 10 (more would hide real outlets of a large corpus).</summary>
    internal static int LeastGroup(int articles) => Math.Clamp(articles / 50, 5, 10);

    private static string Plural(string noun, int n = 2) => n == 1 || noun.EndsWith('s') ? noun : noun + "s";

    /// <inheritdoc />
    public override string ToString() => Name;
}
