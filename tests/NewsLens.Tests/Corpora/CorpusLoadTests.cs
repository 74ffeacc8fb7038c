using Microsoft.Data.Analysis;
using NewsLens;
using NewsLens.Tests.Support;

namespace NewsLens.Tests.Corpora;

public sealed class CorpusLoadTests
{
    [Fact]
    public void Folder_is_read_recursively_in_a_stable_order()
    {
        using var dir = new TempFolder();
        dir.Write("b/2019/second.txt", Fixtures.SeedLayout(title: "Second", url: "https://example.org/2"));
        dir.Write("a/first.txt", Fixtures.SeedLayout(title: "First", url: "https://example.org/1"));
        dir.Write("c.jsonl", "{\"title\": \"Third\", \"text\": \"x\", \"date\": \"2019-01-01\"}\n");

        var corpus = Corpus.Load(dir.Path);

        Assert.Equal(["First", "Second", "Third"], corpus.Rows.Select(a => a.Title));
        Assert.Equal(3, corpus.Summary.Files);
    }

    [Fact]
    public void Records_always_equal_articles_plus_problems()
    {
        using var dir = new TempFolder();
        dir.Write("ok.txt", Fixtures.SeedLayout());
        dir.Write("empty.txt", "\n\n");
        dir.WriteBytes("image.txt", [0x89, 0x50, 0x00, 0x00]);
        dir.Write("notes.md", "# not an article");
        dir.Write("copy.txt", Fixtures.SeedLayout(title: "Same url, other title"));
        dir.Write("rows.jsonl", "{\"title\": \"J1\", \"text\": \"a\"}\nnot json\n{\"title\": \"J2\", \"text\": \"b\"}\n");

        var corpus = Corpus.Load(dir.Path);
        var s = corpus.Summary;

        Assert.Equal(8, s.Records);
        Assert.Equal(3, s.Articles);
        Assert.Equal(5, s.Problems.Count);
        Assert.Equal(s.Records, s.Articles + s.Problems.Count);
        Assert.Equal(s.Articles, (int)corpus.Table.Rows.Count);
        Assert.Equal(
            [ProblemKind.Duplicate, ProblemKind.EmptyFile, ProblemKind.BinaryFile, ProblemKind.UnknownFormat, ProblemKind.MalformedJson],
            s.Problems.Select(p => p.Kind).OrderBy(k => k == ProblemKind.Duplicate ? 0 : 1).ThenBy(k => k switch
            {
                ProblemKind.EmptyFile => 1, ProblemKind.BinaryFile => 2, ProblemKind.UnknownFormat => 3, _ => 4,
            }));
    }

    [Fact]
    public void Duplicate_by_url_keeps_the_first_and_names_it()
    {
        using var dir = new TempFolder();
        var first = dir.Write("1.txt", Fixtures.SeedLayout(title: "Original"));
        var second = dir.Write("2.txt", Fixtures.SeedLayout(title: "Republished with a new headline"));

        var corpus = Corpus.Load(dir.Path);

        Assert.Equal("Original", Assert.Single(corpus.Rows).Title);
        var problem = Assert.Single(corpus.Problems);
        Assert.Equal(ProblemKind.Duplicate, problem.Kind);
        Assert.Equal(second, problem.Path);
        Assert.Equal($"duplicate of {first}:1 (same url https://example.org/world/2019/04/25/kim-putin); the first is kept", problem.Reason);
        Assert.Equal(1, corpus.Summary.Duplicates);
    }

    [Fact]
    public void Duplicate_by_title_date_and_text_is_found_without_urls()
    {
        using var dir = new TempFolder();
        dir.Write("1.txt", Fixtures.SeedLayout(url: null));
        dir.Write("2.txt", Fixtures.SeedLayout(url: null, byline: "By Someone Else"));
        dir.Write("3.txt", Fixtures.SeedLayout(url: null, date: "April 26, 2019"));

        var corpus = Corpus.Load(dir.Path);

        Assert.Equal(2, corpus.Summary.Articles);
        Assert.EndsWith("(same title, date and text); the first is kept", Assert.Single(corpus.Problems).Reason);
    }

    [Fact]
    public void Ids_are_stable_across_loads_and_folders_and_differ_between_articles()
    {
        using var a = new TempFolder();
        using var b = new TempFolder();
        a.Write("x.txt", Fixtures.SeedLayout());
        b.Write("deep/elsewhere/renamed.txt", Fixtures.SeedLayout());
        a.Write("y.txt", Fixtures.SeedLayout(title: "Another story", url: "https://example.org/other"));

        var first = Corpus.Load(a.Path).Rows;
        var again = Corpus.Load(a.Path).Rows;
        var moved = Corpus.Load(b.Path).Rows;

        Assert.Equal(first.Select(x => x.Id), again.Select(x => x.Id));
        Assert.Equal(first[0].Id, moved[0].Id);
        Assert.NotEqual(first[0].Id, first[1].Id);
        Assert.Matches("^[0-9a-f]{16}$", first[0].Id);
    }

    [Fact]
    public void Articles_frame_has_typed_columns_in_documented_order()
    {
        var corpus = Corpus.Load(Fixtures.Seed);
        var frame = corpus.Table;

        Assert.Equal(
            ["id", "title", "byline", "source", "published", "url", "caption", "dateline", "text", "words", "path", "line"],
            frame.Columns.Select(c => c.Name));
        Assert.IsType<DateTimeDataFrameColumn>(frame[ArticleColumns.Published]);
        Assert.IsType<Int32DataFrameColumn>(frame[ArticleColumns.Words]);
        Assert.Equal(new DateTime(2019, 4, 18), frame[ArticleColumns.Published][0]);
        Assert.Equal("Reuters", frame[ArticleColumns.Byline][0]);
        Assert.Equal("themoscowtimes.com", frame[ArticleColumns.Source][0]);
        Assert.Equal(corpus.Rows[0].Words, frame[ArticleColumns.Words][0]);
        // An independent count: runs of letters/digits, joined by inner apostrophes or hyphens.
        var article = corpus.Rows[0];
        var expected = System.Text.RegularExpressions.Regex.Matches(
            article.Title + "\n" + article.Text, @"[\p{L}\p{N}]+(?:['\u2019-][\p{L}\p{N}]+)*").Count;
        Assert.Equal(expected, article.Words);
    }

    [Fact]
    public void Undated_articles_have_null_published_and_are_counted()
    {
        using var dir = new TempFolder();
        dir.Write("dated.txt", Fixtures.SeedLayout());
        dir.Write("undated.txt", Fixtures.SeedLayout(date: "Aprill 1, 2019", url: "https://example.org/u"));

        var corpus = Corpus.Load(dir.Path);

        Assert.Equal(1, corpus.Summary.Undated);
        Assert.Null(corpus.Table[ArticleColumns.Published][1]);
        Assert.Equal(new DateOnly(2019, 4, 25), corpus.Summary.First);
        Assert.Equal(new DateOnly(2019, 4, 25), corpus.Summary.Last);
    }

    [Fact]
    public void Several_paths_combine_and_sources_are_counted()
    {
        using var dir = new TempFolder();
        var file = dir.Write("one.txt", Fixtures.SeedLayout(url: "https://www.example.net/a"));

        var corpus = Corpus.Load(Fixtures.Seed, file, Fixtures.Path("export-sample.jsonl"));

        Assert.Equal(5, corpus.Summary.Articles);
        Assert.Equal(
            [new SourceCount("example.net", 2), new SourceCount("example.org", 1), new SourceCount("news.example.com", 1), new SourceCount("themoscowtimes.com", 1)],
            corpus.Summary.Sources);
    }

    [Fact]
    public void Same_file_given_twice_is_read_once()
    {
        var corpus = Corpus.Load(Fixtures.Seed, Fixtures.Seed);
        Assert.Equal(1, corpus.Summary.Records);
    }
}

public sealed class CorpusLoadProgressTests
{
    private sealed class Recorder : IProgress<LoadProgress>
    {
        public List<LoadProgress> Reports { get; } = [];
        public void Report(LoadProgress value) { lock (Reports) Reports.Add(value); }
    }

    [Fact]
    public void Progress_ends_with_every_file_and_byte_counted()
    {
        using var dir = new TempFolder();
        for (var i = 0; i < 20; i++) dir.Write($"{i:D2}.txt", Fixtures.SeedLayout(title: $"T{i}", url: $"https://example.org/{i}"));
        var recorder = new Recorder();

        var corpus = Corpus.Load([dir.Path], recorder);

        var last = recorder.Reports[^1];
        Assert.Equal(20, corpus.Summary.Articles);
        Assert.Equal((20, 20), (last.FilesDone, last.Files));
        Assert.Equal(last.Bytes, last.BytesDone);
        Assert.Equal(Directory.GetFiles(dir.Path).Sum(f => new FileInfo(f).Length), last.Bytes);
        Assert.Contains("20/20 files", last.ToString());
    }
}
