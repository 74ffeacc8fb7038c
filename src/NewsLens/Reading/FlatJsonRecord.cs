using System.Text;
using System.Text.Json;

namespace NewsLens;

/// <summary>
/// Reads a JSONL record that is one flat object (strings, numbers, booleans, nulls and lists of those) with a
/// forward-only reader, decoding only the values used: the usual export, without a document built per line. Anything
/// else (an object as a value, malformed JSON, an escape that is no text) is left to the document reader, which gives
/// the same fields and words the errors.
/// </summary>
internal static class FlatJsonRecord
{
    private enum Kind : byte { String, Raw, Null, List }

    /// <summary>Where a value's JSON text is in the line, quotes and brackets included.</summary>
    private readonly record struct Value(Kind Kind, int Start, int Length, bool Escaped);

    [ThreadStatic] private static List<Value>? t_values;
    [ThreadStatic] private static List<string>? t_keys;
    [ThreadStatic] private static List<bool>? t_used;
    [ThreadStatic] private static List<KeyValuePair<string, string?>>? t_extra;
    [ThreadStatic] private static List<string>? t_items;
    /// <summary>Property names seen on this thread, as UTF-8 and as strings: every record of an export repeats them.</summary>
    [ThreadStatic] private static List<(byte[] Utf8, string Name)>? t_names;

    /// <summary>The record's fields, or false when the line is not a flat object that this reader takes.</summary>
    public static bool TryRead(ReadOnlySpan<byte> line, out RecordFields? fields)
    {
        fields = null;
        var values = t_values ??= [];
        var keys = t_keys ??= [];
        values.Clear();
        keys.Clear();
        try
        {
            var reader = new Utf8JsonReader(line, new JsonReaderOptions { MaxDepth = 64 });
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject) return false;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var name = NameOf(ref reader, keys.Count);
                reader.Read();
                var start = (int)reader.TokenStartIndex;
                Value value;
                switch (reader.TokenType)
                {
                    case JsonTokenType.String:
                        value = new(Kind.String, start, reader.ValueSpan.Length + 2, reader.ValueIsEscaped);
                        break;
                    case JsonTokenType.Number or JsonTokenType.True or JsonTokenType.False:
                        value = new(Kind.Raw, start, reader.ValueSpan.Length, false);
                        break;
                    case JsonTokenType.Null:
                        value = new(Kind.Null, start, 4, false);
                        break;
                    case JsonTokenType.StartArray:
                        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                            if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray) return false;
                        value = new(Kind.List, start, (int)reader.BytesConsumed - start, false);
                        break;
                    default:
                        return false;
                }
                keys.Add(name);
                values.Add(value);
            }
            // Anything after the object, even a second one, is the document reader's to report.
            if (reader.TokenType != JsonTokenType.EndObject || reader.Read()) return false;
            fields = Fields(line, keys, values);
            return true;
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            return false;
        }
    }

    private static RecordFields Fields(ReadOnlySpan<byte> line, List<string> keys, List<Value> values)
    {
        var used = t_used ??= [];
        used.Clear();
        for (var i = 0; i < keys.Count; i++) used.Add(false);
        var picks = JsonLinesReader.KnownFieldPlaces(keys);
        var known = new string?[picks.Length];
        // In the order the document reader takes them, so the same key is never both a known field and an extra.
        for (var f = 0; f < picks.Length; f++)
        {
            if (picks[f] < 0) continue;
            used[picks[f]] = true;
            known[f] = TextOf(line, values[picks[f]]);
        }
        var fields = new RecordFields(known[0], known[1], known[2], known[3], known[4], known[5], known[6]);
        var extra = t_extra ??= [];
        extra.Clear();
        for (var i = 0; i < keys.Count; i++)
        {
            // A value too long to be kept (a summary, raw HTML) is never decoded.
            if (used[i] || values[i].Length > JsonLinesReader.MaxExtraBytes) continue;
            extra.Add(new(keys[i], ExtraTextOf(line, values[i])));
        }
        return extra.Count == 0 ? fields : fields with { Extra = ArticleFields.Of(extra) };
    }

    /// <summary>As the document reader's text of a value: strings as they are, numbers as written, lists joined with commas, null as missing.</summary>
    private static string? TextOf(ReadOnlySpan<byte> line, Value value)
    {
        var raw = line.Slice(value.Start, value.Length);
        switch (value.Kind)
        {
            case Kind.String:
                return value.Escaped ? Unescaped(raw) : Encoding.UTF8.GetString(raw[1..^1]);
            case Kind.Raw:
                return Encoding.UTF8.GetString(raw);
            case Kind.List:
                var items = t_items ??= [];
                items.Clear();
                var reader = new Utf8JsonReader(raw);
                reader.Read();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    var item = reader.TokenType switch
                    {
                        JsonTokenType.String => reader.GetString(),
                        JsonTokenType.Null => null,
                        _ => Encoding.UTF8.GetString(reader.ValueSpan),
                    };
                    if (!string.IsNullOrWhiteSpace(item)) items.Add(item);
                }
                return string.Join(", ", items);
            default:
                return null;
        }
    }

    /// <summary>An extra field's text; a plain string already kept by an earlier record (a desk, a place) is found without decoding a new copy.</summary>
    private static string? ExtraTextOf(ReadOnlySpan<byte> line, Value value)
    {
        if (value.Kind != Kind.String || value.Escaped || value.Length > 2 + 256) return TextOf(line, value);
        Span<char> chars = stackalloc char[256];
        var n = Encoding.UTF8.GetChars(line.Slice(value.Start + 1, value.Length - 2), chars);
        return ArticleFields.Known(chars[..n].Trim()) ?? TextOf(line, value);
    }

    private static string? Unescaped(ReadOnlySpan<byte> quoted)
    {
        var reader = new Utf8JsonReader(quoted);
        reader.Read();
        return reader.GetString();
    }

    /// <summary>The property's name, the same string as for earlier records with it (first tried at the same position).</summary>
    private static string NameOf(ref Utf8JsonReader reader, int position)
    {
        if (reader.ValueIsEscaped) return reader.GetString()!;
        var names = t_names ??= [];
        var utf8 = reader.ValueSpan;
        if (position < names.Count && utf8.SequenceEqual(names[position].Utf8)) return names[position].Name;
        foreach (var (bytes, name) in names)
            if (utf8.SequenceEqual(bytes)) return name;
        var added = Encoding.UTF8.GetString(utf8);
        // Bounded: an export whose keys are all different (ids as keys) must not grow it without end.
        if (names.Count < 256) names.Add((utf8.ToArray(), added));
        return added;
    }
}
