using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using CsvHelper;

namespace NewsLens;

/// <summary>
/// Counted mentions as CSV or JSON Lines for R, pandas or a spreadsheet: one row per article and entity, in load
/// order then lexicon order, columns <see cref="Columns"/>; the same input gives the same bytes.
/// </summary>
public static class MentionsExport
{
    /// <summary>The columns (CSV header and JSON keys), in order.</summary>
    public static readonly IReadOnlyList<string> Columns =
        ["article_id", "url", "published", "entity", "label", "kind", "mentions", "first_offset", "in_title", "in_lead", "about"];

    /// <summary>Writes a header and one CSV row per article and entity (dates as ISO, booleans as true/false, LF line ends).</summary>
    public static void WriteCsv(this Mentions mentions, TextWriter output)
    {
        using var csv = CsvWriter.Create(output, CsvWriterOptions.Default with { NewLine = "\n" }, leaveOpen: true);
        csv.WriteHeader(Columns.ToArray());
        foreach (var row in Rows(mentions))
            csv.WriteRecord(row.Select(v => v switch
            {
                null => "",
                bool b => b ? "true" : "false",
                int i => i.ToString(CultureInfo.InvariantCulture),
                _ => (string)v,
            }).ToArray());
    }

    /// <summary>Writes one JSON object per line per article and entity, keys as <see cref="Columns"/> (null for no url or date).</summary>
    public static void WriteJsonLines(this Mentions mentions, TextWriter output)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        var options = new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        foreach (var row in Rows(mentions))
        {
            buffer.ResetWrittenCount();
            using (var json = new Utf8JsonWriter(buffer, options))
            {
                json.WriteStartObject();
                for (var i = 0; i < Columns.Count; i++)
                {
                    switch (row[i])
                    {
                        case null: json.WriteNull(Columns[i]); break;
                        case bool b: json.WriteBoolean(Columns[i], b); break;
                        case int n: json.WriteNumber(Columns[i], n); break;
                        default: json.WriteString(Columns[i], (string)row[i]!); break;
                    }
                }
                json.WriteEndObject();
            }
            output.Write(System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan));
            output.Write('\n');
        }
    }

    private static IEnumerable<object?[]> Rows(Mentions mentions)
    {
        var entries = mentions.Lexicon.Entries;
        foreach (var c in mentions.Counts)
        {
            var article = mentions.Articles[c.Article];
            var entry = entries[c.Entry];
            yield return
            [
                article.Id, article.Url, article.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                entry.Id, entry.Label, entry.Kind, c.Count, c.FirstOffset, c.InTitle, c.InLead, c.About,
            ];
        }
    }
}
