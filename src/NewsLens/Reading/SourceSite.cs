namespace NewsLens.Reading;

/// <summary>Names the site an article came from, from its url.</summary>
internal static class SourceSite
{
    /// <summary>The url's host in lower case without a leading "www.", or null when there is no absolute url.</summary>
    public static string? FromUrl(string? url)
    {
        if (url is null || !Uri.TryCreate(url, UriKind.Absolute, out var uri) || string.IsNullOrEmpty(uri.Host))
            return null;
        var host = uri.Host.ToLowerInvariant();
        return host.StartsWith("www.", StringComparison.Ordinal) ? host[4..] : host;
    }
}
