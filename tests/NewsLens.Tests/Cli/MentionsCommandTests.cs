using System.Text.Json;
using NewsLens.Tests.Support;

namespace NewsLens.Tests.Cli;

/// <summary><c>newslens mentions</c>: one documented row per article and entity, the same bytes every run.</summary>
public sealed class MentionsCommandTests
{
    private static string[] Args(params string[] extra) =>
        ["mentions", Fixtures.Path("rules-a1.txt"), Fixtures.Path("rules-a2.txt"), "--lexicon", Fixtures.Path("rules-lexicon.yaml"), .. extra];

    [Fact]
    public void Csv_has_the_documented_columns_and_a_row_per_article_and_entity()
    {
        var (exit, output, error) = CliRunner.Run(Args());

        Assert.Equal("", error);
        Assert.Equal(0, exit);
        var lines = output.TrimEnd('\n').Split('\n');
        Assert.Equal("article_id,url,published,entity,label,kind,mentions,first_offset,in_title,in_lead,about", lines[0]);
        var putin = Assert.Single(lines, l => l.Contains(",https://example.org/putin/kim-putin,", StringComparison.Ordinal) && l.Contains(",putin,", StringComparison.Ordinal)).Split(',');
        Assert.Equal("2019-04-25", putin[2]);
        Assert.Equal("Vladimir Putin", putin[4]);
        Assert.Equal("0", putin[7]);                       // first named in the title
        Assert.Equal(["true", "true", "true"], putin[8..11]); // title, lead (the body's first paragraph), about
        // Sanctions are named once, in the second paragraph; the first holds 17 words, under the lead's 20, so the
        // lead runs on into the second: in the lead, about.
        var sanctions = Assert.Single(lines, l => l.Contains(",sanctions,", StringComparison.Ordinal)).Split(',');
        Assert.Equal("1", sanctions[6]);
        Assert.Equal(["false", "true", "true"], sanctions[8..11]);
        // a2's first paragraph holds 26 words, so the lead ends with it; the WHO, named once in the second, is mentioned, not about.
        var who = Assert.Single(lines, l => l.Contains(",who,", StringComparison.Ordinal)).Split(',');
        Assert.Equal("1", who[6]);
        Assert.Equal(["false", "false", "false"], who[8..11]);
        // Articles in load order: every a1 row comes before every a2 row.
        var urls = lines.Skip(1).Select(l => l.Split(',')[1]).ToList();
        Assert.Equal(urls.OrderBy(u => u == "https://example.org/a2" ? 1 : 0), urls);
    }

    [Fact]
    public void Jsonl_has_the_same_rows_with_typed_values()
    {
        var csv = CliRunner.Run(Args()).Out.TrimEnd('\n').Split('\n');
        var (exit, output, _) = CliRunner.Run(Args("--format", "jsonl"));

        Assert.Equal(0, exit);
        var rows = output.TrimEnd('\n').Split('\n').Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(csv.Length - 1, rows.Count);
        Assert.Equal(csv[0].Split(','), rows[0].EnumerateObject().Select(p => p.Name));
        Assert.Equal(JsonValueKind.Number, rows[0].GetProperty("mentions").ValueKind);
        Assert.Equal(JsonValueKind.True, rows[0].GetProperty("about").ValueKind);
    }

    [Fact]
    public void Same_input_gives_byte_identical_output()
    {
        Assert.Equal(CliRunner.Run(Args()).Out, CliRunner.Run(Args()).Out);
        Assert.Equal(CliRunner.Run(Args("--format", "jsonl")).Out, CliRunner.Run(Args("--format", "jsonl")).Out);
    }
}
