namespace NewsLens.Notebooks;

/// <summary>How a cell produced an output, as nbformat names it.</summary>
public enum OutputKind
{
    /// <summary>The value of the cell's last expression (execute_result).</summary>
    Result,
    /// <summary>A value displayed on the way (display_data).</summary>
    Display,
    /// <summary>Text written to standard output (stream).</summary>
    Stdout,
    /// <summary>Text written to standard error (stream).</summary>
    Stderr,
}

/// <summary>One output of a code cell: how it came, its MIME type and text.</summary>
/// <param name="MimeType">MIME type of the representation, e.g. text/html.</param>
/// <param name="Value">The representation's text.</param>
/// <param name="Kind">How the cell produced it.</param>
/// <param name="ValueId">Set on outputs that later updates replace (package restore progress, progress bars).</param>
/// <param name="Event">Which output of the cell this representation belongs to: representations of one output share it.</param>
public sealed record CellOutput(string MimeType, string Value, OutputKind Kind = OutputKind.Display, string? ValueId = null, int Event = 0);

/// <summary>A code cell after running: its number among the code cells (1-based), source and outputs.</summary>
public sealed record CellRun(int Number, string Source, IReadOnlyList<CellOutput> Outputs, string? Error);

/// <summary>A notebook after running: every code cell up to and including the first that failed.</summary>
public sealed record NotebookRun(string Path, IReadOnlyList<CellRun> Cells)
{
    /// <summary>The first failed cell, if any.</summary>
    public CellRun? Failed => Cells.FirstOrDefault(c => c.Error is not null);

    /// <summary>
    /// "notebook: cell N (first line) failed: message", or null when every cell ran. The message is the error's
    /// first line without the exception's type; the whole error, stack included, stays in the cell's output.
    /// </summary>
    public string? FailureMessage => Failed is { } f
        ? $"{System.IO.Path.GetFileName(Path)}: cell {f.Number} ({FirstLine(f.Source)}) failed: {Message(f.Error!)}"
        : null;

    private static string Message(string error)
    {
        var first = FirstLine(error);
        // "System.ArgumentException: 'fortnight' is not a period" → the sentence a user can act on.
        var colon = first.IndexOf(": ", StringComparison.Ordinal);
        return colon > 0 && first[..colon].EndsWith("Exception", StringComparison.Ordinal) && !first[..colon].Contains(' ')
            ? first[(colon + 2)..] : first;
    }

    private static string FirstLine(string source) =>
        source.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.Length > 0) ?? "";
}

/// <summary>Outputs as the notebook shows them: each display one output, consecutive stdout (or stderr) text one stream.</summary>
internal static class CellOutputs
{
    /// <summary>Runs of representations that make one output, in order.</summary>
    public static IEnumerable<IReadOnlyList<CellOutput>> Grouped(IReadOnlyList<CellOutput> outputs)
    {
        var run = new List<CellOutput>();
        foreach (var o in outputs)
        {
            if (run.Count > 0 && !SameOutput(run[^1], o))
            {
                yield return run;
                run = [];
            }
            run.Add(o);
        }
        if (run.Count > 0) yield return run;
    }

    private static bool SameOutput(CellOutput a, CellOutput b) =>
        a.Kind == b.Kind && (a.Kind is OutputKind.Stdout or OutputKind.Stderr || a.Event == b.Event);
}
