using System.Text.Json.Nodes;
using NewsLens.Notebooks;
using NewsLens.Tests.Support;

namespace NewsLens.Tests.Notebooks;

[Collection(nameof(NotebookTests))] // notebooks change the working directory: never two at once
public sealed class NotebookOutputTests
{
    private static string Notebook(params string[] cells) =>
        new JsonObject
        {
            ["cells"] = new JsonArray(cells.Select((c, i) => (JsonNode)new JsonObject
            {
                ["cell_type"] = "code", ["id"] = $"c{i}", ["metadata"] = new JsonObject(), ["execution_count"] = null,
                ["outputs"] = new JsonArray(), ["source"] = c,
            }).ToArray()),
            ["metadata"] = new JsonObject(), ["nbformat"] = 4, ["nbformat_minor"] = 5,
        }.ToJsonString();

    private static List<JsonObject> Outputs(RenderedNotebook rendered, int cell) =>
        JsonNode.Parse(File.ReadAllText(rendered.Ipynb))!["cells"]![cell]!["outputs"]!.AsArray().Select(o => o!.AsObject()).ToList();

    [Fact]
    public async Task Two_displays_in_one_cell_are_two_outputs_in_order()
    {
        using var dir = new TempFolder();
        var path = dir.Write("two.ipynb", Notebook("Microsoft.DotNet.Interactive.Kernel.display(\"first\"); Microsoft.DotNet.Interactive.Kernel.display(\"second\");"));

        var rendered = await NotebookRenderer.RenderAsync(path, Path.Combine(dir.Path, "out"), new Dictionary<string, string>(), null);

        var outputs = Outputs(rendered, 0);
        Assert.Equal(2, outputs.Count);
        Assert.Contains("first", outputs[0]["data"]!.ToJsonString());
        Assert.Contains("second", outputs[1]["data"]!.ToJsonString());
        var page = File.ReadAllText(rendered.Html);
        Assert.True(page.IndexOf("first", StringComparison.Ordinal) < page.IndexOf("second", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_updated_display_keeps_only_its_last_value_in_place()
    {
        using var dir = new TempFolder();
        var path = dir.Write("update.ipynb", Notebook(
            "var d = Microsoft.DotNet.Interactive.Kernel.display(\"reading\"); d.Update(\"halfway\"); d.Update(\"all read\"); 42"));

        var rendered = await NotebookRenderer.RenderAsync(path, Path.Combine(dir.Path, "out"), new Dictionary<string, string>(), null);

        var outputs = Outputs(rendered, 0);
        Assert.Equal(["display_data", "execute_result"], outputs.Select(o => (string)o["output_type"]!));
        Assert.Contains("all read", outputs[0]["data"]!.ToJsonString());
        var page = File.ReadAllText(rendered.Html);
        var shown = page[page.IndexOf("<div class=\"output\">", StringComparison.Ordinal)..];
        Assert.DoesNotContain("halfway", shown);
        Assert.DoesNotContain("reading", shown);
        Assert.Contains("all read", shown);
    }
}
