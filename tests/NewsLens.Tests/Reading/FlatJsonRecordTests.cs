using System.Text;
using NewsLens;

namespace NewsLens.Tests.Reading;

/// <summary>The forward-only reader of flat records must give exactly the document reader's fields, or step aside.</summary>
public sealed class FlatJsonRecordTests
{
    private static readonly string[] Keys =
        ["title", "Title", "headline", "date", "published", "publishedAt", "text", "body", "url", "link", "byline",
         "author", "authors", "source", "caption", "section", "desk", "tags", "id", "pages", "live", "note", "ti\\u0074le"];

    private static readonly string[] Values =
        ["\"BRUSSELS TALKS STALL\"", "\"2019-10-05\"", "\"Oct. 5, 2019\"", "\"LONDON - Sterling fell.\\n\\nTraders said so.\"",
         "\"https://www.example.org/world/1\"", "\"  padded  \"", "\"\"", "\"caf\\u00e9 \\\"quoted\\\" \\ud83d\\ude00\"",
         "\"Zürich — Grüße\"", "42", "-3.5e2", "true", "false", "null", "[]", "[\"Ana Ruiz\", \"Bo Lind\"]",
         "[\"x\", null, \" \", 7, true]", "[ \"spaced\" ,\t\"out\" ]", "\"" + new string('y', 1300) + "\"",
         "{\"name\": \"Wire Service\"}", "[[\"nested\"]]", "[{\"name\": \"in a list\"}]"];

    [Fact]
    public void Gives_the_document_readers_fields_on_varied_records_or_steps_aside()
    {
        var random = new Random(2019);
        var flat = 0;
        var differing = new List<string>();
        for (var n = 0; n < 4000; n++)
        {
            var pairs = Enumerable.Range(0, random.Next(1, 9))
                .Select(_ => $"\"{Keys[random.Next(Keys.Length)]}\":{(random.Next(3) == 0 ? " " : "")}{Values[random.Next(Values.Length)]}");
            var json = "{" + string.Join(random.Next(2) == 0 ? "," : ", ", pairs) + "}" + (n % 50 == 0 ? " x" : n % 7 == 0 ? "  " : "");
            var line = Encoding.UTF8.GetBytes(json);

            var document = JsonLinesReader.ParseDocument(line, out var error);
            if (!FlatJsonRecord.TryRead(line, out var fields)) continue;
            flat++;
            if (error is not null || !Same(document!, fields!)) differing.Add(json);
        }
        Assert.Empty(differing);
        Assert.InRange(flat, 1500, 3990); // most records are flat; objects, nested lists and trailing text are not
    }

    [Theory]
    [InlineData("""{"title": "A", "source": {"name": "Wire"}}""")]
    [InlineData("""{"title": "A", "tags": [["x"]]}""")]
    [InlineData("""{"title": "A"} {"title": "B"}""")]
    [InlineData("""{"title": "A",}""")]
    [InlineData("""["title", "A"]""")]
    [InlineData("""{"title": "A\ud800"}""")]
    public void Leaves_objects_nesting_and_malformed_lines_to_the_document_reader(string json) =>
        Assert.False(FlatJsonRecord.TryRead(Encoding.UTF8.GetBytes(json), out _));

    [Fact]
    public void Malformed_lines_are_still_reported_in_the_document_readers_words()
    {
        var fields = JsonLinesReader.Parse(Encoding.UTF8.GetBytes("""{"title": "A",}"""), out var error);
        Assert.Null(fields);
        Assert.StartsWith("malformed JSON: ", error);
    }

    private static bool Same(RecordFields a, RecordFields b) =>
        a.Title == b.Title && a.Byline == b.Byline && a.Published == b.Published && a.Url == b.Url &&
        a.Caption == b.Caption && a.Text == b.Text && a.Source == b.Source && a.Extra.Equals(b.Extra);
}
