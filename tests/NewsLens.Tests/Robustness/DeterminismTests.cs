using System.Diagnostics;
using NewsLens.Tests.Support;

namespace NewsLens.Tests.Robustness;

/// <summary>
/// The same corpus and lexicons give byte-identical count output and rendered notebooks whatever the number of
/// cores: the CLI runs as its own process with DOTNET_PROCESSOR_COUNT set to 1, 2 and 8.
/// </summary>
[Collection(nameof(NewsLens.Tests.Notebooks.NotebookTests))]
public sealed class DeterminismTests
{
    private static (int Exit, string Out, string Err) Cli(int processors, params string[] args)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Repo.Root,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "NewsLens.Cli.dll"));
        foreach (var a in args) start.ArgumentList.Add(a);
        start.Environment["DOTNET_PROCESSOR_COUNT"] = processors.ToString();
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output, error.Result);
    }

    private static readonly string[] Lexicons =
        ["--lexicon", "data/lexicons/actors.yaml", "data/lexicons/countries.yaml", "data/lexicons/topics.yaml", "--metonyms"];

    [Theory]
    [InlineData("csv")]
    [InlineData("json")]
    public void Count_output_is_byte_identical_on_1_2_and_8_cores(string format)
    {
        string[] args = ["count", "data/articles", "data/exports", .. Lexicons, "--period", "week", "--format", format];
        var runs = new[] { 1, 2, 8 }.Select(p => Cli(p, args)).ToList();

        Assert.All(runs, r => Assert.Equal(0, r.Exit));
        Assert.True(runs[0].Out.Length > 10_000, "the sample should give a long timeline");
        Assert.Equal(runs[0].Out, runs[1].Out);
        Assert.Equal(runs[0].Out, runs[2].Out);
    }

    [Fact]
    public void A_rendered_notebook_is_byte_identical_on_1_and_2_cores()
    {
        using var dir = new TempFolder();
        var notebook = Path.Combine(Repo.Root, "notebooks", "04-who-appears-with-whom.ipynb");
        var one = Path.Combine(dir.Path, "one");
        var two = Path.Combine(dir.Path, "two");

        var first = Cli(1, "render", notebook, "--out", one);
        var second = Cli(2, "render", notebook, "--out", two);

        Assert.True(first.Exit == 0, first.Err);
        Assert.True(second.Exit == 0, second.Err);
        foreach (var file in new[] { "04-who-appears-with-whom.ipynb", "04-who-appears-with-whom.html", "index.html" })
            Assert.True(File.ReadAllBytes(Path.Combine(one, file)).SequenceEqual(File.ReadAllBytes(Path.Combine(two, file))), $"{file} differs");
    }
}
