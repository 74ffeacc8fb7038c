using System.Text.RegularExpressions;
using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.Commands;
using Microsoft.DotNet.Interactive.CSharp;
using Microsoft.DotNet.Interactive.Events;
using Microsoft.DotNet.Interactive.PackageManagement;

namespace NewsLens.Notebooks;

/// <summary>
/// Runs the C# cells of a notebook top to bottom in an in-process kernel, with the notebook's folder as working
/// directory (as VS Code and Jupyter do), and stops at the first failing cell.
/// </summary>
public static partial class NotebookRunner
{
    /// <summary>Runs a notebook. <paramref name="kitDirectory"/>, when given, replaces the folder of the kit's
    /// <c>#r "…/NewsLens*.dll"</c> lines, so a notebook can run against freshly built assemblies.</summary>
    public static Task<NotebookRun> RunAsync(string notebookPath, string? kitDirectory = null)
    {
        var path = Path.GetFullPath(notebookPath);
        return RunAsync(path, CodeCells(path), kitDirectory);
    }

    /// <summary>Runs code cells with the notebook's folder as working directory; <paramref name="onCell"/> hears each cell start.</summary>
    public static async Task<NotebookRun> RunAsync(string notebookPath, IReadOnlyList<string> cells, string? kitDirectory, Action<int>? onCell = null)
    {
        var path = Path.GetFullPath(notebookPath);
        var previous = Environment.CurrentDirectory;
        Environment.CurrentDirectory = Path.GetDirectoryName(path)!;
        // Each notebook is a new session: its first chart carries plotly.js, chart ids start again, and colours are
        // given afresh, so a notebook renders the same whichever notebooks ran before it.
        NewsLens.ChartHtml.Reset();
        NewsLens.EntityColors.Reset();
        try
        {
            using var kernel = new CompositeKernel
            {
                new CSharpKernel().UseNugetDirective(KernelExtensions.LoadAsync, forceRestore: false).UseKernelHelpers().UseValueSharing(),
            };
            kernel.DefaultKernelName = "csharp";
            var runs = new List<CellRun>();
            for (var i = 0; i < cells.Count; i++)
            {
                onCell?.Invoke(i + 1);
                var code = kitDirectory is null ? cells[i] : PointAtKit(cells[i], Path.GetFullPath(kitDirectory));
                var result = await kernel.SendAsync(new SubmitCode(code, "csharp"));
                var outputs = new List<CellOutput>();
                string? error = null;
                var events = 0;
                string? lastShown = null;
                foreach (var e in result.Events)
                {
                    var kind = e switch
                    {
                        ReturnValueProduced => OutputKind.Result,
                        StandardOutputValueProduced => OutputKind.Stdout,
                        StandardErrorValueProduced => OutputKind.Stderr,
                        _ => OutputKind.Display,
                    };
                    if (e is CommandFailed failed)
                    {
                        error = failed.Message;
                        continue;
                    }
                    if (e is not DisplayEvent shown) continue;
                    if (shown is DisplayedValueUpdated)
                    {
                        // An update replaces, in place, the output it updates. This .NET Interactive gives the update
                        // a value id of its own, so an update matching no output replaces the latest shown value.
                        var id = outputs.Any(o => o.ValueId == shown.ValueId) ? shown.ValueId : lastShown;
                        var at = id is null ? -1 : outputs.FindIndex(o => o.ValueId == id);
                        if (at >= 0)
                        {
                            var slot = outputs[at].Event;
                            outputs.RemoveAll(o => o.ValueId == id);
                            outputs.InsertRange(Math.Min(at, outputs.Count),
                                shown.FormattedValues.Select(v => new CellOutput(v.MimeType, v.Value, kind, id, slot)));
                            continue;
                        }
                    }
                    else if (shown.ValueId is not null)
                    {
                        lastShown = shown.ValueId;
                    }
                    events++;
                    foreach (var value in shown.FormattedValues)
                        outputs.Add(new CellOutput(value.MimeType, value.Value, kind, shown.ValueId, events));
                }
                runs.Add(new CellRun(i + 1, cells[i], outputs, error));
                if (error is not null) break;
            }
            return new NotebookRun(path, runs);
        }
        finally
        {
            Environment.CurrentDirectory = previous;
        }
    }

    /// <summary>Points <c>#r "…/X.dll"</c> at the kit folder where it holds X.dll; other references stay as written.</summary>
    private static string PointAtKit(string code, string kit) =>
        KitReference().Replace(code, m =>
            File.Exists(Path.Combine(kit, m.Groups["dll"].Value)) ? $"#r \"{Path.Combine(kit, m.Groups["dll"].Value)}\"" : m.Value);

    private static List<string> CodeCells(string path) =>
        Notebook.Load(path).Cells.Where(c => c is not null && Notebook.IsCode(c)).Select(c => Notebook.Source(c!)).ToList();

    [GeneratedRegex("""#r\s+"[^"]*?[/\\](?<dll>[^/\\"]+\.dll)"[ \t]*""" + "(?=\\r?\\n|$)", RegexOptions.Multiline)]
    private static partial Regex KitReference();
}
