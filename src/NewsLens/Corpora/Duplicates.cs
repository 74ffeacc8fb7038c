using System.Security.Cryptography;
using System.Text;
using NewsLens.Reading;

namespace NewsLens.Corpora;

/// <summary>Keeps the first of articles that share a url, or a title, date and text, and reports the rest.</summary>
internal sealed class Duplicates
{
    private readonly Dictionary<string, Article> _byUrl = new(StringComparer.Ordinal);
    private readonly Dictionary<UInt128, Article> _byContent = [];

    /// <summary>The problem to report when <paramref name="article"/> repeats one seen before; null when it is new.</summary>
    public Problem? Check(Article article)
    {
        var urlKey = article.Url is { } url ? NormaliseUrl(url) : null;
        if (urlKey is not null && _byUrl.TryGetValue(urlKey, out var first))
            return Report(article, first, $"same url {article.Url}");

        var contentKey = ContentKey(article);
        if (_byContent.TryGetValue(contentKey, out first))
            return Report(article, first, "same title, date and text");

        if (urlKey is not null) _byUrl[urlKey] = article;
        _byContent[contentKey] = article;
        return null;
    }

    private static Problem Report(Article repeat, Article first, string why) =>
        new(repeat.Path, repeat.Line, $"duplicate of {first.Path}:{first.Line} ({why}); the first is kept", ProblemKind.Duplicate);

    private static string NormaliseUrl(string url)
    {
        // Scheme and host are case-insensitive and a trailing slash or fragment names the same page.
        var trimmed = url.Trim();
        var hash = trimmed.IndexOf('#');
        if (hash >= 0) trimmed = trimmed[..hash];
        trimmed = trimmed.TrimEnd('/');
        return Uri.TryCreate(trimmed, UriKind.Absolute, out var uri)
            ? uri.GetLeftPart(UriPartial.Authority).ToLowerInvariant() + uri.PathAndQuery.TrimEnd('/')
            : trimmed;
    }

    private static UInt128 ContentKey(Article a)
    {
        // A 128-bit digest keeps a million keys small; collisions are beyond practical concern.
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes($"{a.Title}\n{a.Published:yyyy-MM-dd}\n{a.Text}"), hash);
        return new UInt128(BitConverter.ToUInt64(hash[..8]), BitConverter.ToUInt64(hash[8..16]));
    }
}
