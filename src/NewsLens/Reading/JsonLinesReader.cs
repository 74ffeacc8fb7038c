using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;

namespace NewsLens;

/// <summary>Reads JSON Lines exports: one JSON object per line, keys as in <see cref="FieldNames"/>; blank lines are skipped.</summary>
internal static class JsonLinesReader
{
    /// <summary>Reads every line of a JSONL file; each non-blank line is one record.</summary>
    public static FileReadResult ReadFile(string path) => FileReadResult.Merge(ReadFileInBatches(path));

    /// <summary>Reads JSONL from a seekable stream; <paramref name="path"/> is used in problems and articles.</summary>
    public static FileReadResult Read(Stream stream, string path) => FileReadResult.Merge(ReadInBatches(stream, path));

    /// <summary>The file's records a few megabytes at a time, so a multi-gigabyte export never sits in memory whole.</summary>
    /// <param name="path">The file.</param>
    /// <param name="lines">The lines to read, by where they start (a shard's part of the file); every line when null.
    /// Problems of the whole file (empty, binary) belong to the range that holds position 0.</param>
    internal static IEnumerable<FileReadResult> ReadFileInBatches(string path, ByteRange? lines = null)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        foreach (var batch in ReadInBatches(stream, path, lines: lines)) yield return batch;
    }

    /// <summary>
    /// Records in order, one result per batch of lines. Lines are split as bytes on one thread; decoding and parsing
    /// run on all cores and are merged in line order, so the outcome never depends on the thread count.
    /// </summary>
    internal static IEnumerable<FileReadResult> ReadInBatches(Stream stream, string path, int maxLine = ReadLimits.MaxRecordBytes,
        ByteRange? lines = null)
    {
        var range = lines ?? ByteRange.All;
        var ownsFile = range.Holds(0);
        var head = new byte[8192];
        var headLength = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        if (headLength == 0)
        {
            if (ownsFile) yield return FileReadResult.Rejected(path, 1, "empty file: no JSON lines", ProblemKind.EmptyFile);
            yield break;
        }
        if (TextDecoding.LooksBinary(head.AsSpan(0, headLength)))
        {
            if (ownsFile) yield return FileReadResult.Rejected(path, 1, "binary file (contains NUL bytes), not JSON Lines", ProblemKind.BinaryFile);
            yield break;
        }

        var source = Utf8Lines(stream, head.AsSpan(0, headLength));
        var windows1252 = 0;
        var firstWindows1252 = 0;
        var lineCount = 0;
        var work = new List<(int Start, int Length, int Number, long At)>();
        var results = Array.Empty<LineResult>();
        var past = false;
        foreach (var batch in ByteLines.Read(source, maxLine))
        {
            work.Clear();
            foreach (var l in batch.Lines)
            {
                if (l.Start >= 0 && IsBlank(batch.Buffer.AsSpan(l.Start, l.Length))) continue;
                lineCount++;
                if (l.At >= range.To) { past = true; break; }
                if (l.At >= range.From) work.Add(l);
            }
            if (work.Count == 0)
            {
                if (past) break;
                continue;
            }
            // One results array for the whole file: a new one per batch would be a large-object allocation, and those
            // bring on full collections.
            if (results.Length < work.Count) results = new LineResult[work.Count];
            Parallel.For(0, work.Count, i => results[i] = work[i].Start < 0 || work[i].Length > maxLine
                ? TooLong(work[i].Length, maxLine, work[i].Number, path)
                : ParseLine(batch.Buffer.AsMemory(work[i].Start, work[i].Length), work[i].Number, path));
            var articles = new List<Article>(work.Count);
            var problems = new List<Problem>();
            var warnings = new List<Problem>();
            for (var i = 0; i < work.Count; i++)
            {
                var r = results[i];
                if (r.Article is not null) articles.Add(r.Article);
                problems.AddRange(r.Problems);
                warnings.AddRange(r.Warnings);
                if (r.Windows1252 && windows1252++ == 0) firstWindows1252 = work[i].Number;
            }
            Array.Clear(results, 0, work.Count); // so the array does not keep this batch alive after it is let go
            yield return new FileReadResult(work.Count, articles, problems, warnings) { Position = Position(stream) };
            if (past) break;
        }
        if (lineCount == 0 && ownsFile)
            yield return FileReadResult.Rejected(path, 1, "empty file: no JSON lines", ProblemKind.EmptyFile);
        if (windows1252 > 0)
        {
            // One note per file, at the first such line: a whole cp1252 export would otherwise warn on every line.
            var reason = $"{windows1252:N0} line(s) from here on are {TextDecoding.Windows1252Reason}";
            yield return new FileReadResult(0, [], [], [new Problem(path, firstWindows1252, reason, ProblemKind.Windows1252)]);
        }
    }

    /// <summary>
    /// The articles at the given line numbers, read again: lines are split as bytes and only the wanted ones parsed,
    /// and reading stops after the last, so a few articles of a large export cost one scan, not one load.
    /// </summary>
    internal static IEnumerable<Article> ReadLines(string path, IReadOnlySet<int> lines)
    {
        if (lines.Count == 0) yield break;
        var last = lines.Max();
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        var head = new byte[8192];
        var headLength = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        var source = Utf8Lines(stream, head.AsSpan(0, headLength));
        foreach (var batch in ByteLines.Read(source))
        {
            foreach (var (start, length, number, _) in batch.Lines)
            {
                if (start < 0 || !lines.Contains(number)) continue;
                if (ParseLine(batch.Buffer.AsMemory(start, length), number, path).Article is { } article) yield return article;
            }
            if (batch.Lines.Count > 0 && batch.Lines[^1].Number >= last) yield break;
        }
    }

    /// <summary>The stream positioned after a UTF-8 BOM; UTF-16 (rare in exports) is transcoded to UTF-8 first.</summary>
    private static Stream Utf8Lines(Stream stream, ReadOnlySpan<byte> head)
    {
        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || head.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            stream.Position = 0;
            using var reader = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, leaveOpen: true);
            return new MemoryStream(Encoding.UTF8.GetBytes(reader.ReadToEnd()));
        }
        stream.Position = head.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0;
        return stream;
    }

    private static long Position(Stream stream) => stream.CanSeek ? stream.Position : 0;

    private static bool IsBlank(ReadOnlySpan<byte> line) => line.IndexOfAnyExcept(" \t\f\v"u8) < 0;

    internal readonly record struct LineResult(Article? Article, List<Problem> Problems, List<Problem> Warnings, bool Windows1252);

    private static LineResult TooLong(int length, int maxLine, int lineNumber, string path) =>
        new(null, [new Problem(path, lineNumber,
            $"line is {ReadLimits.Megabytes(length)}, over the {ReadLimits.Megabytes(maxLine)} a record may be; skipped (is the export one JSON object per line?)",
            ProblemKind.TooLarge)], [], false);

    internal static LineResult ParseLine(ReadOnlyMemory<byte> line, int lineNumber, string path)
    {
        var problems = new List<Problem>(0);
        var warnings = new List<Problem>(0);
        // Each line is checked on its own: one cp1252 record in a UTF-8 export must not garble the others.
        var utf8 = System.Text.Unicode.Utf8.IsValid(line.Span);
        var fields = Parse(utf8 ? line : Encoding.UTF8.GetBytes(TextDecoding.Windows1252.GetString(line.Span)), out var error);
        if (fields is null)
        {
            problems.Add(new Problem(path, lineNumber, error!, ProblemKind.MalformedJson));
            return new LineResult(null, problems, warnings, !utf8);
        }
        return new LineResult(fields.ToArticle(path, lineNumber, problems, warnings, hasTextField: true), problems, warnings, !utf8);
    }

    internal static RecordFields? Parse(ReadOnlyMemory<byte> line, out string? error)
    {
        error = null;
        return FlatJsonRecord.TryRead(line.Span, out var flat) ? flat : ParseDocument(line, out error);
    }

    /// <summary>Any record, through a document: objects as values (NewsAPI's source), and the wording of every JSON error.</summary>
    internal static RecordFields? ParseDocument(ReadOnlyMemory<byte> line, out string? error)
    {
        error = null;
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(line, new JsonDocumentOptions { MaxDepth = 64 });
        }
        catch (JsonException e)
        {
            error = $"malformed JSON: {FirstSentence(e.Message)}";
            return null;
        }
        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                error = $"malformed JSON: the line is a JSON {root.ValueKind.ToString().ToLowerInvariant()}, expected an object with a \"title\"";
                return null;
            }
            // Kept per thread: every record of an export needs the same few lists.
            var properties = t_properties ??= [];
            var keys = t_keys ??= [];
            properties.Clear();
            keys.Clear();
            foreach (var property in root.EnumerateObject())
            {
                var raw = JsonMarshal.GetRawUtf8PropertyName(property);
                keys.Add(raw.IndexOf((byte)'\\') < 0 ? JsonRecordFields.NameOf(raw, keys.Count) : JsonRecordFields.NameOf(property.Name));
                properties.Add(property);
            }
            var fields = JsonRecordFields.Of(keys, new DocumentValues(properties));
            properties.Clear(); // its elements point into the document, which is about to be returned to the pool
            return fields;
        }
    }

    [ThreadStatic] private static List<JsonProperty>? t_properties;
    [ThreadStatic] private static List<string>? t_keys;

    /// <summary>The values of a record read as a document.</summary>
    private readonly struct DocumentValues(List<JsonProperty> properties) : IJsonValues
    {
        public int RawLength(int i) => JsonMarshal.GetRawUtf8Value(properties[i].Value).Length;

        public string? Text(int i) => AsText(properties[i].Value);

        public bool TryPlain(int i, out ReadOnlySpan<byte> utf8)
        {
            var value = properties[i].Value;
            var raw = JsonMarshal.GetRawUtf8Value(value);
            var plain = value.ValueKind == JsonValueKind.String && raw.IndexOf((byte)'\\') < 0;
            utf8 = plain ? raw[1..^1] : default;
            return plain;
        }
    }

    /// <summary>Strings as they are; numbers as written; lists (several authors) joined with commas; an object by its "name" (NewsAPI's source); null as missing.</summary>
    private static string? AsText(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Object => value.TryGetProperty("name", out var name) ? AsText(name) : null,
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => value.GetRawText(),
        JsonValueKind.Array => string.Join(", ", value.EnumerateArray().Select(AsText).Where(s => !string.IsNullOrWhiteSpace(s))),
        _ => null,
    };

    private static string FirstSentence(string message)
    {
        // System.Text.Json appends "Path: $ | LineNumber: 0 | BytePositionInLine: 12."; keep the position, drop the noise.
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        if (cut < 0) cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        var text = cut > 0 ? message[..cut] : message;
        var pos = message.IndexOf("BytePositionInLine: ", StringComparison.Ordinal);
        if (pos > 0 && int.TryParse(message[(pos + 20)..].TrimEnd('.'), out var column))
            text = $"{text.TrimEnd('.')} (at character {column + 1})";
        return text;
    }
}
