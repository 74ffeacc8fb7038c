using System.Text.Json;
using NewsLens.Tests.Support;

namespace NewsLens.Tests.Cli;

public sealed class CountCommandTests
{
    private static string[] Args(params string[] extra) =>
        ["count", Fixtures.Path("rules-a1.txt"), Fixtures.Path("rules-a2.txt"), "--lexicon", Fixtures.Path("rules-lexicon.yaml"), .. extra];

    [Fact]
    public void Csv_has_the_documented_header_and_one_row_per_period_and_entity_with_mentions()
    {
        var (exit, output, error) = CliRunner.Run(Args("--period", "month"));

        Assert.Equal("", error);
        Assert.Equal(0, exit);
        var lines = output.TrimEnd('\n').Split('\n');
        Assert.Equal("period,entity,label,kind,mentions,articles,period_articles,period_words,share,per_10k_words,articles_about,share_about", lines[0]);
        // April: rules-a1 alone; May: rules-a2 alone. Rows sorted by period, then entity id.
        Assert.Equal(["kim_jong_un", "north_korea", "putin", "sanctions"], lines.Skip(1).Where(l => l.StartsWith("2019-04-01")).Select(l => l.Split(',')[1]));
        Assert.StartsWith("2019-04-01,putin,Vladimir Putin,person,3,1,1,", Assert.Single(lines, l => l.StartsWith("2019-04-01,putin")));
        Assert.StartsWith("2019-05-01,nuclear,Nuclear weapons,topic,5,1,1,", Assert.Single(lines, l => l.StartsWith("2019-05-01,nuclear")));
        var who = Assert.Single(lines, l => l.StartsWith("2019-05-01,who")).Split(',');
        Assert.Equal("1", who[8]); // share: the one May article mentions the WHO
        Assert.Equal(12, lines.Length);
    }

    [Fact]
    public void Same_input_gives_byte_identical_output()
    {
        Assert.Equal(CliRunner.Run(Args()).Out, CliRunner.Run(Args()).Out);
    }

    [Fact]
    public void Week_period_labels_rows_with_the_monday()
    {
        var (_, output, _) = CliRunner.Run(Args("--period", "week"));
        // April 25, 2019 is a Thursday; May 2 too.
        Assert.Contains("\n2019-04-22,putin,", output);
        Assert.Contains("\n2019-04-29,nuclear,", output);
    }

    [Fact]
    public void Json_has_period_undated_counts_and_rows_with_the_csv_keys()
    {
        var (exit, output, _) = CliRunner.Run(Args("--format", "json", "--metonyms"));

        Assert.Equal(0, exit);
        var json = JsonDocument.Parse(output).RootElement;
        Assert.Equal("month", json.GetProperty("period").GetString());
        Assert.Equal(0, json.GetProperty("undated_articles").GetInt32());
        var rows = json.GetProperty("rows").EnumerateArray().ToList();
        Assert.Equal(12, rows.Count);
        var korea = Assert.Single(rows, r => r.GetProperty("entity").GetString() == "north_korea" && r.GetProperty("period").GetString() == "2019-05-01");
        Assert.Equal(1, korea.GetProperty("mentions").GetInt32());
        Assert.Equal(["period", "entity", "label", "kind", "mentions", "articles", "period_articles", "period_words", "share", "per_10k_words", "articles_about", "share_about"],
            rows[0].EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public void Bad_lexicon_prints_file_line_and_fix_and_exits_1()
    {
        using var dir = new TempFolder();
        var lexicon = dir.Write("bad.yaml", "entries:\n  - id: x\n    kind: person\n    aliases: [\"de*x\"]\n");

        var (exit, output, error) = CliRunner.Run("count", Fixtures.Path("rules-a1.txt"), "--lexicon", lexicon);

        Assert.Equal(1, exit);
        Assert.Equal("", output);
        Assert.Equal($"error: {lexicon}:4: malformed pattern 'de*x' in entry 'x': one '*' may only end a pattern, after at least 3 characters of a word (e.g. 'denucleari*')\n", error.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Discover_lists_candidates_as_csv()
    {
        using var dir = new TempFolder();
        dir.Write("a.txt", Fixtures.SeedLayout(body: "Envoy Stephen Biegun arrived.\n\nOfficials met Stephen Biegun.", url: "https://example.org/1"));
        dir.Write("b.txt", Fixtures.SeedLayout(title: "Second", body: "Stephen Biegun left.\n\nThe end.", url: "https://example.org/2"));

        var (exit, output, _) = CliRunner.Run("discover", dir.Path);

        Assert.Equal(0, exit);
        var lines = output.TrimEnd('\n').Split('\n');
        Assert.Equal("phrase,mentions,articles,cued,example,example_date", lines[0]);
        Assert.StartsWith("Stephen Biegun,3,2,1,", lines[1]);
        Assert.EndsWith(",2019-04-25", lines[1]);
    }
}
