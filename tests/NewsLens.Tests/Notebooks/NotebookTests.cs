using NewsLens.Notebooks;

using NewsLens.Tests.Support;

namespace NewsLens.Tests.Notebooks;

/// <summary>Every notebook in notebooks/ runs top to bottom in an in-process C# kernel on the sample corpus.</summary>
[Collection(nameof(NotebookTests))] // notebooks change the working directory: never two at once
public sealed class NotebookTests
{
    public static TheoryData<string> Notebooks()
    {
        var data = new TheoryData<string>();
        foreach (var path in Directory.GetFiles(Path.Combine(Repo.Root, "notebooks"), "*.ipynb").Order(StringComparer.Ordinal))
            data.Add(Path.GetFileName(path));
        return data;
    }

    [Theory]
    [MemberData(nameof(Notebooks))]
    public async Task Notebook_runs_top_to_bottom_and_draws_its_charts(string notebook)
    {
        // The kit's packages come from this test's own build output (packages/), as render's come from its own.
        var run = await NotebookRunner.RunAsync(Path.Combine(Repo.Root, "notebooks", notebook));

        Assert.Null(run.FailureMessage);
        Assert.True(run.Cells.Count >= 5, $"{notebook} has only {run.Cells.Count} code cells");
        var html = run.Cells.SelectMany(c => c.Outputs).Where(o => o.MimeType == "text/html").ToList();
        Assert.NotEmpty(html);
        Assert.Contains(html, o => o.Value.Contains("Plotly.newPlot", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_notebook_copied_to_an_empty_folder_runs_with_the_package_reference_and_the_local_feed()
    {
        // The way any C# kernel runs it: no host feed, the setup cell names the local feed (absolute, as NuGet needs).
        using var dir = new TempFolder();
        var feed = KitFeed.Folder ?? throw new InvalidOperationException("the test's build output has no packages/ folder");
        var copy = Path.Combine(dir.Path, "elsewhere", "actors.ipynb");
        Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
        File.Copy(Path.Combine(Repo.Root, "notebooks", "02-actors-over-time.ipynb"), copy);
        var cells = Notebook.Load(copy).Cells.Where(c => c is not null && Notebook.IsCode(c)).Select(c => Notebook.Source(c!)).ToList();
        Assert.Equal(Kit.Reference, cells[0]);
        cells[0] = $"#i \"nuget: {feed}\"\n{cells[0]}";
        // The copy's relative paths lead nowhere from its new folder: point them at the sample, absolute.
        cells[1] = cells[1].Replace("\"../data/", $"\"{Repo.Root}/data/", StringComparison.Ordinal);

        var run = await NotebookRunner.RunAsync(copy, cells, feed: null);

        Assert.Null(run.FailureMessage);
        // The package's kernel extension ran: the corpus shows as the kit's card, not as an object dump.
        Assert.Contains(run.Cells.SelectMany(c => c.Outputs), o => o.MimeType == "text/html" && o.Value.StartsWith("<div class=\"newslens\">", StringComparison.Ordinal));
        Assert.Contains(run.Cells.SelectMany(c => c.Outputs), o => o.Value.Contains("Plotly.newPlot", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_notebook_opens_with_one_package_reference_of_the_kits_version()
    {
        foreach (var path in Directory.GetFiles(Path.Combine(Repo.Root, "notebooks"), "*.ipynb"))
        {
            var first = Notebook.Load(path).Cells.First(c => c is not null && Notebook.IsCode(c))!;
            Assert.Equal(Kit.Reference, Notebook.Source(first));
        }
    }

    [Fact]
    public async Task Nuget_references_resolve_and_package_kernel_extensions_load()
    {
        using var dir = new TempFolder();
        var path = dir.Write("nuget.ipynb", """
            {"cells": [
              {"cell_type": "code", "id": "a", "metadata": {}, "execution_count": null, "outputs": [], "source": ["#r \"nuget: YamlDotNet, 18.1.0\"\n", "new YamlDotNet.Serialization.SerializerBuilder().Build().Serialize(new { a = 1 })"]},
              {"cell_type": "code", "id": "b", "metadata": {}, "execution_count": null, "outputs": [], "source": ["#r \"nuget: Microsoft.Data.Analysis, 0.23.1\"\n", "new Microsoft.Data.Analysis.DataFrame(new Microsoft.Data.Analysis.Int32DataFrameColumn(\"n\", new[] { 1, 2 }))"]}
            ], "metadata": {}, "nbformat": 4, "nbformat_minor": 5}
            """);

        var run = await NotebookRunner.RunAsync(path);

        Assert.Null(run.FailureMessage);
        Assert.Contains(run.Cells[0].Outputs, o => o.Kind == OutputKind.Result && o.Value.Trim() == "a: 1");
        // Restore progress is updated in place: one "Installed Packages" output, not one per update.
        Assert.Single(run.Cells[0].Outputs, o => o.Kind == OutputKind.Display);
        // Microsoft.Data.Analysis's kernel extension formats DataFrames as a table with an id.
        Assert.Contains(run.Cells[1].Outputs, o => o.Kind == OutputKind.Result && o.MimeType == "text/html" && o.Value.StartsWith("<table id=\"table_", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_failing_cell_is_named_with_its_number_and_first_line()
    {
        using var dir = new Support.TempFolder();
        var path = dir.Write("broken.ipynb", """
            {"cells": [
              {"cell_type": "markdown", "id": "m", "metadata": {}, "source": ["# Title"]},
              {"cell_type": "code", "id": "a", "metadata": {}, "execution_count": null, "outputs": [], "source": ["var x = 1;\n", "x + 1"]},
              {"cell_type": "code", "id": "b", "metadata": {}, "execution_count": null, "outputs": [], "source": ["// divide\n", "var y = x / 0;"]},
              {"cell_type": "code", "id": "c", "metadata": {}, "execution_count": null, "outputs": [], "source": ["x"]}
            ], "metadata": {}, "nbformat": 4, "nbformat_minor": 5}
            """);

        var run = await NotebookRunner.RunAsync(path);

        Assert.Equal(2, run.Cells.Count);
        Assert.Contains(run.Cells[0].Outputs, o => o.Value.Contains('2'));
        Assert.StartsWith("broken.ipynb: cell 2 (// divide) failed: ", run.FailureMessage);
    }
}
