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
public static class NotebookRunner
{
    /// <summary>Runs a notebook; <c>#r "nuget: NewsLens.Interactive, …"</c> restores from <paramref name="feed"/>
    /// (default: <see cref="KitFeed.Folder"/>) besides the machine's NuGet sources.</summary>
    public static Task<NotebookRun> RunAsync(string notebookPath, string? feed = null)
    {
        var path = Path.GetFullPath(notebookPath);
        return RunAsync(path, CodeCells(path), feed ?? KitFeed.Folder);
    }

    /// <summary>Runs code cells with the notebook's folder as working directory; <paramref name="onCell"/> hears each cell start.</summary>
    public static async Task<NotebookRun> RunAsync(string notebookPath, IReadOnlyList<string> cells, string? feed, Action<int>? onCell = null)
    {
        var path = Path.GetFullPath(notebookPath);
        var previous = Environment.CurrentDirectory;
        Environment.CurrentDirectory = Path.GetDirectoryName(path)!;
        // Each notebook is a chart session of its own: its first chart carries plotly.js and colours are given afresh,
        // so a notebook renders the same whichever notebooks ran before it.
        using var session = ChartSession.Begin();
        // The host brings the kit's packages as a NuGet source of every restore (MSBuild reads the variable as a
        // property), as the newslens-csharp kernel does: not a cell, so the notebook stays the same wherever it runs (NuGet
        // takes no relative #i; an absolute one names one machine) and no page lists this machine's folders.
        const string sources = "RestoreAdditionalProjectSources";
        var previousSources = Environment.GetEnvironmentVariable(sources);
        if (feed is not null)
        {
            KitFeed.Refresh(feed);
            Environment.SetEnvironmentVariable(sources, Path.GetFullPath(feed));
        }
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
                var code = cells[i];
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
            Environment.SetEnvironmentVariable(sources, previousSources);
        }
    }

    private static List<string> CodeCells(string path) =>
        Notebook.Load(path).Cells.Where(c => c is not null && Notebook.IsCode(c)).Select(c => Notebook.Source(c!)).ToList();
}
