using System.Text;

namespace NewsLens;

/// <summary>A JSON record's top-level values, as a JSONL reader holds them (a document, or places in the line).</summary>
internal interface IJsonValues
{
    /// <summary>Bytes of the value's JSON text as written, quotes and brackets included.</summary>
    int RawLength(int i);

    /// <summary>The value as text: strings as they are, numbers as written, lists joined with commas, null as missing.</summary>
    string? Text(int i);

    /// <summary>A string value written without escapes: its UTF-8 between the quotes.</summary>
    bool TryPlain(int i, out ReadOnlySpan<byte> utf8);
}

/// <summary>
/// Makes a record's fields from its keys and values, the same way for both JSONL readers: the known fields by their
/// names and synonyms, every other short value as an extra field. Per thread, it keeps what every record of an export
/// repeats: its key names and where the known fields are among them.
/// </summary>
internal static class JsonRecordFields
{
    /// <summary>The known fields in the order of <see cref="RecordFields"/>'s constructor.</summary>
    private static readonly IReadOnlyList<string>[] Known =
        [FieldNames.Title, FieldNames.Byline, FieldNames.Published, FieldNames.Url, FieldNames.Caption, FieldNames.Text, FieldNames.Source];

    // A JSON value longer than this in UTF-8 (every character escaped as \uXXXX) cannot decode to a keepable field.
    private const int MaxExtraBytes = ArticleFields.MaxValueLength * 6 + 2;

    // Longest plain string looked up among the values already kept before a new string is made for it.
    private const int MaxKnownBytes = 256;

    [ThreadStatic] private static List<bool>? t_used;
    [ThreadStatic] private static List<KeyValuePair<string, string?>>? t_extra;
    [ThreadStatic] private static string[]? t_layoutKeys;
    [ThreadStatic] private static int[]? t_layoutPicks;

    /// <summary>Property names seen on this thread, as UTF-8 and as strings: every record of an export repeats them.</summary>
    [ThreadStatic] private static List<(byte[] Utf8, string Name)>? t_names;

    /// <summary>The fields of a record whose i-th key is <c>keys[i]</c> and i-th value <c>values</c>' i-th.</summary>
    public static RecordFields Of<TValues>(List<string> keys, TValues values) where TValues : IJsonValues, allows ref struct
    {
        var used = t_used ??= [];
        used.Clear();
        for (var i = 0; i < keys.Count; i++) used.Add(false);
        var picks = KnownFieldPlaces(keys);
        // In constructor order, so the same key is never both a known field and an extra.
        var fields = new RecordFields(Take(picks[0], used, values), Take(picks[1], used, values), Take(picks[2], used, values),
            Take(picks[3], used, values), Take(picks[4], used, values), Take(picks[5], used, values), Take(picks[6], used, values));
        var extra = t_extra ??= [];
        extra.Clear();
        for (var i = 0; i < keys.Count; i++)
        {
            // A value too long to be kept (a summary, raw HTML) is never decoded.
            if (used[i] || values.RawLength(i) > MaxExtraBytes) continue;
            extra.Add(new(keys[i], ExtraText(values, i)));
        }
        return extra.Count == 0 ? fields : fields with { Extra = ArticleFields.Of(extra) };
    }

    /// <summary>A property name written without escapes (<paramref name="utf8"/>), as the same string as for earlier records with it.</summary>
    public static string NameOf(ReadOnlySpan<byte> utf8, int position)
    {
        var names = t_names ??= [];
        // Tried first at the same position: records of an export list their keys in one order.
        if (position < names.Count && utf8.SequenceEqual(names[position].Utf8)) return names[position].Name;
        foreach (var (bytes, name) in names)
            if (utf8.SequenceEqual(bytes)) return name;
        return Remember(Encoding.UTF8.GetString(utf8), utf8.ToArray());
    }

    /// <summary>A property name whose escapes the reader has decoded, as the same string as for earlier records with it.</summary>
    public static string NameOf(string decoded)
    {
        foreach (var (_, name) in t_names ??= [])
            if (name == decoded) return name;
        return Remember(decoded, Encoding.UTF8.GetBytes(decoded));
    }

    private static string Remember(string name, byte[] utf8)
    {
        // Bounded: an export whose keys are all different (ids as keys) must not grow it without end.
        if (t_names!.Count < 256) t_names.Add((utf8, name));
        return name;
    }

    /// <summary>
    /// Where each known field is among the record's keys (-1: absent). Every record of an export has the same keys,
    /// and <see cref="NameOf(ReadOnlySpan{byte}, int)"/> hands out the same string for the same name, so the answer of
    /// the previous record on this thread is reused when its keys are the very same strings in the same order.
    /// </summary>
    private static int[] KnownFieldPlaces(List<string> keys)
    {
        var last = t_layoutKeys;
        if (last is not null && last.Length == keys.Count)
        {
            var same = true;
            for (var i = 0; i < last.Length && same; i++) same = ReferenceEquals(last[i], keys[i]);
            if (same) return t_layoutPicks!;
        }
        var picks = new int[Known.Length];
        for (var f = 0; f < Known.Length; f++)
            picks[f] = FieldNames.Pick(Known[f], keys) is { } key ? keys.IndexOf(key) : -1;
        t_layoutKeys = [.. keys];
        t_layoutPicks = picks;
        return picks;
    }

    private static string? Take<TValues>(int at, List<bool> used, TValues values) where TValues : IJsonValues, allows ref struct
    {
        if (at < 0) return null;
        used[at] = true;
        return values.Text(at);
    }

    /// <summary>An extra field's text; a plain string already kept by an earlier record (a desk, a place) is found without decoding a new copy.</summary>
    private static string? ExtraText<TValues>(TValues values, int i) where TValues : IJsonValues, allows ref struct
    {
        if (!values.TryPlain(i, out var utf8) || utf8.Length > MaxKnownBytes) return values.Text(i);
        Span<char> chars = stackalloc char[MaxKnownBytes];
        return Encoding.UTF8.TryGetChars(utf8, chars, out var n) && ArticleFields.Known(chars[..n].Trim()) is { } known
            ? known
            : values.Text(i);
    }
}
