using NewsLens.Tests.Cli;
using NewsLens.Tests.Support;

namespace NewsLens.Tests.Robustness;

/// <summary>Each kind of bad configuration gives one clear line naming the thing and the fix, a non-zero exit, and no half-written file.</summary>
public sealed class BadConfigurationTests
{
    private static string Lexicon(TempFolder dir) =>
        dir.Write("lex.yaml", "entries:\n  - id: kim\n    kind: person\n    aliases: [Kim]\n");

    [Theory]
    [InlineData("count")]
    [InlineData("inspect")]
    [InlineData("convert")]
    [InlineData("discover")]
    public void A_missing_corpus_path_is_one_line_naming_it(string command)
    {
        using var dir = new TempFolder();
        string[] args = command switch
        {
            "count" => ["count", "no/such/corpus", "--lexicon", Lexicon(dir)],
            "convert" => ["convert", "no/such/corpus", "--to", Path.Combine(dir.Path, "c.parquet")],
            _ => [command, "no/such/corpus"],
        };

        var (exit, output, error) = CliRunner.Run(args);

        Assert.Equal(1, exit);
        Assert.Equal("", output);
        Assert.StartsWith("error: corpus path not found: no/such/corpus (looked in ", error);
        Assert.Single(error.TrimEnd().Split('\n'));
        Assert.False(File.Exists(Path.Combine(dir.Path, "c.parquet")));
    }

    [Theory]
    [InlineData("entries:\n  - id: kim\n    kind: person\n    alias: [Kim]\n", "lex.yaml:4: unknown key 'alias'")]
    [InlineData("entries:\n  - kind: person\n    aliases: [Kim]\n", "lex.yaml:2: ")]
    [InlineData("entries:\n  - id: kim\n    kind: person\n    aliases: [\"\"]\n", "lex.yaml:4: ")]
    [InlineData("entries:\n  - id: kim\n    kind: person\n    aliases: [Kim]\n  - id: kim2\n    kind: person\n    aliases: [Kim]\n", "lex.yaml:7: ")]
    [InlineData("entries:\n  - id: kim\n    kind: person\n    case: loud\n    aliases: [Kim]\n", "lex.yaml:4: ")]
    [InlineData("entries:\n  - id: kim\n   kind: person\n", "lex.yaml:")]
    public void A_bad_lexicon_names_file_line_and_fix(string yaml, string start)
    {
        using var dir = new TempFolder();
        var lexicon = dir.Write("lex.yaml", yaml);
        var corpus = dir.Write("a.txt", Fixtures.SeedLayout());

        var (exit, output, error) = CliRunner.Run("count", corpus, "--lexicon", lexicon);

        Assert.Equal(1, exit);
        Assert.Equal("", output);
        var line = Assert.Single(error.TrimEnd().Split('\n'));
        Assert.StartsWith("error: " + Path.Combine(dir.Path, start), line);
        // The fix follows the problem after a semicolon, e.g. "...; use 'aliases'".
        Assert.Contains("; ", line[("error: " + lexicon).Length..]);
    }

    [Fact]
    public void A_missing_lexicon_file_names_where_it_looked()
    {
        using var dir = new TempFolder();
        var (exit, _, error) = CliRunner.Run("count", dir.Write("a.txt", Fixtures.SeedLayout()), "--lexicon", "no/such.yaml");
        Assert.Equal(1, exit);
        Assert.StartsWith("error: no/such.yaml: lexicon file not found (looked in ", error);
    }

    [Fact]
    public void An_output_folder_that_cannot_be_made_is_one_line_and_nothing_is_written()
    {
        using var dir = new TempFolder();
        var blocker = dir.Write("blocker", "a file where a folder should be");
        var notebook = dir.Write("story.ipynb", """
            {"cells": [{"cell_type": "code", "id": "a", "metadata": {}, "execution_count": null, "outputs": [], "source": ["1 + 1"]}],
             "metadata": {}, "nbformat": 4, "nbformat_minor": 5}
            """);

        var (exit, _, error) = CliRunner.Run("render", notebook, "--out", Path.Combine(blocker, "out"));

        Assert.Equal(1, exit);
        var line = Assert.Single(error.TrimEnd().Split('\n'));
        Assert.StartsWith("error: ", line);
        Assert.Contains(Path.Combine(blocker, "out"), line);
        Assert.Equal(["blocker", "story.ipynb"], Directory.GetFileSystemEntries(dir.Path).Select(Path.GetFileName).Order());
    }

    [Fact]
    public void A_parquet_target_that_cannot_be_written_is_one_line_and_leaves_no_temporary_file()
    {
        using var dir = new TempFolder();
        var corpus = dir.Write("a.txt", Fixtures.SeedLayout());
        var blocker = dir.Write("blocker", "a file where a folder should be");
        var target = Path.Combine(blocker, "c.parquet");

        var (exit, _, error) = CliRunner.Run("convert", corpus, "--to", target);

        Assert.Equal(1, exit);
        var line = Assert.Single(error.TrimEnd().Split('\n'));
        Assert.StartsWith("error: ", line);
        Assert.Contains(target, line);
        Assert.Equal(["a.txt", "blocker"], Directory.GetFileSystemEntries(dir.Path).Select(Path.GetFileName).Order());
    }

    [Fact]
    public void A_named_pipe_in_the_corpus_is_a_problem_not_a_hang()
    {
        using var dir = new TempFolder();
        dir.Write("a.txt", Fixtures.SeedLayout());
        var fifo = Path.Combine(dir.Path, "pipe.txt");
        using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", fifo)) mkfifo.WaitForExit();

        var corpus = NewsLens.Corpus.Load(dir.Path);

        Assert.Equal(1, corpus.Summary.Articles);
        var problem = Assert.Single(corpus.Problems);
        Assert.Equal(fifo, problem.Path);
        Assert.StartsWith("empty file: 0 bytes (pipes and devices", problem.Reason);
    }

    [Fact]
    public void An_unreadable_file_is_a_problem_naming_it_and_the_rest_loads()
    {
        // Tests run as root in CI, where permissions do not stop reads; a link to nowhere cannot be read by anyone.
        using var dir = new TempFolder();
        dir.Write("a.txt", Fixtures.SeedLayout());
        var broken = Path.Combine(dir.Path, "gone.txt");
        File.CreateSymbolicLink(broken, Path.Combine(dir.Path, "no-such-target.txt"));

        var (exit, output, _) = CliRunner.Run("inspect", dir.Path, "--format", "json");

        Assert.Equal(0, exit);
        var json = System.Text.Json.JsonDocument.Parse(output).RootElement;
        Assert.Equal(1, json.GetProperty("articles").GetInt32());
        var problem = Assert.Single(json.GetProperty("problems").EnumerateArray());
        Assert.Equal(broken, problem.GetProperty("path").GetString());
        Assert.StartsWith("cannot read the file: ", problem.GetProperty("reason").GetString());
    }

    [Fact]
    public void Pictures_into_a_folder_that_cannot_be_made_is_one_line()
    {
        using var dir = new TempFolder();
        var blocker = dir.Write("blocker", "a file where a folder should be");
        var target = Path.Combine(blocker, "images");

        var (exit, _, error) = CliRunner.Run("pictures", Path.Combine(Repo.Root, "data", "articles"),
            "--lexicons", Path.Combine(Repo.Root, "data", "lexicons"), "--out", target);

        Assert.Equal(1, exit);
        var line = Assert.Single(error.TrimEnd().Split('\n'));
        Assert.StartsWith("error: ", line);
        Assert.Contains(blocker, line);
        Assert.False(Directory.Exists(target));
    }
}
