using System.Text;
using NewsLens;
using NewsLens.Tests.Support;

namespace NewsLens.Tests.Corpora;

public sealed class CorpusStreamTests
{
    private static readonly Lexicon People = Lexicon.Parse("""
        entries:
          - id: kim
            kind: person
            aliases: [Kim Jong Un, Kim]
          - id: moon
            kind: person
            aliases: [Moon Jae-in]
          - id: talks
            kind: topic
            aliases: [talks, summit]
        """);

    /// <summary>
    /// Seed files, a JSONL export larger than one read batch, and a Parquet copy of part of them, with duplicates
    /// across formats and bad records in each, so that every path through the stream is taken.
    /// </summary>
    private static string[] MixedCorpus(TempFolder dir)
    {
        for (var i = 0; i < 30; i++)
            dir.Write($"seed/{i:D3}.txt", Fixtures.SeedLayout(
                title: $"Kim meets Moon Jae-in {i}", date: $"May {1 + i % 28}, 2018", url: $"https://example.org/seed/{i}",
                body: i % 4 == 0 ? "Summit talks: Kim Jong Un and Kim again." : "Nothing to see."));
        dir.Write("seed/broken.txt", "\n\n\n");
        var lines = Enumerable.Range(0, 12_000).Select(i => i % 1000 == 7 ? "{not json"
            : i % 2000 == 3 ? $$"""{"title": "Kim meets Moon Jae-in 3", "date": "2018-05-04", "url": "https://example.org/seed/3", "text": "repeat"}"""
            : $$"""{"title": "Story {{i}}", "date": "2019-{{1 + i % 12:D2}}-02", "url": "https://example.org/j/{{i}}", "text": "{{(i % 3 == 0 ? "Moon Jae-in held talks. Kim" : "plain")}}"}""");
        var jsonl = dir.Write("export.jsonl", string.Join("\n", lines) + "\n");
        var parquet = Path.Combine(dir.Path, "part.parquet");
        Corpus.Load(Path.Combine(dir.Path, "seed")).SaveParquet(parquet);
        return [Path.Combine(dir.Path, "seed"), jsonl, parquet];
    }

    [Fact]
    public void Streamed_counts_equal_the_counts_of_the_loaded_corpus()
    {
        using var dir = new TempFolder();
        var paths = MixedCorpus(dir);

        var loaded = Corpus.Load(paths);
        var expected = loaded.Count(People);
        var stream = Corpus.Stream(paths);
        var streamed = stream.Count(People);

        Assert.True(expected.Rows.Count > 4000);
        Assert.Equal(expected.Rows, streamed.Rows);
        Assert.Equal(loaded.Summary with { Problems = [], Warnings = [], Sources = [] }, stream.Corpus.Summary with { Problems = [], Warnings = [], Sources = [] });
        Assert.Equal(loaded.Problems, stream.Corpus.Problems);
        Assert.Equal(loaded.Summary.Sources, stream.Corpus.Summary.Sources);
        Assert.Equal(loaded.Summary.Records, stream.Corpus.Summary.Articles + stream.Corpus.Problems.Count);
        Assert.Equal(expected.Timeline(Period.Month).Rows, streamed.Timeline(Period.Month).Rows);
        // Rows are made on access: the list, the indexer and the total agree.
        Assert.Equal(streamed.Rows.ToList()[100], streamed.Rows[100]);
        Assert.Equal(streamed.Rows.Sum(r => (long)r.Count), streamed.Total);
        Assert.True(streamed.Total > streamed.Rows.Count);
    }

    [Fact]
    public void Streamed_corpus_keeps_metadata_but_no_text()
    {
        using var dir = new TempFolder();
        var paths = MixedCorpus(dir);
        var stream = Corpus.Stream(paths);
        var mentions = stream.Count(People);

        var corpus = stream.Corpus;
        Assert.False(corpus.HasText);
        Assert.False(mentions.HasText);
        Assert.All(corpus.Rows, a => Assert.Equal("", a.Text));
        static object Metadata(Article a) => (a.Id, a.Title, a.Byline, a.Source, a.Published, a.Url, a.Caption, string.Join("|", a.Related), a.Words, a.Path, a.Line);
        Assert.Equal(Corpus.Load(paths).Rows.Select(Metadata), corpus.Rows.Select(Metadata));
        Assert.DoesNotContain(ArticleColumns.Text, corpus.Table.Columns.Select(c => c.Name));
        Assert.Contains(ArticleColumns.Title, corpus.Table.Columns.Select(c => c.Name));
    }

    [Fact]
    public void Streamed_counts_do_not_depend_on_the_thread_count()
    {
        using var dir = new TempFolder();
        var paths = MixedCorpus(dir);
        var matcher = Matcher.For(People);

        var one = Mentions.Count(Corpus.Stream(paths), matcher, threads: 1);
        var two = Mentions.Count(Corpus.Stream(paths), matcher, threads: 2);

        Assert.Equal(one.Rows, two.Rows);
    }

    [Fact]
    public void Mentions_in_context_of_a_streamed_count_read_their_articles_again()
    {
        using var dir = new TempFolder();
        var paths = MixedCorpus(dir);
        var loaded = Corpus.Load(paths).Count(People).InContext("kim");

        var streamed = Corpus.Stream(paths).Count(People).InContext("kim");

        Assert.NotEmpty(loaded.Rows);
        Assert.Equal(loaded.Rows, streamed.Rows);
    }

    [Fact]
    public void A_file_gone_since_streaming_leaves_its_mentions_out_of_context_but_fails_nothing()
    {
        using var dir = new TempFolder();
        var paths = MixedCorpus(dir);
        var mentions = Corpus.Stream(paths).Count(People);
        var before = mentions.InContext("kim");
        File.Delete(paths[1]);

        var after = mentions.InContext("kim");

        Assert.True(after.Count < before.Count);
        Assert.All(after.Rows, r => Assert.Contains(before.Rows, b => b == r));
    }

    [Fact]
    public void Work_that_needs_text_says_how_to_get_it()
    {
        using var dir = new TempFolder();
        var paths = MixedCorpus(dir);
        var stream = Corpus.Stream(paths);
        var mentions = stream.Count(People);

        var count = Assert.Throws<InvalidOperationException>(() => stream.Corpus.Count(People));
        Assert.Contains("Corpus.Stream(path).Count(lexicon)", count.Message);
        Assert.Throws<InvalidOperationException>(() => stream.Corpus.Discover());
        Assert.Throws<InvalidOperationException>(() => stream.Corpus.SaveParquet(Path.Combine(dir.Path, "x.parquet")));
        Assert.False(File.Exists(Path.Combine(dir.Path, "x.parquet")));
    }

    [Fact]
    public void A_stream_is_read_once_and_its_corpus_is_known_at_the_end()
    {
        using var dir = new TempFolder();
        var stream = Corpus.Stream(MixedCorpus(dir));

        Assert.Contains("count it first", Assert.Throws<InvalidOperationException>(() => stream.Corpus).Message);
        _ = stream.Count(People);
        Assert.Throws<InvalidOperationException>(() => stream.Batches());
    }

    [Fact]
    public void Reading_ahead_keeps_load_order_when_the_caller_is_slower_than_the_reader()
    {
        using var dir = new TempFolder();
        var paths = MixedCorpus(dir);
        var stream = Corpus.Stream(paths);
        var seen = new List<Article>();
        foreach (var batch in stream.Batches())
        {
            Thread.Sleep(20); // the reader runs ahead meanwhile; what arrives must still be in order and complete
            seen.AddRange(batch);
        }

        var loaded = Corpus.Load(paths).Rows;
        Assert.Equal(loaded.Select(a => (a.Id, a.Path, a.Line)), seen.Select(a => (a.Id, a.Path, a.Line)));
        Assert.Equal(loaded.Select(a => a.Text), seen.Select(a => a.Text));
        Assert.Equal(loaded.Count, stream.Corpus.Summary.Articles);
    }

    [Fact]
    public async Task A_caller_that_stops_early_stops_the_reader()
    {
        using var dir = new TempFolder();
        var lines = Enumerable.Range(0, 50_000).Select(i =>
            $$"""{"title": "WIRE {{i}}", "date": "2021-03-{{1 + i % 28:D2}}", "url": "https://example.org/w/{{i}}", "text": "SEOUL - Kim said."}""");
        var stream = Corpus.Stream(dir.Write("wire.jsonl", string.Join("\n", lines)));

        // Seven batches, more than are read ahead, so the reader is blocked handing one over when the caller leaves: it must
        // be told to stop, or leaving would wait for it for ever (WaitAsync then throws TimeoutException).
        var first = await Task.Run(() => stream.Batches().First()).WaitAsync(TimeSpan.FromSeconds(60));

        Assert.NotEmpty(first);
        Assert.Throws<InvalidOperationException>(() => stream.Corpus); // not read to the end
    }

    [Fact]
    public void A_stream_with_no_articles_fails_like_a_load()
    {
        using var dir = new TempFolder();
        dir.Write("empty.txt", "");

        var e = Assert.Throws<CorpusException>(() => Corpus.Stream(dir.Path).Count(People));
        Assert.Equal(Assert.Throws<CorpusException>(() => Corpus.Load(dir.Path)).Message, e.Message);
    }

    [Fact]
    public void A_missing_path_fails_when_the_stream_is_opened()
    {
        var e = Assert.Throws<CorpusException>(() => Corpus.Stream("/no/such/folder"));
        Assert.Contains("/no/such/folder", e.Message);
    }

    [Fact]
    public void Streamed_conversion_writes_row_groups_that_read_back_equal()
    {
        using var dir = new TempFolder();
        var lines = Enumerable.Range(0, 25_000).Select(i =>
            $$"""{"title": "T{{i}}", "date": "2020-01-{{1 + i % 28:D2}}", "url": "https://example.org/{{i}}", "text": "caf\u00e9 {{i}}"}""");
        var jsonl = dir.Write("big.jsonl", string.Join("\n", lines));
        var target = Path.Combine(dir.Path, "big.parquet");

        var corpus = Corpus.Stream(jsonl).SaveParquet(target);

        Assert.Equal(25_000, corpus.Summary.Articles);
        Assert.Equal(13, ParquetArticles.ReadFileInBatches(target).Count()); // row groups of 2,000
        Assert.Equal(Corpus.Load(jsonl).Rows.Select(a => (a.Id, a.Title, a.Published, a.Text, a.Line)),
            Corpus.Load(target).Rows.Select(a => (a.Id, a.Title, a.Published, a.Text, a.Line)));
    }

    [Fact]
    public void Progress_counts_articles_and_reaches_the_end_of_a_large_export()
    {
        using var dir = new TempFolder();
        var paths = MixedCorpus(dir);
        var reports = new List<LoadProgress>();

        var stream = Corpus.Stream(paths, new Inline(reports.Add));
        _ = stream.Count(People);

        var last = reports[^1];
        Assert.True(last.Finished);
        Assert.Equal(stream.Corpus.Summary.Articles, last.Articles);
        Assert.Equal(last.Bytes, last.BytesDone);
        Assert.Equal(reports.Select(r => r.BytesDone).Order(), reports.Select(r => r.BytesDone));
    }

    private sealed class Inline(Action<LoadProgress> report) : IProgress<LoadProgress>
    {
        public void Report(LoadProgress value) => report(value);
    }
}

public sealed class ByteLinesTests
{
    private static List<(int Number, string Text)> Lines(byte[] bytes) =>
        ByteLines.Read(new MemoryStream(bytes))
            .SelectMany(b => b.Lines.Select(l => (l.Number, Encoding.UTF8.GetString(b.Buffer, l.Start, l.Length))).ToList())
            .ToList();

    [Fact]
    public void Lf_crlf_and_lone_cr_each_end_one_line()
    {
        Assert.Equal([(1, "a"), (2, "b"), (3, "c"), (4, ""), (5, "d")], Lines("a\nb\r\nc\r\rd"u8.ToArray()));
    }

    [Fact]
    public void A_crlf_split_across_reads_is_one_line_break()
    {
        // The CR is the last byte of the first 4 MB read, its LF the first byte of the next.
        var first = new string('x', (4 << 20) - 1);
        var lines = Lines(Encoding.ASCII.GetBytes(first + "\r\nsecond\n"));
        Assert.Equal([1, 2], lines.Select(l => l.Number));
        Assert.Equal("second", lines[1].Text);
    }

    [Fact]
    public void A_line_longer_than_the_buffer_is_read_whole()
    {
        var huge = new string('y', 9 << 20);
        var lines = Lines(Encoding.ASCII.GetBytes("a\n" + huge + "\nb"));
        Assert.Equal([(1, "a"), (2, huge), (3, "b")], lines);
    }
}
