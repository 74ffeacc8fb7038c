namespace NewsLens;

/// <summary>An article's fingerprints: its normalised url (if any) and its title, date and text, each as a 128-bit digest.</summary>
internal readonly record struct DuplicateKey(UInt128? Url, UInt128 Content)
{
    /// <summary>Computed apart from <see cref="Duplicates.Check"/> so that hashing runs on every core.</summary>
    public static DuplicateKey Of(Article a)
    {
        Span<byte> hash = stackalloc byte[32];
        ContentDigest.Of("", a.Title, a.Published, a.Text, hash);
        var content = Digest(hash);
        if (a.Url is not { } url) return new(null, content);
        ContentDigest.Of("", NormaliseUrl(url), hash);
        return new(Digest(hash), content);
    }

    internal static string NormaliseUrl(string url)
    {
        // Scheme and host are case-insensitive and a trailing slash or fragment names the same page.
        var trimmed = url.Trim();
        var hash = trimmed.IndexOf('#');
        if (hash >= 0) trimmed = trimmed[..hash];
        trimmed = trimmed.TrimEnd('/');
        if (PlainHttpUrl.TryRead(trimmed, out var plain))
            return string.Concat(plain.Scheme, "://", plain.Host.ToString().ToLowerInvariant(), plain.PathAndQuery.TrimEnd('/'));
        return Uri.TryCreate(trimmed, UriKind.Absolute, out var uri)
            ? uri.GetLeftPart(UriPartial.Authority).ToLowerInvariant() + uri.PathAndQuery.TrimEnd('/')
            : trimmed;
    }

    // Digests, not the strings, are kept: a million keys stay tens of megabytes; collisions are beyond practical concern.
    private static UInt128 Digest(ReadOnlySpan<byte> hash) =>
        new(BitConverter.ToUInt64(hash[..8]), BitConverter.ToUInt64(hash[8..16]));
}

/// <summary>Keeps the first of articles that share a url, or a title, date and text, and reports the rest.</summary>
internal sealed class Duplicates(int capacity = 0)
{
    // Only where the first copy came from is kept, never the article, so streamed text can be let go. Sized up front
    // when the number of records is known (a merge): growing a million-entry table copies it several times over.
    private readonly Dictionary<UInt128, (string Path, int Line)> _byUrl = new(capacity);
    private readonly Dictionary<UInt128, (string Path, int Line)> _byContent = new(capacity);

    /// <summary>The problem to report when <paramref name="article"/> repeats one seen before; null when it is new.</summary>
    public Problem? Check(Article article, DuplicateKey key)
    {
        if (key.Url is { } url && _byUrl.TryGetValue(url, out var first))
            return Report(article, first, $"same url {article.Url}");
        if (_byContent.TryGetValue(key.Content, out first))
            return Report(article, first, "same title, date and text");

        if (key.Url is { } newUrl) _byUrl[newUrl] = (article.Path, article.Line);
        _byContent[key.Content] = (article.Path, article.Line);
        return null;
    }

    private static Problem Report(Article repeat, (string Path, int Line) first, string why) =>
        new(repeat.Path, repeat.Line, $"duplicate of {first.Path}:{first.Line} ({why}); the first is kept", ProblemKind.Duplicate);
}
