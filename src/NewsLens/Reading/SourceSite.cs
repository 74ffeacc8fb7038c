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
        if (url is not null && PlainHttpUrl.TryRead(url, out var plain))
        {
            var site = plain.Host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? plain.Host[4..] : plain.Host;
            return site.ContainsAnyInRange('A', 'Z') ? site.ToString().ToLowerInvariant() : site.ToString();
        }
        // Made-up schemes (reuters21578://1) are common in research exports; they can be no http(s) url.
        if (url is null || !url.AsSpan().TrimStart().StartsWith("http", StringComparison.OrdinalIgnoreCase)) return null;
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || string.IsNullOrEmpty(uri.Host) ||
            (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
            return null;
        var host = uri.Host.ToLowerInvariant();
        return host.StartsWith("www.", StringComparison.Ordinal) ? host[4..] : host;
    }
}
