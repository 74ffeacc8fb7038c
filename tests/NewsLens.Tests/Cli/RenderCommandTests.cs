using System.Text.Json;
using NewsLens.Tests.Support;

namespace NewsLens.Tests.Cli;

[Collection(nameof(Notebooks.NotebookTests))] // rendering changes the working directory: never beside another notebook run
public sealed class RenderCommandTests
{
    private static string Notebook(params (string Type, string Source, string[] Tags)[] cells) =>
        JsonSerializer.Serialize(new
        {
            cells = cells.Select((c, i) => c.Type == "code"
                ? (object)new { cell_type = "code", id = $"c{i}", metadata = new { tags = c.Tags }, execution_count = (int?)null, outputs = Array.Empty<object>(), source = c.Source }
                : new { cell_type = "markdown", id = $"c{i}", metadata = new { }, source = c.Source }),
            metadata = new { },
            nbformat = 4,
            nbformat_minor = 5,
        });

    private static string Story(string extra = "1 + 1") => Notebook(
        ("markdown", "# A story\n\nWhat it shows, <b>briefly</b>.", []),
        ("code", "var corpusPath = \"../data\";\nvar top = 3;", ["parameters"]),
        ("code", "$\"{corpusPath}|{top}\"", []),
        ("code", extra, []));

    [Fact]
    public void Parameters_are_injected_after_the_parameters_cell_and_shown()
    {
        using var dir = new TempFolder();
        var nb = dir.Write("nb/story.ipynb", Story());
        var outDir = Path.Combine(dir.Path, "out");

        var (exit, output, error) = CliRunner.Run("render", nb, "-p", "top=7", "--corpus", "some/where", "--out", outDir);

        Assert.Equal("", error);
        Assert.Equal(0, exit);
        Assert.StartsWith("rendered 1 notebook into ", output);
        var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(outDir, "story.ipynb"))).RootElement;
        Assert.Equal((4, 5), (json.GetProperty("nbformat").GetInt32(), json.GetProperty("nbformat_minor").GetInt32()));
        var cells = json.GetProperty("cells").EnumerateArray().ToList();
        Assert.Equal("injected-parameters", cells[2].GetProperty("id").GetString());
        Assert.Equal(2, cells[2].GetProperty("execution_count").GetInt32());
        var result = cells[3].GetProperty("outputs")[0];
        Assert.Equal("execute_result", result.GetProperty("output_type").GetString());
        Assert.Contains($"{Path.GetFullPath("some/where")}|7", string.Concat(result.GetProperty("data").GetProperty("text/plain").EnumerateArray().Select(l => l.GetString())));
        var html = File.ReadAllText(Path.Combine(outDir, "story.html"));
        Assert.Contains("injected parameters", html);
        Assert.Contains("&lt;b&gt;briefly&lt;/b&gt;", html); // raw HTML in markdown is shown as text
        Assert.Contains("story.html", File.ReadAllText(Path.Combine(outDir, "index.html")));
    }

    [Fact]
    public void Unknown_parameter_names_the_notebook_and_its_parameters()
    {
        using var dir = new TempFolder();
        var nb = dir.Write("story.ipynb", Story());

        var (exit, _, error) = CliRunner.Run("render", nb, "-p", "colour=red", "--out", Path.Combine(dir.Path, "out"));

        Assert.Equal(1, exit);
        Assert.Equal("error: story.ipynb: unknown parameter 'colour'; its parameters are: corpusPath, top", error.Trim());
    }

    [Fact]
    public void Parameter_of_the_wrong_type_says_what_it_takes()
    {
        using var dir = new TempFolder();
        var nb = dir.Write("story.ipynb", Story());
        var (exit, _, error) = CliRunner.Run("render", nb, "-p", "top=many", "--out", Path.Combine(dir.Path, "out"));
        Assert.Equal(1, exit);
        Assert.Equal("error: story.ipynb: parameter 'top' is a whole number; 'many' is not", error.Trim());
    }

    [Fact]
    public void Failing_cell_stops_the_notebook_and_names_cell_and_first_line()
    {
        using var dir = new TempFolder();
        var nb = dir.Write("story.ipynb", Story("// boom\nthrow new System.Exception(\"kaput\");"));

        var (exit, _, error) = CliRunner.Run("render", nb, "--out", Path.Combine(dir.Path, "out"));

        Assert.Equal(1, exit);
        Assert.StartsWith("error: story.ipynb: cell 3 (// boom) failed: ", error);
        Assert.Contains("kaput", error);
    }

    [Fact]
    public void Charts_draw_from_one_inlined_plotly_and_rendering_twice_gives_the_same_files()
    {
        using var dir = new TempFolder();
        var nb = dir.Write("nb/charts.ipynb", Notebook(
            ("markdown", "# Charts", []),
            ("code", Kit.Reference, []),
            ("code", "var a = NewsLens.Article.Create(\"t\", null, new DateOnly(2019, 1, 1), null, null, \"Putin spoke.\", [], \"m\", 1);\nvar l = Lexicon.Parse(\"entries:\\n  - id: p\\n    kind: person\\n    aliases: [\\\"Putin\\\"]\\n\");\nvar t = Mentions.Count([a], l).Timeline(Period.Month);\nCharts.Ranking(t)", []),
            ("code", "Charts.OverTime(t)", [])));
        var first = Path.Combine(dir.Path, "out1");
        var second = Path.Combine(dir.Path, "out2");

        Assert.Equal(0, CliRunner.Run("render", nb, "--out", first).Exit);
        Assert.Equal(0, CliRunner.Run("render", nb, "--out", second).Exit);

        var html = File.ReadAllText(Path.Combine(first, "charts.html"));
        Assert.Equal(2, html.Split("Plotly.newPlot('newslens-chart-").Length - 1);
        Assert.Equal(1, html.Split("plotly.js v2.28.0").Length - 1);
        Assert.DoesNotContain("src=\"http", html);
        Assert.Equal(File.ReadAllText(Path.Combine(first, "charts.html")), File.ReadAllText(Path.Combine(second, "charts.html")));
        Assert.Equal(File.ReadAllText(Path.Combine(first, "charts.ipynb")), File.ReadAllText(Path.Combine(second, "charts.ipynb")));
    }

    [Fact]
    public void A_notebook_is_found_by_name_or_prefix_in_the_notebooks_folder()
    {
        using var dir = new TempFolder();
        dir.Write("notebooks/05-your-own-corpus.ipynb", Story());
        dir.Write("notebooks/06-other.ipynb", Story());
        var cwd = Environment.CurrentDirectory;
        try
        {
            Environment.CurrentDirectory = dir.Path;
            foreach (var name in new[] { "05-your-own-corpus", "05", "notebooks/05-your-own-corpus" })
            {
                var (exit, output, error) = CliRunner.Run("render", name, "--out", Path.Combine(dir.Path, "out"));
                Assert.Equal("", error);
                Assert.Equal(0, exit);
                Assert.StartsWith("rendered 1 notebook into ", output);
            }
            var (missing, _, message) = CliRunner.Run("render", "0", "--out", Path.Combine(dir.Path, "out"));
            Assert.Equal(1, missing);   // "0" is a prefix of two notebooks: no guess
            Assert.StartsWith("error: notebook not found: 0", message);
        }
        finally
        {
            Environment.CurrentDirectory = cwd;
        }
    }

    [Fact]
    public void Path_parameters_are_read_from_where_the_user_stands_like_corpus()
    {
        using var dir = new TempFolder();
        var nb = dir.Write("nb/story.ipynb", Story());
        var outDir = Path.Combine(dir.Path, "out");

        var (exit, _, error) = CliRunner.Run("render", nb, "-p", "corpusPath=some/where", "--out", outDir);

        Assert.Equal("", error);
        Assert.Equal(0, exit);
        var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(outDir, "story.ipynb"))).RootElement;
        var result = json.GetProperty("cells")[3].GetProperty("outputs")[0];
        Assert.Contains($"{Path.GetFullPath("some/where")}|3", string.Concat(result.GetProperty("data").GetProperty("text/plain").EnumerateArray().Select(l => l.GetString())));
    }

    [Fact]
    public void A_failing_cell_is_one_line_without_the_stack()
    {
        using var dir = new TempFolder();
        var nb = dir.Write("story.ipynb", Story("// check the period\nthrow new System.ArgumentException(\"'fortnight' is not a period\");"));

        var (exit, _, error) = CliRunner.Run("render", nb, "--out", Path.Combine(dir.Path, "out"));

        Assert.Equal(1, exit);
        var first = error.Split('\n')[0];
        Assert.EndsWith("failed: 'fortnight' is not a period", first);
        Assert.DoesNotContain("   at ", error);
        Assert.DoesNotContain("System.ArgumentException:", error);
    }

    [Fact]
    public void Pages_from_the_sample_say_so_and_the_index_names_the_corpus_in_rendered_markdown()
    {
        using var dir = new TempFolder();
        dir.Write("corpus/SAMPLE.md", "# Sample\n");
        dir.Write("corpus/articles/a.txt", Fixtures.SeedLayout());
        dir.Write("real/articles/a.txt", Fixtures.SeedLayout());
        var nb = dir.Write("nb/story.ipynb", Notebook(
            ("markdown", "# A story\n\nWhat it shows, **in bold** and `code`.", []),
            ("code", "var corpusPath = \"../corpus/articles\";", ["parameters"]),
            ("code", "1 + 1", [])));

        var sample = Path.Combine(dir.Path, "out-sample");
        Assert.Equal(0, CliRunner.Run("render", nb, "--out", sample).Exit);
        Assert.Contains("Sample corpus written for this project; not real reporting.", File.ReadAllText(Path.Combine(sample, "story.html")));
        var index = File.ReadAllText(Path.Combine(sample, "index.html"));
        Assert.Contains("not real reporting", index);
        Assert.Contains("<strong>in bold</strong>", index);
        Assert.Contains("<code>code</code>", index);
        Assert.DoesNotContain("**", index);
        Assert.Contains(Path.Combine(dir.Path, "corpus", "articles"), index);
        Assert.Contains("1 article, 25 April 2019 to 25 April 2019", index);

        var real = Path.Combine(dir.Path, "out-real");
        Assert.Equal(0, CliRunner.Run("render", nb, "--corpus", Path.Combine(dir.Path, "real", "articles"), "--out", real).Exit);
        Assert.DoesNotContain("not real reporting", File.ReadAllText(Path.Combine(real, "story.html")));
        Assert.DoesNotContain("not real reporting", File.ReadAllText(Path.Combine(real, "index.html")));
        Assert.Contains(Path.Combine(dir.Path, "real", "articles"), File.ReadAllText(Path.Combine(real, "index.html")));
    }

    [Fact]
    public async Task A_rendered_copy_reruns_from_its_own_folder()
    {
        using var dir = new TempFolder();
        dir.Write("corpus/articles/a.txt", Fixtures.SeedLayout());
        var nb = dir.Write("project/notebooks/story.ipynb", Notebook(
            ("markdown", "# A story", []),
            ("code", Kit.Reference, []),
            ("code", "var corpusPath = \"../../corpus/articles\";\nvar top = 3;", ["parameters"]),
            ("code", "NewsLens.Corpus.Load(corpusPath).Summary.Articles * 10", [])));
        var outDir = Path.Combine(dir.Path, "shared", "pages", "today");

        Assert.Equal(0, CliRunner.Run("render", nb, "--out", outDir).Exit);

        // The copy keeps its one package reference, the local feed is written beside it, and the corpus is reached
        // from the copy's own folder.
        var copy = Path.Combine(outDir, "story.ipynb");
        var sources = JsonDocument.Parse(File.ReadAllText(copy)).RootElement.GetProperty("cells").EnumerateArray()
            .Select(c => c.GetProperty("source") is { ValueKind: JsonValueKind.Array } lines ? string.Concat(lines.EnumerateArray().Select(l => l.GetString())) : c.GetProperty("source").GetString()).ToList();
        Assert.Contains(Kit.Reference, sources);
        Assert.True(File.Exists(Path.Combine(outDir, "packages", $"NewsLens.Interactive.{Kit.Version}.nupkg")));
        Assert.Contains("var corpusPath = \"../../../corpus/articles\";\nvar top = 3;", sources);
        var rerun = await NewsLens.Notebooks.NotebookRunner.RunAsync(copy);
        Assert.Null(rerun.FailureMessage);
        Assert.Contains(rerun.Cells[^1].Outputs, o => o.Value.Contains("10"));
    }
}
