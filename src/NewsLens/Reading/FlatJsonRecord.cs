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
    [ThreadStatic] private static List<string>? t_items;

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
                var name = reader.ValueIsEscaped ? JsonRecordFields.NameOf(reader.GetString()!) : JsonRecordFields.NameOf(reader.ValueSpan, keys.Count);
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
            fields = JsonRecordFields.Of(keys, new LineValues(line, values));
            return true;
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            return false;
        }
    }

    /// <summary>The values of a record, as places in its line.</summary>
    private readonly ref struct LineValues(ReadOnlySpan<byte> line, List<Value> values) : IJsonValues
    {
        private readonly ReadOnlySpan<byte> _line = line;

        public int RawLength(int i) => values[i].Length;

        public string? Text(int i) => TextOf(_line, values[i]);

        public bool TryPlain(int i, out ReadOnlySpan<byte> utf8)
        {
            var value = values[i];
            var plain = value.Kind == Kind.String && !value.Escaped;
            utf8 = plain ? _line.Slice(value.Start + 1, value.Length - 2) : default;
            return plain;
        }
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

    private static string? Unescaped(ReadOnlySpan<byte> quoted)
    {
        var reader = new Utf8JsonReader(quoted);
        reader.Read();
        return reader.GetString();
    }
}
