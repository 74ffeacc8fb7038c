using System.Diagnostics;
using System.Text;
using NewsLens;
using NewsLens.Tests.Support;

namespace NewsLens.Tests.Robustness;

/// <summary>
/// Mutated seed-layout, JSONL and CSV inputs (see <see cref="Mutator"/>): no reader throws or hangs, and every
/// input's records are exactly its articles plus its problems. 34,000 inputs per format by default (102,000 in
/// all); NEWSLENS_FUZZ=N sets the number per format. A failure names the input's number, which rebuilds it.
/// </summary>
public sealed class ReaderFuzzTests
{
    private static int PerFormat => int.TryParse(Environment.GetEnvironmentVariable("NEWSLENS_FUZZ"), out var n) ? n : 34_000;

    /// <summary>Valid inputs to start from: the fixtures and a few variants built here.</summary>
    private static byte[][] Seeds(string format) => format switch
    {
        "seed" =>
        [
            File.ReadAllBytes(Fixtures.Seed),
            Encoding.UTF8.GetBytes(Fixtures.SeedLayout()),
            Encoding.UTF8.GetBytes(Fixtures.SeedLayout(byline: null, caption: null, newline: "\r\n")),
            Encoding.UTF8.GetBytes(Fixtures.SeedLayout(body: "One.\n\nRelated article: Elsewhere\n\nTwo.", date: "Sept. 3, 2019")),
        ],
        "jsonl" =>
        [
            File.ReadAllBytes(Fixtures.Path("export-sample.jsonl")),
            Encoding.UTF8.GetBytes("{\"headline\": \"A\", \"date\": \"2019-05-01T23:30:00-05:00\", \"body\": \"x\\ny\", \"authors\": [\"P\", \"Q\"]}\n{\"title\": \"B\", \"text\": \"\\u00e9\"}\n"),
        ],
        _ =>
        [
            File.ReadAllBytes(Fixtures.Path("export-semicolon.csv")),
            File.ReadAllBytes(Fixtures.Path("export-no-title.csv")),
            Encoding.UTF8.GetBytes("title,date,text,url\n\"A, b\",2019-01-02,\"multi\nline\",https://example.org/a\nB,01/02/2019,plain,\n"),
        ],
    };

    private static FileReadResult Read(string format, byte[] bytes) => format switch
    {
        "seed" => SeedLayoutReader.Read(bytes, "fuzz.txt"),
        "jsonl" => JsonLinesReader.Read(new MemoryStream(bytes), "fuzz.jsonl"),
        _ => CsvArticleReader.Read(bytes, "fuzz.csv"),
    };

    [Theory]
    [InlineData("seed")]
    [InlineData("jsonl")]
    [InlineData("csv")]
    public void Mutated_inputs_never_crash_and_every_record_is_an_article_or_a_problem(string format)
    {
        var seeds = Seeds(format);
        var failures = new List<string>();
        var slowest = TimeSpan.Zero;
        for (var i = 0; i < PerFormat && failures.Count < 10; i++)
        {
            var bytes = Mutator.Mutate(seeds[i % seeds.Length], seed: i);
            var clock = Stopwatch.StartNew();
            try
            {
                var result = Read(format, bytes);
                if (result.Records != result.Articles.Count + result.Problems.Count)
                    failures.Add($"{format} input {i}: {result.Records} records but {result.Articles.Count} articles + {result.Problems.Count} problems");
                if (result.Records < 1)
                    failures.Add($"{format} input {i}: no record and no problem");
                foreach (var a in result.Articles)
                    if (string.IsNullOrWhiteSpace(a.Title) || a.Line < 1)
                        failures.Add($"{format} input {i}: article with empty title or line {a.Line}");
                foreach (var p in result.Problems.Concat(result.Warnings))
                    if (p.Line < 1 || string.IsNullOrWhiteSpace(p.Reason))
                        failures.Add($"{format} input {i}: problem without line or reason");
            }
            catch (Exception e)
            {
                failures.Add($"{format} input {i}: {e.GetType().Name}: {e.Message}");
            }
            if (clock.Elapsed > slowest) slowest = clock.Elapsed;
        }
        Assert.Empty(failures);
        // A hang would stop the run; a pathological slowdown on one input shows here.
        Assert.True(slowest < TimeSpan.FromSeconds(5), $"slowest {format} input took {slowest.TotalSeconds:F1} s");
    }

    [Fact]
    public void A_folder_of_mutated_files_loads_with_every_record_accounted_for()
    {
        using var dir = new TempFolder();
        var formats = new[] { ("seed", ".txt"), ("jsonl", ".jsonl"), ("csv", ".csv") };
        for (var i = 0; i < 1_500; i++)
        {
            var (format, extension) = formats[i % 3];
            var seeds = Seeds(format);
            dir.WriteBytes($"{i % 7}/{i:D5}{extension}", Mutator.Mutate(seeds[i % seeds.Length], seed: 1_000_000 + i));
        }

        var corpus = Corpus.Load(dir.Path);
        var streamed = Corpus.Stream(dir.Path);
        foreach (var _ in streamed.Batches()) { }

        Assert.Equal(1_500, corpus.Summary.Files);
        Assert.Equal(corpus.Summary.Records, corpus.Summary.Articles + corpus.Problems.Count);
        Assert.Equal(corpus.Summary with { Problems = [], Warnings = [], Sources = [] }, streamed.Corpus.Summary with { Problems = [], Warnings = [], Sources = [] });
        // Every file is either the source of an article or named in a problem.
        var named = corpus.Rows.Select(a => a.Path).Concat(corpus.Problems.Select(p => p.Path)).ToHashSet();
        Assert.Equal(1_500, named.Count);
    }
}
