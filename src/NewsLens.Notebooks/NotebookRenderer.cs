using System.Text.Json;
using System.Text.Json.Nodes;

namespace NewsLens.Notebooks;

/// <summary>
/// Runs a notebook and writes it twice: as <c>name.ipynb</c> with outputs (nbformat 4.5, openable in VS Code and
/// Jupyter) and as <c>name.html</c>, a standalone page that draws offline.
/// </summary>
public static class NotebookRenderer
{
    /// <summary>Cell id and tag of the cell that carries overridden parameters.</summary>
    public const string InjectedTag = "injected-parameters";

    /// <summary>Renders one notebook into <paramref name="outDirectory"/>, restoring the kit from <paramref name="feed"/>
    /// (<see cref="NotebookRunner"/>); a failing cell is in the result, not thrown.</summary>
    /// <exception cref="ArgumentException">An override names no parameter of the notebook, or has the wrong type.</exception>
    public static async Task<RenderedNotebook> RenderAsync(string notebookPath, string outDirectory,
        IReadOnlyDictionary<string, string> parameters, string? feed, Action<int, int>? onCell = null)
    {
        var notebook = Notebook.Load(notebookPath);
        var name = Path.GetFileNameWithoutExtension(notebook.Path);
        var corpusPath = CorpusPath(notebook, parameters);
        Inject(notebook, parameters);

        var codeCells = notebook.Cells.Where(c => c is not null && Notebook.IsCode(c)).Select(c => c!).ToList();
        var run = await NotebookRunner.RunAsync(notebook.Path, codeCells.Select(Notebook.Source).ToList(), feed,
            cell => onCell?.Invoke(cell, codeCells.Count));

        for (var i = 0; i < codeCells.Count; i++)
        {
            var cell = codeCells[i];
            var ran = i < run.Cells.Count ? run.Cells[i] : null;
            cell["execution_count"] = ran is null ? null : JsonValue.Create(ran.Number);
            cell["outputs"] = ran is null ? new JsonArray() : Outputs(ran);
        }
        // The copy is saved elsewhere: its relative paths must lead to the same files from there.
        var from = Path.GetDirectoryName(Path.GetFullPath(notebook.Path))!;
        var to = Path.GetFullPath(outDirectory);
        foreach (var cell in codeCells)
            cell["source"] = Notebook.Lines(NotebookRelocation.Code(Notebook.Source(cell), from, to, Notebook.HasTag(cell, "parameters")));
        notebook.Root["nbformat"] = 4;
        notebook.Root["nbformat_minor"] = 5;

        Directory.CreateDirectory(outDirectory);
        var ipynb = Path.Combine(outDirectory, name + ".ipynb");
        var html = Path.Combine(outDirectory, name + ".html");
        var (title, summary) = Describe(notebook);
        NewsLens.AtomicFile.WriteAllText(ipynb, notebook.Root.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n");
        NewsLens.AtomicFile.WriteAllText(html, NotebookPage.Html(notebook, run, title, SampleCorpus.Is(corpusPath) ? SampleCorpus.Notice : null));
        return new RenderedNotebook(name, title, summary, ipynb, html, run) { CorpusPath = corpusPath };
    }

    /// <summary>The corpus the notebook reads: its corpusPath parameter, overridden or declared, as an absolute path (declared paths are relative to the notebook).</summary>
    private static string? CorpusPath(Notebook notebook, IReadOnlyDictionary<string, string> parameters)
    {
        var cell = notebook.Cells.FirstOrDefault(c => c is not null && Notebook.HasTag(c, "parameters"));
        if (cell is null) return null;
        var value = NotebookParameters.Value(Notebook.Source(cell), parameters, "corpusPath");
        return value is null ? null : Path.GetFullPath(Path.Combine(Path.GetDirectoryName(Path.GetFullPath(notebook.Path))!, value));
    }

    private static void Inject(Notebook notebook, IReadOnlyDictionary<string, string> parameters)
    {
        if (parameters.Count == 0) return;
        var cells = notebook.Cells;
        var index = cells.Select((c, i) => (c, i)).FirstOrDefault(x => x.c is not null && Notebook.HasTag(x.c, "parameters")).i;
        var parametersCell = cells[index];
        if (parametersCell is null || !Notebook.HasTag(parametersCell, "parameters"))
            throw new ArgumentException($"{Path.GetFileName(notebook.Path)}: no cell is tagged 'parameters', so -p and --corpus have nothing to override");
        var source = NotebookParameters.Inject(Path.GetFileName(notebook.Path), Notebook.Source(parametersCell), parameters);
        cells.Insert(index + 1, new JsonObject
        {
            ["cell_type"] = "code",
            ["id"] = InjectedTag,
            ["metadata"] = new JsonObject { ["tags"] = new JsonArray(InjectedTag) },
            ["execution_count"] = null,
            ["outputs"] = new JsonArray(),
            ["source"] = Notebook.Lines(source),
        });
    }

    private static JsonArray Outputs(CellRun cell)
    {
        var outputs = new JsonArray();
        foreach (var group in CellOutputs.Grouped(cell.Outputs))
        {
            if (group[0].Kind is OutputKind.Stdout or OutputKind.Stderr)
            {
                outputs.Add(new JsonObject
                {
                    ["output_type"] = "stream",
                    ["name"] = group[0].Kind == OutputKind.Stdout ? "stdout" : "stderr",
                    ["text"] = Notebook.Lines(string.Concat(group.Select(o => o.Value))),
                });
                continue;
            }
            var data = new JsonObject();
            foreach (var o in group) data[o.MimeType] = Notebook.Lines(o.Value);
            var output = new JsonObject { ["output_type"] = group[0].Kind == OutputKind.Result ? "execute_result" : "display_data", ["data"] = data, ["metadata"] = new JsonObject() };
            if (group[0].Kind == OutputKind.Result) output["execution_count"] = cell.Number;
            outputs.Add(output);
        }
        if (cell.Error is { } error)
            outputs.Add(new JsonObject
            {
                ["output_type"] = "error",
                ["ename"] = "CellFailed",
                ["evalue"] = error,
                ["traceback"] = new JsonArray(error),
            });
        return outputs;
    }

    private static (string Title, string Summary) Describe(Notebook notebook)
    {
        var first = notebook.Cells.FirstOrDefault(c => c?["cell_type"]?.GetValue<string>() == "markdown");
        var lines = first is null ? [] : Notebook.Source(first).Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        var title = lines.FirstOrDefault(l => l.StartsWith('#'))?.TrimStart('#').Trim() ?? Path.GetFileNameWithoutExtension(notebook.Path);
        var summary = lines.FirstOrDefault(l => !l.StartsWith('#')) ?? "";
        return (title, summary);
    }
}
