using System.Text;
using NewsLens;
using NewsLens.Tests.Support;

namespace NewsLens.Tests.Reading;

public sealed class JsonLinesReaderTests
{
    private static FileReadResult ReadSample() => JsonLinesReader.ReadFile(Fixtures.Path("export-sample.jsonl"));

    [Fact]
    public void Every_non_blank_line_is_an_article_or_a_problem()
    {
        var result = ReadSample();
        Assert.Equal(6, result.Records);
        Assert.Equal(3, result.Articles.Count);
        Assert.Equal(3, result.Problems.Count);
    }

    [Fact]
    public void Records_whose_keys_change_from_line_to_line_are_each_read_by_their_own_keys()
    {
        // Read in turn on one thread, as a worker reads its share: the fields found for one record's keys are reused
        // for the next only when its keys are the same, in the same order.
        string[] lines =
        [
            """{"title": "OIL PRICES FALL", "date": "1987-03-02", "text": "LONDON - Oil fell.", "desk": "Energy"}""",
            """{"headline": "GOLD STEADY", "published": "1987-03-03", "body": "ZURICH - Gold held.", "author": "Wire"}""",
            """{"title": "OIL PRICES RISE", "date": "1987-03-04", "text": "LONDON - Oil rose.", "desk": "Energy"}""",
            """{"text": "TOKYO - Yen firm.", "title": "YEN FIRM", "date": "1987-03-05", "desk": "Currencies"}""",
            """{"Title": "COPPER UP", "title": "ignored second title", "date": "1987-03-06", "text": "Copper rose."}""",
            """{"title": "OIL PRICES STEADY", "date": "1987-03-09", "text": "LONDON - Oil held.", "desk": "Energy"}""",
        ];
        var articles = lines.Select((l, i) => JsonLinesReader.ParseLine(Encoding.UTF8.GetBytes(l), i + 1, "wire.jsonl").Article!).ToList();

        Assert.Equal(["OIL PRICES FALL", "GOLD STEADY", "OIL PRICES RISE", "YEN FIRM", "COPPER UP", "OIL PRICES STEADY"], articles.Select(a => a.Title));
        Assert.Equal(["LONDON - Oil fell.", "ZURICH - Gold held.", "LONDON - Oil rose.", "TOKYO - Yen firm.", "Copper rose.", "LONDON - Oil held."],
            articles.Select(a => a.Text));
        Assert.Equal([null, "Wire", null, null, null, null], articles.Select(a => a.Byline));
        Assert.Equal(["Energy", null, "Energy", "Currencies", null, "Energy"], articles.Select(a => a.Fields.TryGetValue("desk", out var d) ? d : null));
        Assert.Equal(new DateOnly(1987, 3, 5), articles[3].Published);
    }

    [Fact]
    public void Synonym_keys_fill_the_documented_fields()
    {
        var article = ReadSample().Articles[0];
        Assert.Equal("Envoys meet in Stockholm", article.Title);
        Assert.Equal(new DateOnly(2019, 10, 5), article.Published);
        Assert.Equal("Negotiators met in Stockholm.\n\nTalks ended early.", article.Text);
        Assert.Equal("https://www.example.org/world/2019/10/05/stockholm", article.Url);
        Assert.Equal("example.org", article.Source);
        Assert.Equal("Sample Wire", article.Byline);
        Assert.Equal(1, article.Line);
    }

    [Fact]
    public void Author_lists_are_joined_and_iso_date_times_read()
    {
        var article = ReadSample().Articles[1];
        Assert.Equal("Mira Okafor, Daniel Reyes", article.Byline);
        Assert.Equal(new DateOnly(2019, 2, 9), article.Published);
        Assert.Equal(2, article.Line);
    }

    [Fact]
    public void Missing_date_is_a_warning_on_a_kept_article()
    {
        var result = ReadSample();
        var undated = result.Articles[2];
        Assert.Null(undated.Published);
        Assert.Equal(4, undated.Line);
        var warning = Assert.Single(result.Warnings);
        Assert.Equal(new Problem(Fixtures.Path("export-sample.jsonl"), 4, "no date; the article is kept undated", ProblemKind.MissingDate), warning);
    }

    [Fact]
    public void Malformed_json_line_is_a_problem_with_its_line()
    {
        var problem = ReadSample().Problems[0];
        Assert.Equal(ProblemKind.MalformedJson, problem.Kind);
        Assert.Equal(5, problem.Line);
        Assert.StartsWith("malformed JSON: ", problem.Reason);
    }

    [Fact]
    public void Json_that_is_not_an_object_is_a_problem()
    {
        var problem = ReadSample().Problems[1];
        Assert.Equal(6, problem.Line);
        Assert.Equal("malformed JSON: the line is a JSON array, expected an object with a \"title\"", problem.Reason);
    }

    [Fact]
    public void Record_without_title_is_a_problem()
    {
        var problem = ReadSample().Problems[2];
        Assert.Equal(ProblemKind.NoTitle, problem.Kind);
        Assert.Equal(7, problem.Line);
        Assert.Equal("no title: the record's title/headline field is missing or empty", problem.Reason);
    }

    [Fact]
    public void Windows1252_lines_are_decoded_as_such_and_noted_once()
    {
        var bytes = CodePagesEncodingProvider.Instance.GetEncoding(1252)!
            .GetBytes("{\"title\": \"A\", \"text\": \"plain\"}\n{\"title\": \"Kim\u2019s visit\", \"text\": \"caf\u00e9\"}\n{\"title\": \"B\", \"text\": \"na\u00efve\"}\n");
        var result = JsonLinesReader.Read(new MemoryStream(bytes), "x.jsonl");
        Assert.Equal(["A", "Kim\u2019s visit", "B"], result.Articles.Select(a => a.Title));
        Assert.Equal("caf\u00e9", result.Articles[1].Text);
        var warning = Assert.Single(result.Warnings, w => w.Kind == ProblemKind.Windows1252);
        Assert.Equal(2, warning.Line);
        Assert.StartsWith("2 line(s) from here on are not valid UTF-8; read as Windows-1252", warning.Reason);
    }

    [Fact]
    public void One_windows1252_line_does_not_garble_the_utf8_lines()
    {
        var utf8 = Encoding.UTF8.GetBytes("{\"title\": \"Caf\u00e9 one\", \"text\": \"x\"}\n");
        var cp1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252)!.GetBytes("{\"title\": \"Caf\u00e9 two\", \"text\": \"x\"}\n");
        var result = JsonLinesReader.Read(new MemoryStream([.. utf8, .. cp1252, .. utf8]), "mixed.jsonl");
        Assert.Equal(["Caf\u00e9 one", "Caf\u00e9 two", "Caf\u00e9 one"], result.Articles.Select(a => a.Title));
    }

    [Fact]
    public void Utf8_bom_and_crlf_are_not_part_of_the_records()
    {
        var bytes = Encoding.UTF8.GetBytes("\uFEFF{\"title\": \"A\", \"text\": \"x\"}\r\n\r\n{\"title\": \"B\", \"text\": \"y\"}\r\n");
        var result = JsonLinesReader.Read(new MemoryStream(bytes), "bom.jsonl");
        Assert.Equal([("A", 1), ("B", 3)], result.Articles.Select(a => (a.Title, a.Line)));
        Assert.Empty(result.Problems);
    }

    [Fact]
    public void A_truncated_line_says_where_without_the_parser_noise()
    {
        var result = JsonLinesReader.Read(new MemoryStream(Encoding.UTF8.GetBytes("{\"title\": \"A\", \"text\": \"cut off")), "cut.jsonl");
        var reason = Assert.Single(result.Problems).Reason;
        Assert.StartsWith("malformed JSON: ", reason);
        Assert.Contains("(at character ", reason);
        Assert.DoesNotContain("LineNumber", reason);
        Assert.DoesNotContain("BytePosition", reason);
    }

    [Fact]
    public void Empty_jsonl_file_is_a_problem()
    {
        var result = JsonLinesReader.Read(new MemoryStream(Encoding.UTF8.GetBytes("\n\n")), "empty.jsonl");
        Assert.Equal(1, result.Records);
        Assert.Equal("empty file: no JSON lines", Assert.Single(result.Problems).Reason);
    }
}

public sealed class JsonLinesBatchTests
{
    [Fact]
    public void Large_files_parse_in_parallel_batches_and_keep_line_order()
    {
        // More lines than one batch, with problems and warnings scattered through them.
        var lines = Enumerable.Range(1, 10_000).Select(i => i % 997 == 0 ? "{broken"
            : i % 501 == 0 ? $"{{\"title\": \"T{i}\", \"text\": \"x\"}}"
            : $"{{\"title\": \"T{i}\", \"text\": \"x\", \"date\": \"2019-01-01\", \"url\": \"https://example.org/{i}\"}}");
        var bytes = System.Text.Encoding.UTF8.GetBytes(string.Join("\n", lines));

        var result = JsonLinesReader.Read(new MemoryStream(bytes), "big.jsonl");

        Assert.Equal(10_000, result.Records);
        Assert.Equal(10_000 / 997, result.Problems.Count);
        Assert.Equal(result.Records, result.Articles.Count + result.Problems.Count);
        Assert.Equal(result.Articles.OrderBy(a => a.Line).Select(a => a.Line), result.Articles.Select(a => a.Line));
        Assert.Equal(result.Problems.OrderBy(p => p.Line).Select(p => p.Line), result.Problems.Select(p => p.Line));
        Assert.Equal(Enumerable.Range(1, 10_000).Where(i => i % 501 == 0 && i % 997 != 0), result.Warnings.Select(w => w.Line));
    }
}
