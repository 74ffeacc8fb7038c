using System.Text.Encodings.Web;
using System.Text.Json;
using NewsLens;

namespace NewsLens.Cli.Inspect;

/// <summary>
/// The documented JSON of <c>inspect --format json</c>. Keys and their order are a contract: add keys, never
/// rename or remove them.
/// </summary>
internal static class InspectJson
{
    public static void Write(CorpusSummary summary, TextWriter output)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions
               {
                   Indented = true,
                   // Article text is untrusted, but this is JSON for programs, not HTML: keep it readable.
                   Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
               }))
        {
            json.WriteStartObject();
            json.WriteNumber("files", summary.Files);
            json.WriteNumber("records", summary.Records);
            json.WriteNumber("articles", summary.Articles);
            WriteProblems(json, "problems", summary.Problems);
            json.WriteNumber("undated", summary.Undated);
            json.WriteNumber("duplicates", summary.Duplicates);
            WriteDate(json, "first", summary.First);
            WriteDate(json, "last", summary.Last);
            json.WriteStartArray("sources");
            foreach (var source in summary.Sources)
            {
                json.WriteStartObject();
                json.WriteString("source", source.Source);
                json.WriteNumber("articles", source.Articles);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            WriteProblems(json, "warnings", summary.Warnings);
            json.WriteEndObject();
        }
        output.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }

    private static void WriteProblems(Utf8JsonWriter json, string name, IReadOnlyList<Problem> problems)
    {
        json.WriteStartArray(name);
        foreach (var p in problems)
        {
            json.WriteStartObject();
            json.WriteString("path", p.Path);
            json.WriteNumber("line", p.Line);
            json.WriteString("kind", p.Kind.Name());
            json.WriteString("reason", p.Reason);
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }

    private static void WriteDate(Utf8JsonWriter json, string name, DateOnly? date)
    {
        if (date is { } d) json.WriteString(name, d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        else json.WriteNull(name);
    }
}
