using NewsLens;

namespace NewsLens.Tests.Reading;

/// <summary>The url fast path must give what System.Uri gives, for the urls it takes and for those it leaves to Uri.</summary>
public sealed class PlainUrlTests
{
    private static readonly string[] Hosts =
        ["www.example.com", "WWW.Example.COM", "news.bbc.co.uk", "apnews.com", "a-b.example.org", "xn--bcher-kva.example",
         "127.0.0.1", "10.1", "example.com.", "-bad.com", "bad-.com", "ex..com", "exa_mple.com", "münchen.de",
         "user@example.com", "example.com:8080", "example.com:80", "EXAMPLE.com:443", "[::1]", "www.com", "w.example.com"];

    private static readonly string[] Paths =
        ["", "/", "/2019/04/18/story", "/2019/04/18/story/", "/a//b", "/news/story.html?id=12&page=2",
         "/a/./b", "/a/../b", "/a/.", "/a/..", "/.hidden/x", "/a..b/c", "/a./b", "/~user/x", "/x;y=1,2",
         "/x(1)!*$'@:+", "?q=1", "/q?x=/a/../b", "/%7Euser", "/a%20b", "/a b", "/caf\u00e9", "\\a\\b", "/a\\b",
         "/x?y#frag", "/story#", "/a/b/"];

    private static List<string> Urls()
    {
        var data = new List<string>();
        foreach (var scheme in new[] { "http://", "https://", "HTTP://", "ftp://", "reuters21578://" })
            foreach (var host in Hosts)
                foreach (var path in Paths)
                    data.Add(scheme + host + path);
        data.Add("http://");
        data.Add("\u0001http://example.com/x");
        data.Add("\u00a0http://example.com/x");
        data.Add(" http://example.com/x ");
        data.Add("/usr/share/news/story.txt");
        data.Add("HtTpS://Example.com/x");
        data.Add("https:///path");
        data.Add("http:/example.com/x");
        data.Add("http://" + new string('a', 70) + ".com/x");
        data.Add("http://example.com/" + new string('x', 2100));
        return data;
    }

    [Fact]
    public void Source_site_is_what_Uri_gives()
    {
        var differing = Urls().Where(url => SiteByUri(url) != SourceSite.FromUrl(url)).ToList();
        Assert.Empty(differing);
    }

    [Fact]
    public void Duplicate_url_key_is_what_Uri_gives()
    {
        var differing = Urls().Where(url => NormalisedByUri(url) != DuplicateKey.NormaliseUrl(url)).ToList();
        Assert.Empty(differing);
    }

    [Fact]
    public void The_fast_path_takes_common_news_urls_and_leaves_odd_ones()
    {
        Assert.True(PlainHttpUrl.TryRead("https://www.reuters.com/world/europe/story-idUSKBN1?page=2", out var plain));
        Assert.Equal("www.reuters.com", plain.Host.ToString());
        Assert.Equal("/world/europe/story-idUSKBN1?page=2", plain.PathAndQuery.ToString());
        Assert.False(PlainHttpUrl.TryRead("http://example.com:8080/x", out _));
        Assert.False(PlainHttpUrl.TryRead("http://127.0.0.1/x", out _));
        Assert.False(PlainHttpUrl.TryRead("http://example.com/a/../b", out _));
        Assert.False(PlainHttpUrl.TryRead("http://example.com/%7Euser", out _));
    }

    // What the readers did before the fast path: the oracle.
    private static string? SiteByUri(string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || string.IsNullOrEmpty(uri.Host) ||
            (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
            return null;
        var host = uri.Host.ToLowerInvariant();
        return host.StartsWith("www.", StringComparison.Ordinal) ? host[4..] : host;
    }

    private static string NormalisedByUri(string url)
    {
        var trimmed = url.Trim();
        var hash = trimmed.IndexOf('#');
        if (hash >= 0) trimmed = trimmed[..hash];
        trimmed = trimmed.TrimEnd('/');
        return Uri.TryCreate(trimmed, UriKind.Absolute, out var uri)
            ? uri.GetLeftPart(UriPartial.Authority).ToLowerInvariant() + uri.PathAndQuery.TrimEnd('/')
            : trimmed;
    }
}
