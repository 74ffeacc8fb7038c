namespace NewsLens;

/// <summary>Names the site an article came from, from its url.</summary>
internal static class SourceSite
{
    /// <summary>
    /// The url's host in lower case without a leading "www.", or null when there is no http(s) url: made-up schemes
    /// such as <c>reuters21578://1</c> name a record, not a site.
    /// </summary>
    public static string? FromUrl(string? url)
    {
        if (url is null || !Uri.TryCreate(url, UriKind.Absolute, out var uri) || string.IsNullOrEmpty(uri.Host) ||
            (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
            return null;
        var host = uri.Host.ToLowerInvariant();
        return host.StartsWith("www.", StringComparison.Ordinal) ? host[4..] : host;
    }
}
