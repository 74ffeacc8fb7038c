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

    /// <summary>
    /// The first of source, dateline, byline and the export's own fields that splits the articles into at least two
    /// groups of <paramref name="minArticles"/> or more which together hold a third of them; null when none does.
    /// </summary>
    public static Grouping? Suggest(IReadOnlyList<Article> articles, int minArticles = 10)
    {
        var fields = new List<string>();
        foreach (var a in articles)
            foreach (var name in a.Fields.Keys)
                if (!fields.Exists(f => string.Equals(f, name, StringComparison.OrdinalIgnoreCase))) fields.Add(name);
        // An export's own "dateline" or "source" field is raw ("NEW YORK, April 7 -"); the article's is read from it.
        fields.RemoveAll(f => f.Equals(Source.Name, StringComparison.OrdinalIgnoreCase) || f.Equals(Dateline.Name, StringComparison.OrdinalIgnoreCase)
            || f.Equals(Byline.Name, StringComparison.OrdinalIgnoreCase));
        IEnumerable<Grouping> candidates = [Source, Dateline, Byline, .. fields.Select(Field)];
        foreach (var grouping in candidates)
        {
            var sizes = articles.Select(grouping.KeyOf).Where(k => !string.IsNullOrWhiteSpace(k))
                .CountBy(k => k!.Trim(), StringComparer.Ordinal).Select(g => g.Value).Where(n => n >= minArticles).ToList();
            if (sizes.Count >= 2 && sizes.Sum() * 3 >= articles.Count) return grouping;
        }
        return null;
    }

    /// <inheritdoc />
    public override string ToString() => Name;
}
