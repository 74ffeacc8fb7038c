using System.Text.Encodings.Web;
using System.Text.Json;
using NewsLens;

namespace NewsLens.Cli.Count;

/// <summary>The JSON of <c>count --format json</c>: the period, undated counts, and the CSV's rows as objects with the same keys.</summary>
internal static class TimelineJson
{
    public static void Write(Timeline timeline, TextWriter output)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("period", timeline.Period.ToString().ToLowerInvariant());
            json.WriteNumber("undated_articles", timeline.UndatedArticles);
            json.WriteStartObject("undated_mentions");
            foreach (var e in timeline.Entities.Where(e => e.UndatedMentions > 0).OrderBy(e => e.Entity, StringComparer.Ordinal))
                json.WriteNumber(e.Entity, e.UndatedMentions);
            json.WriteEndObject();
            json.WriteStartArray("rows");
            foreach (var row in TimelineCsv.Ordered(timeline))
            {
                var fields = TimelineCsv.Fields(row);
                json.WriteStartObject();
                for (var i = 0; i < fields.Length; i++)
                {
                    if (i is >= 4) json.WriteNumber(TimelineCsv.Header[i], decimal.Parse(fields[i], System.Globalization.CultureInfo.InvariantCulture));
                    else json.WriteString(TimelineCsv.Header[i], fields[i]);
                }
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        output.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }
}
