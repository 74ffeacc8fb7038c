using System.Text.Json;
using NewsLens.Tests.Support;

namespace NewsLens.Tests.Cli;

public sealed class InspectCommandTests
{
    private static (int Exit, string Out, string Err) Run(params string[] args) => CliRunner.Run(args);

    [Fact]
    public void Json_has_the_documented_keys_and_counts_that_add_up()
    {
        using var dir = new TempFolder();
        dir.Write("ok.txt", Fixtures.SeedLayout());
        dir.Write("empty.txt", "");
        dir.Write("undated.txt", Fixtures.SeedLayout(date: null, url: "https://example.net/b"));

        var (exit, output, _) = Run("inspect", dir.Path, "--format", "json");

        Assert.Equal(0, exit);
        var json = JsonDocument.Parse(output).RootElement;
        Assert.Equal(
            ["files", "records", "articles", "problems", "undated", "duplicates", "first", "last", "sources", "warnings"],
            json.EnumerateObject().Select(p => p.Name));
        Assert.Equal(3, json.GetProperty("records").GetInt32());
        Assert.Equal(2, json.GetProperty("articles").GetInt32());
        Assert.Equal(1, json.GetProperty("undated").GetInt32());
        Assert.Equal("2019-04-25", json.GetProperty("first").GetString());
        Assert.Equal("2019-04-25", json.GetProperty("last").GetString());
        var problem = Assert.Single(json.GetProperty("problems").EnumerateArray());
        Assert.EndsWith("empty.txt", problem.GetProperty("path").GetString());
        Assert.Equal(1, problem.GetProperty("line").GetInt32());
        Assert.Equal("empty-file", problem.GetProperty("kind").GetString());
        Assert.Equal("empty file: 0 bytes (pipes and devices also have no length and are never opened)", problem.GetProperty("reason").GetString());
        Assert.Equal(["example.net", "example.org"],
            json.GetProperty("sources").EnumerateArray().Select(s => s.GetProperty("source").GetString()));
    }

    [Fact]
    public void Text_summary_lists_counts_and_problems()
    {
        using var dir = new TempFolder();
        dir.Write("ok.txt", Fixtures.SeedLayout());
        var bad = dir.Write("bad.jsonl", "{oops\n");

        var (exit, output, _) = Run("inspect", dir.Path);

        Assert.Equal(0, exit);
        Assert.Contains("  records          2  (every record is an article or a problem)", output);
        Assert.Contains("  articles         1", output);
        Assert.Contains("  problems         1  (1 malformed-json)", output);
        Assert.Contains($"  {bad}:1: malformed JSON: ", output);
    }

    [Fact]
    public void Missing_path_is_one_clear_line_and_exit_code_1()
    {
        var (exit, output, error) = Run("inspect", "does/not/exist");

        Assert.Equal(1, exit);
        Assert.Equal("", output);
        Assert.StartsWith("error: corpus path not found: does/not/exist (looked in ", error);
        Assert.Single(error.TrimEnd().Split('\n'));
    }

    [Fact]
    public void Unknown_format_option_is_rejected()
    {
        var (exit, _, error) = Run("inspect", ".", "--format", "xml");
        Assert.NotEqual(0, exit);
        Assert.Contains("xml", error);
    }
}
