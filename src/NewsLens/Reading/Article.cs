namespace NewsLens;

/// <summary>One news article as read from a file, a JSONL line or a CSV row.</summary>
/// <param name="Id">Stable identifier: a hash of the url, or of title, date and text where there is no url.</param>
/// <param name="Title">Headline, on one line.</param>
/// <param name="Byline">Author or agency without the leading "By ", if given.</param>
/// <param name="Source">Site the article came from: the host of an http(s) url without "www.", else the record's source field.</param>
/// <param name="Published">Publication date as written in the article, if it could be read.</param>
/// <param name="Url">Original url, if given.</param>
/// <param name="Caption">Photo caption or credit line under the date, if any.</param>
/// <param name="Dateline">Place of a wire dateline opening the body ("LONDON, March 23 -" gives "London"); the dateline stays in the text.</param>
/// <param name="Text">Body paragraphs separated by blank lines; related-article links excluded.</param>
/// <param name="Related">Titles from "Related article:" lines, which link elsewhere and are not body.</param>
/// <param name="Words">Words in title and body, the text that mention counting searches.</param>
/// <param name="Path">File the article came from.</param>
/// <param name="Line">Line in that file where the article starts (1-based).</param>
public sealed record Article(
    string Id,
    string Title,
    string? Byline,
    string? Source,
    DateOnly? Published,
    string? Url,
    string? Caption,
    string? Dateline,
    string Text,
    IReadOnlyList<string> Related,
    int Words,
    string Path,
    int Line)
{
    /// <summary>Fields of a JSONL or CSV record beyond the known ones, kept for grouping (<c>mentions.Timeline(Period.Month, by: "section")</c>).</summary>
    public ArticleFields Fields { get; init; } = ArticleFields.None;

    /// <summary>
    /// Builds an article and derives its id, source, dateline and word count from the fields read; a
    /// <paramref name="source"/> field names the source when the url is not http(s).
    /// </summary>
    public static Article Create(
        string title, string? byline, DateOnly? published, string? url, string? caption,
        string text, IReadOnlyList<string> related, string path, int line, string? source = null) =>
        Create(title, byline, published, url, caption, text, related, path, line, source, ArticleFields.None);

    /// <summary>As the public overload, with a record's extra fields (one object made, not two).</summary>
    internal static Article Create(
        string title, string? byline, DateOnly? published, string? url, string? caption,
        string text, IReadOnlyList<string> related, string path, int line, string? source, ArticleFields fields)
    {
        url = Blank(url);
        return new Article(
            ArticleId.For(title, published, url, text),
            title,
            Blank(byline),
            SourceSite.FromUrl(url) ?? Blank(source),
            published,
            url,
            Blank(caption),
            Datelines.PlaceOf(text),
            text,
            related,
            WordCount.Of(title) + WordCount.Of(text),
            path,
            line) { Fields = fields };
    }

    private static string? Blank(string? value) =>
        string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
