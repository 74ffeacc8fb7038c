namespace NewsLens;

/// <summary>Derives ids that stay the same across runs, machines and file moves.</summary>
internal static class ArticleId
{
    /// <summary>16 hex digits of SHA-256 over the url, or over title, date and text when there is no url.</summary>
    public static string For(string title, DateOnly? published, string? url, string text)
    {
        // The url identifies an article even when its text was re-scraped with small changes;
        // without one, the content is all we have.
        Span<byte> hash = stackalloc byte[32];
        if (url is not null) ContentDigest.Of("url\n", url, hash);
        else ContentDigest.Of("content\n", title, published, text, hash);
        return Convert.ToHexStringLower(hash[..8]);
    }
}
