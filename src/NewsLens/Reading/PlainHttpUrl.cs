namespace NewsLens;

/// <summary>
/// The common url read without <see cref="Uri"/>: http(s), a plain host name, a path and query of safe characters.
/// Such urls come out exactly as <see cref="Uri"/> would give them; anything else (ports, user info, escapes, dot
/// segments, IP addresses, non-ASCII) is left to <see cref="Uri"/>. Parsing one costs a microsecond and a handful of
/// strings, and every article has a url.
/// </summary>
internal readonly ref struct PlainHttpUrl
{
    /// <summary>"http" or "https".</summary>
    public ReadOnlySpan<char> Scheme { get; private init; }

    /// <summary>The host as written (compare or lower-case it yourself).</summary>
    public ReadOnlySpan<char> Host { get; private init; }

    /// <summary>Path and query after the host, possibly empty; never a fragment.</summary>
    public ReadOnlySpan<char> PathAndQuery { get; private init; }

    /// <summary>Splits <paramref name="url"/> when it is plain in the sense above; false leaves the url to <see cref="Uri"/>.</summary>
    public static bool TryRead(ReadOnlySpan<char> url, out PlainHttpUrl plain)
    {
        plain = default;
        int schemeLength;
        if (url.StartsWith("https://", StringComparison.Ordinal)) schemeLength = 5;
        else if (url.StartsWith("http://", StringComparison.Ordinal)) schemeLength = 4;
        else return false;
        if (url.Length > 2000) return false;
        var rest = url[(schemeLength + 3)..];
        var hostEnd = rest.IndexOfAny('/', '?');
        var host = hostEnd < 0 ? rest : rest[..hostEnd];
        var path = hostEnd < 0 ? [] : rest[hostEnd..];
        // A query straight after the host gets a "/" from Uri; rare enough to leave to it.
        if (!IsPlainHost(host) || path.StartsWith('?') || !IsPlainPath(path)) return false;
        plain = new PlainHttpUrl { Scheme = url[..schemeLength], Host = host, PathAndQuery = path };
        return true;
    }

    /// <summary>Labels of letters, digits and inner hyphens, at least one letter somewhere (all-digit hosts are IP addresses, which Uri rewrites).</summary>
    private static bool IsPlainHost(ReadOnlySpan<char> host)
    {
        if (host.IsEmpty || host.Length > 253) return false;
        var letter = false;
        var labelStart = 0;
        for (var i = 0; i <= host.Length; i++)
        {
            if (i == host.Length || host[i] == '.')
            {
                var label = host[labelStart..i];
                if (label.IsEmpty || label.Length > 63 || label[0] == '-' || label[^1] == '-') return false;
                labelStart = i + 1;
                continue;
            }
            var c = host[i];
            if (char.IsAsciiLetter(c)) letter = true;
            else if (!char.IsAsciiDigit(c) && c != '-') return false;
        }
        return letter;
    }

    /// <summary>Printable ASCII that Uri keeps as it is: no escapes, backslashes, spaces, fragments or dot segments.</summary>
    private static bool IsPlainPath(ReadOnlySpan<char> path)
    {
        var query = path.IndexOf('?');
        var pathOnly = query < 0 ? path : path[..query];
        foreach (var c in path)
            if (!char.IsAsciiLetterOrDigit(c) && "-._~/?=&+,;!$*()'@:".IndexOf(c) < 0) return false;
        // "/./" and "/../" are removed by Uri; "//" is kept, which is fine.
        for (var i = 0; i < pathOnly.Length; i++)
        {
            if (pathOnly[i] != '.' || (i > 0 && pathOnly[i - 1] != '/')) continue;
            var end = pathOnly[i..].IndexOf('/');
            var segment = end < 0 ? pathOnly[i..] : pathOnly.Slice(i, end);
            if (segment is "." or "..") return false;
        }
        return true;
    }
}
