using System.Diagnostics;
using System.Text;
using NewsLens;
using NewsLens.Tests.Support;

namespace NewsLens.Tests.Robustness;

/// <summary>
/// Inputs at and past the limits: a huge article, a huge JSONL line, deep and looping folder trees, and (when
/// NEWSLENS_LIMITS=1, as CI sets it) 100,000 tiny files and a 5 GB JSONL stream. Each is loaded, or set aside with
/// a message naming the limit, and the rest of the corpus still loads.
/// </summary>
public sealed class LimitTests
{
    private static string Line(int i, string text = "Kim met Moon.") =>
        $$"""{"title": "T{{i}}", "date": "2019-05-0{{1 + i % 9}}", "url": "https://example.org/{{i}}", "text": "{{text}}"}""";

    [Fact]
    public void A_200_mb_article_file_is_set_aside_by_name_and_the_rest_loads()
    {
        using var dir = new TempFolder();
        dir.Write("a/ok.txt", Fixtures.SeedLayout());
        using (var huge = File.Create(Path.Combine(dir.Path, "a", "huge.txt")))
        {
            huge.Write(Encoding.UTF8.GetBytes(Fixtures.SeedLayout(url: "https://example.org/huge")));
            huge.SetLength(200L << 20);
        }

        var corpus = Corpus.Load(dir.Path);

        Assert.Equal(1, corpus.Summary.Articles);
        var problem = Assert.Single(corpus.Problems);
        Assert.Equal(ProblemKind.TooLarge, problem.Kind);
        Assert.EndsWith("huge.txt", problem.Path);
        Assert.Equal("file is 200.0 MB, over the 64.0 MB an article may be; skipped (check that it is one article, or split it)", problem.Reason);
    }

    [Fact]
    public void A_200_mb_jsonl_line_is_skipped_unread_and_the_lines_after_it_load()
    {
        using var dir = new TempFolder();
        var path = Path.Combine(dir.Path, "big.jsonl");
        using (var file = new StreamWriter(path))
        {
            file.Write(Line(1) + "\n");
            file.Write("{\"title\": \"Huge\", \"text\": \"");
            var chunk = new string('x', 1 << 20);
            for (var i = 0; i < 200; i++) file.Write(chunk);
            file.Write("\"}\r\n");
            file.Write(Line(3) + "\n" + Line(4));
        }

        var corpus = Corpus.Load(path);

        Assert.Equal(["T1", "T3", "T4"], corpus.Rows.Select(a => a.Title));
        Assert.Equal([1, 3, 4], corpus.Rows.Select(a => a.Line));
        var problem = Assert.Single(corpus.Problems);
        Assert.Equal((2, ProblemKind.TooLarge), (problem.Line, problem.Kind));
        Assert.StartsWith("line is 200.0 MB, over the 64.0 MB a record may be; skipped", problem.Reason);
    }

    [Fact]
    public void An_over_long_last_line_without_a_newline_is_one_problem()
    {
        var bytes = Encoding.UTF8.GetBytes(Line(1) + "\n" + Line(2, new string('y', 3 << 20)));
        var result = FileReadResult.Merge(JsonLinesReader.ReadInBatches(new MemoryStream(bytes), "x.jsonl", maxLine: 1 << 20));

        Assert.Equal(2, result.Records);
        Assert.Equal("T1", Assert.Single(result.Articles).Title);
        Assert.Equal((2, ProblemKind.TooLarge), (Assert.Single(result.Problems).Line, result.Problems[0].Kind));
    }

    [Fact]
    public void A_folder_tree_500_deep_is_walked_without_recursion_limits()
    {
        using var dir = new TempFolder();
        var deep = Path.Combine([dir.Path, .. Enumerable.Repeat("d", 500)]);
        Directory.CreateDirectory(deep);
        File.WriteAllText(Path.Combine(deep, "bottom.txt"), Fixtures.SeedLayout(title: "At the bottom"));
        File.WriteAllText(Path.Combine(dir.Path, "top.txt"), Fixtures.SeedLayout(url: "https://example.org/top"));

        var corpus = Corpus.Load(dir.Path);

        Assert.Equal(2, corpus.Summary.Articles);
        Assert.Contains(corpus.Rows, a => a.Path.EndsWith("bottom.txt", StringComparison.Ordinal));
    }

    [Fact]
    public void Symbolic_link_loops_are_walked_once()
    {
        using var dir = new TempFolder();
        dir.Write("a/one.txt", Fixtures.SeedLayout());
        Directory.CreateSymbolicLink(Path.Combine(dir.Path, "a", "back"), dir.Path);
        Directory.CreateSymbolicLink(Path.Combine(dir.Path, "a", "self"), Path.Combine(dir.Path, "a"));

        var corpus = Corpus.Load(dir.Path);

        Assert.Equal(1, corpus.Summary.Files);
        Assert.Equal(1, corpus.Summary.Articles);
    }

    [LongFact] // about 20 s
    public void A_hundred_thousand_tiny_files_load()
    {
        using var dir = new TempFolder();
        for (var i = 0; i < 100_000; i++)
            dir.Write($"{i / 1000:D3}/{i:D6}.txt", $"T{i}\n\nMay 1, 2019\n\nKim met Moon.\n\nOriginal url:\n\nhttps://example.org/{i}\n");

        var corpus = Corpus.Load(dir.Path);

        Assert.Equal(100_000, corpus.Summary.Files);
        Assert.Equal(100_000, corpus.Summary.Articles);
        Assert.Empty(corpus.Problems);
    }

    [LongFact] // about a minute and 5 GB of temporary disk
    public void A_5_gb_jsonl_stream_is_counted_in_bounded_memory()
    {
        using var dir = new TempFolder();
        var path = Path.Combine(dir.Path, "five.jsonl");
        var body = string.Concat(Enumerable.Repeat("Kim Jong Un met Moon Jae-in at the border, and talks went on. ", 16_000)); // ~1 MB
        long written = 0;
        var records = 0;
        using (var file = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 20))
        {
            while (written < 5L << 30)
            {
                var line = Line(records++, body);
                file.Write(line);
                file.Write('\n');
                written += line.Length + 1;
            }
        }
        var lexicon = Lexicon.Parse("entries:\n  - id: kim\n    kind: person\n    aliases: [Kim Jong Un]\n");

        var stream = Corpus.Stream(path);
        var mentions = stream.Count(lexicon);

        Assert.Equal(records, stream.Corpus.Summary.Articles);
        Assert.Equal(records * 16_000L, mentions.Rows.Sum(r => (long)r.Count));
        var peak = Process.GetCurrentProcess().PeakWorkingSet64;
        Assert.True(peak < 2L << 30, $"peak working set {peak >> 20} MB while streaming {written >> 20} MB");
    }
}
