using NewsLens;
using NewsLens.Tests.Cli;
using NewsLens.Tests.Support;
using System.Text.Json.Serialization;
using Parquet.Serialization;

namespace NewsLens.Tests.Corpora;

public sealed class ConvertMentionsTests
{
    // Read by the column names a DuckDB or pandas user sees, the same as mentions.Table and the mentions CSV.
    private sealed class MentionRecord
    {
        [JsonPropertyName("article_id")] public string ArticleId { get; set; } = "";
        [JsonPropertyName("published")] public DateTime? Published { get; set; }
        [JsonPropertyName("entity")] public string Entity { get; set; } = "";
        [JsonPropertyName("label")] public string Label { get; set; } = "";
        [JsonPropertyName("kind")] public string Kind { get; set; } = "";
        [JsonPropertyName("mentions")] public int Count { get; set; }
        [JsonPropertyName("first_offset")] public int FirstOffset { get; set; }
    }

    [Fact]
    public async Task Convert_with_a_lexicon_writes_the_corpus_and_its_mentions_in_one_pass()
    {
        using var dir = new TempFolder();
        var lines = Enumerable.Range(0, 5_000).Select(i =>
            $$"""{"title": "Kim story {{i}}", "date": "{{(i % 10 == 0 ? "" : "2019-02-03")}}", "url": "https://example.org/{{i}}", "text": "Kim Jong Un met Moon Jae-in{{(i % 3 == 0 ? " and Kim again" : "")}}."}""");
        var jsonl = dir.Write("c.jsonl", string.Join("\n", lines));
        var lexicon = dir.Write("lex.yaml", "entries:\n  - id: kim\n    kind: person\n    aliases: [Kim Jong Un, Kim]\n  - id: moon\n    label: Moon Jae-in\n    kind: person\n    aliases: [Moon Jae-in]\n");
        var target = Path.Combine(dir.Path, "out", "c.parquet");

        var (exit, output, error) = CliRunner.Run("convert", jsonl, "--to", target, "--lexicon", lexicon);

        Assert.True(exit == 0, error);
        Assert.Contains("to " + Path.Combine(dir.Path, "out", "c.mentions.parquet"), output);
        var expected = Corpus.Load(jsonl).Count(Lexicon.Load(lexicon)).Rows;
        var written = (await ParquetSerializer.DeserializeAsync<MentionRecord>(Path.Combine(dir.Path, "out", "c.mentions.parquet"))).Data;
        Assert.Equal(expected.Count, written.Count);
        Assert.Equal(expected.Select(r => (r.ArticleId, r.Published?.ToDateTime(TimeOnly.MinValue), r.Entity, r.Label, r.Kind, r.Count, r.FirstOffset)),
            written.Select(r => (r.ArticleId, r.Published, r.Entity, r.Label, r.Kind, r.Count, r.FirstOffset)));
        Assert.Equal(Corpus.Load(jsonl).Rows.Select(a => (a.Id, a.Text)), Corpus.Load(target).Rows.Select(a => (a.Id, a.Text)));
    }

    [Fact]
    public void A_writer_disposed_without_commit_leaves_nothing()
    {
        using var dir = new TempFolder();
        var target = Path.Combine(dir.Path, "x.parquet");
        using (var writer = new ParquetArticleWriter(target))
            writer.Append(Corpus.Load(Fixtures.Seed).Rows);

        Assert.Empty(Directory.GetFiles(dir.Path));
    }

    [Fact]
    public void A_bad_lexicon_stops_convert_before_anything_is_written()
    {
        using var dir = new TempFolder();
        var corpus = dir.Write("a.txt", Fixtures.SeedLayout());
        var lexicon = dir.Write("lex.yaml", "entries:\n  - id: kim\n    kind: person\n");
        var (exit, _, error) = CliRunner.Run("convert", corpus, "--to", Path.Combine(dir.Path, "c.parquet"), "--lexicon", lexicon);
        Assert.Equal(1, exit);
        Assert.StartsWith("error: " + lexicon + ":2: ", error);
        Assert.False(File.Exists(Path.Combine(dir.Path, "c.parquet")));
    }
}
