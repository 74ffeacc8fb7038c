namespace NewsLens;

/// <summary>Column names of <see cref="Corpus.Articles"/>, in order.</summary>
public static class ArticleColumns
{
    /// <summary>Stable article id (string).</summary>
    public const string Id = "Id";
    /// <summary>Headline (string).</summary>
    public const string Title = "Title";
    /// <summary>Author or agency (string, may be null).</summary>
    public const string Byline = "Byline";
    /// <summary>Site from an http(s) url, e.g. themoscowtimes.com, else the record's source field (string, may be null).</summary>
    public const string Source = "Source";
    /// <summary>Publication date at midnight, Kind unspecified (DateTime, null when undated).</summary>
    public const string Published = "Published";
    /// <summary>Original url (string, may be null).</summary>
    public const string Url = "Url";
    /// <summary>Photo caption or credit (string, may be null).</summary>
    public const string Caption = "Caption";
    /// <summary>Place of the wire dateline opening the body, e.g. London (string, may be null).</summary>
    public const string Dateline = "Dateline";
    /// <summary>Body text (string).</summary>
    public const string Text = "Text";
    /// <summary>Words in title and body (int).</summary>
    public const string Words = "Words";
    /// <summary>File the article came from (string).</summary>
    public const string Path = "Path";
    /// <summary>Line in that file where the article starts (int).</summary>
    public const string Line = "Line";
}
