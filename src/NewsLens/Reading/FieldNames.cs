namespace NewsLens;

/// <summary>
/// The column names (CSV) and keys (JSONL) the readers understand, compared without regard to case;
/// the first name in each list is the documented one, the rest are synonyms found in common exports.
/// </summary>
internal static class FieldNames
{
    /// <summary>Headline. Required.</summary>
    public static readonly IReadOnlyList<string> Title = ["title", "headline", "head_line", "headline_text"];
    /// <summary>Publication date or date-time.</summary>
    public static readonly IReadOnlyList<string> Published = ["published", "date", "published_at", "publishedAt", "publish_date", "pubdate", "datetime", "timestamp"];
    /// <summary>Body text.</summary>
    public static readonly IReadOnlyList<string> Text = ["text", "body", "content", "article", "story"];
    /// <summary>Original url.</summary>
    public static readonly IReadOnlyList<string> Url = ["url", "link", "href", "uri"];
    /// <summary>Author; the first present of these wins.</summary>
    public static readonly IReadOnlyList<string> Byline = ["byline", "author", "authors"];
    /// <summary>Outlet or agency, the article's source when its url is not http(s); a JSON object gives its "name".</summary>
    public static readonly IReadOnlyList<string> Source = ["source", "agency", "publisher", "outlet", "site"];
    /// <summary>Photo caption or credit.</summary>
    public static readonly IReadOnlyList<string> Caption = ["caption", "photo_caption", "credit"];

    /// <summary>Finds the first of <paramref name="names"/> among <paramref name="available"/>, ignoring case.</summary>
    internal static string? Pick(IReadOnlyList<string> names, IReadOnlyCollection<string> available)
    {
        foreach (var name in names)
            foreach (var candidate in available)
                if (string.Equals(candidate.Trim(), name, StringComparison.OrdinalIgnoreCase))
                    return candidate;
        return null;
    }
}
