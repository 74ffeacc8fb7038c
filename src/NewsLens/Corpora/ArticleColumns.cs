namespace NewsLens;

/// <summary>Column names of <see cref="Corpus.Table"/>, in order.</summary>
public static class ArticleColumns
{
    /// <summary>Stable article id (string).</summary>
    public const string Id = "id";
    /// <summary>Headline (string).</summary>
    public const string Title = "title";
    /// <summary>Author or agency (string, may be null).</summary>
    public const string Byline = "byline";
    /// <summary>Site from an http(s) url, e.g. themoscowtimes.com, else the record's source field (string, may be null).</summary>
    public const string Source = "source";
    /// <summary>Publication date at midnight, Kind unspecified (DateTime, null when undated).</summary>
    public const string Published = "published";
    /// <summary>Original url (string, may be null).</summary>
    public const string Url = "url";
    /// <summary>Photo caption or credit (string, may be null).</summary>
    public const string Caption = "caption";
    /// <summary>Place of the wire dateline opening the body, e.g. London (string, may be null).</summary>
    public const string Dateline = "dateline";
    /// <summary>Body text (string).</summary>
    public const string Text = "text";
    /// <summary>Words in title and body (int).</summary>
    public const string Words = "words";
    /// <summary>File the article came from (string).</summary>
    public const string Path = "path";
    /// <summary>Line in that file where the article starts (int).</summary>
    public const string Line = "line";
}
