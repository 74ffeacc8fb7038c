using System.Text;
using System.Text.Json;

namespace NewsLens.Reading;

/// <summary>Reads JSON Lines exports: one JSON object per line, keys as in <see cref="FieldNames"/>; blank lines are skipped.</summary>
public static class JsonLinesReader
{
    /// <summary>Reads every line of a JSONL file; each non-blank line is one record.</summary>
    public static FileReadResult ReadFile(string path)
    {
        using var stream = File.OpenRead(path);
        return Read(stream, path);
    }

    /// <summary>Reads JSONL from a seekable stream; <paramref name="path"/> is used in problems and articles.</summary>
    public static FileReadResult Read(Stream stream, string path)
    {
        Span<byte> head = stackalloc byte[8192];
        var headLength = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        if (headLength == 0)
            return FileReadResult.Rejected(path, 1, "empty file: no JSON lines", ProblemKind.EmptyFile);
        if (TextDecoding.LooksBinary(head[..headLength]))
            return FileReadResult.Rejected(path, 1, "binary file (contains NUL bytes), not JSON Lines", ProblemKind.BinaryFile);

        try
        {
            stream.Position = 0;
            return ReadLines(stream, path, TextDecoding.StrictUtf8, warnings: []);
        }
        catch (DecoderFallbackException)
        {
            // Not UTF-8 somewhere: read the whole file again as Windows-1252 so no line is half-decoded.
            stream.Position = 0;
            return ReadLines(stream, path, TextDecoding.Windows1252,
                [new Problem(path, 1, TextDecoding.Windows1252Reason, ProblemKind.Windows1252)]);
        }
    }

    /// <summary>Lines parsed together: large enough to keep every core busy, small enough to bound memory.</summary>
    private const int BatchSize = 4096;

    private static FileReadResult ReadLines(Stream stream, string path, Encoding encoding, List<Problem> warnings)
    {
        var articles = new List<Article>();
        var problems = new List<Problem>();
        var records = 0;
        using var reader = new StreamReader(stream, encoding, detectEncodingFromByteOrderMarks: true, leaveOpen: true);
        var lineNumber = 0;
        var batch = new List<(string Line, int Number)>(BatchSize);
        var results = new LineResult[BatchSize];

        // Reading stays sequential (and so does the UTF-8 check that may restart the file); parsing a batch runs on
        // all cores, and results are merged in line order, so the outcome never depends on the thread count.
        void Flush()
        {
            Parallel.For(0, batch.Count, i => results[i] = ParseLine(batch[i].Line, batch[i].Number, path));
            for (var i = 0; i < batch.Count; i++)
            {
                var r = results[i];
                if (r.Article is not null) articles.Add(r.Article);
                problems.AddRange(r.Problems);
                warnings.AddRange(r.Warnings);
            }
            batch.Clear();
        }

        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            records++;
            batch.Add((line, lineNumber));
            if (batch.Count == BatchSize) Flush();
        }
        Flush();
        if (records == 0)
            return FileReadResult.Rejected(path, 1, "empty file: no JSON lines", ProblemKind.EmptyFile);
        return new FileReadResult(records, articles, problems, warnings);
    }

    private readonly record struct LineResult(Article? Article, List<Problem> Problems, List<Problem> Warnings);

    private static LineResult ParseLine(string line, int lineNumber, string path)
    {
        var problems = new List<Problem>(0);
        var warnings = new List<Problem>(0);
        var fields = Parse(line, out var error);
        if (fields is null)
        {
            problems.Add(new Problem(path, lineNumber, error!, ProblemKind.MalformedJson));
            return new LineResult(null, problems, warnings);
        }
        return new LineResult(fields.ToArticle(path, lineNumber, problems, warnings, hasTextField: true), problems, warnings);
    }

    private static RecordFields? Parse(string line, out string? error)
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
            var keys = root.EnumerateObject().Select(p => p.Name).ToList();
            string? Get(IReadOnlyList<string> names) =>
                FieldNames.Pick(names, keys) is { } key ? AsText(root.GetProperty(key)) : null;
            return new RecordFields(Get(FieldNames.Title), Get(FieldNames.Byline), Get(FieldNames.Published),
                Get(FieldNames.Url), Get(FieldNames.Caption), Get(FieldNames.Text));
        }
    }

    /// <summary>Strings as they are; numbers as written; lists (several authors) joined with commas; objects and null as missing.</summary>
    private static string? AsText(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => value.GetRawText(),
        JsonValueKind.Array => string.Join(", ", value.EnumerateArray().Select(AsText).Where(s => !string.IsNullOrWhiteSpace(s))),
        _ => null,
    };

    private static string FirstSentence(string message)
    {
        // System.Text.Json appends "Path: $ | LineNumber: 0 | BytePositionInLine: 12."; keep the position, drop the noise.
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        var text = cut > 0 ? message[..cut] : message;
        var pos = message.IndexOf("BytePositionInLine: ", StringComparison.Ordinal);
        if (pos > 0 && int.TryParse(message[(pos + 20)..].TrimEnd('.'), out var column))
            text = $"{text.TrimEnd('.')} (at character {column + 1})";
        return text;
    }
}
