using System.Collections;

namespace NewsLens;

/// <summary>
/// The fields a JSONL or CSV record carried beyond the ones NewsLens reads (a section, a region, an outlet's own
/// category), in the record's order, looked up without regard to case. Equal when they hold the same names and values.
/// </summary>
public sealed class ArticleFields : IReadOnlyDictionary<string, string>, IEquatable<ArticleFields>
{
    /// <summary>Longest value kept: fields are for grouping and filtering, and a long one (a summary, raw HTML) would double the corpus in memory.</summary>
    public const int MaxValueLength = 200;

    private readonly KeyValuePair<string, string>[] _fields;

    private ArticleFields(KeyValuePair<string, string>[] fields) => _fields = fields;

    /// <summary>No extra fields.</summary>
    public static ArticleFields None { get; } = new([]);

    /// <summary>The given fields, blank and over-long values left out, the first of two names differing only in case kept.</summary>
    public static ArticleFields Of(IEnumerable<KeyValuePair<string, string?>> fields)
    {
        KeyValuePair<string, string>[]? kept = null;
        var count = 0;
        foreach (var (name, value) in fields)
        {
            var key = name.Trim();
            var text = value?.Trim();
            if (key.Length == 0 || string.IsNullOrEmpty(text) || text.Length > MaxValueLength || IndexOf(kept, count, key) >= 0) continue;
            kept ??= new KeyValuePair<string, string>[fields.TryGetNonEnumeratedCount(out var n) ? n : 8];
            if (count == kept.Length) Array.Resize(ref kept, count * 2);
            kept[count++] = new(key, Shared(text));
        }
        if (count == 0) return None;
        if (count < kept!.Length) Array.Resize(ref kept, count);
        return new ArticleFields(kept);
    }

    /// <summary>Values already kept on this thread: an export's sections, places and desks repeat on every record, so a
    /// million articles hold each once rather than a million copies (bounded: unique values such as ids pass through).</summary>
    [ThreadStatic] private static Dictionary<string, string>? t_values;

    private const int SharedValues = 4096;

    private static string Shared(string value)
    {
        var values = t_values ??= new Dictionary<string, string>(StringComparer.Ordinal);
        if (values.TryGetValue(value, out var shared)) return shared;
        if (values.Count < SharedValues) values[value] = value;
        return value;
    }

    /// <summary>The value as kept by an earlier record on this thread, or null when none had it.</summary>
    internal static string? Known(ReadOnlySpan<char> value) =>
        t_values is { } values && values.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(value, out var shared) ? shared : null;

    private static int IndexOf(KeyValuePair<string, string>[]? fields, int count, string key)
    {
        for (var i = 0; i < count; i++)
            if (string.Equals(fields![i].Key, key, StringComparison.OrdinalIgnoreCase)) return i;
        return -1;
    }

    /// <inheritdoc />
    public string this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException($"the article has no field '{key}'");

    /// <inheritdoc />
    public IEnumerable<string> Keys => _fields.Select(f => f.Key);

    /// <inheritdoc />
    public IEnumerable<string> Values => _fields.Select(f => f.Value);

    /// <inheritdoc />
    public int Count => _fields.Length;

    /// <inheritdoc />
    public bool ContainsKey(string key) => TryGetValue(key, out _);

    /// <inheritdoc />
    public bool TryGetValue(string key, out string value)
    {
        var at = IndexOf(_fields, _fields.Length, key);
        value = at >= 0 ? _fields[at].Value : "";
        return at >= 0;
    }

    /// <inheritdoc />
    public IEnumerator<KeyValuePair<string, string>> GetEnumerator() => ((IEnumerable<KeyValuePair<string, string>>)_fields).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <inheritdoc />
    public bool Equals(ArticleFields? other) => other is not null && _fields.AsSpan().SequenceEqual(other._fields);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ArticleFields);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var f in _fields) hash.Add(f);
        return hash.ToHashCode();
    }

    /// <inheritdoc />
    public override string ToString() => string.Join(", ", _fields.Select(f => $"{f.Key}={f.Value}"));
}
