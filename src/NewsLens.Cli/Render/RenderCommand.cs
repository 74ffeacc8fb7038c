using System.CommandLine;
using System.Diagnostics;
using NewsLens.Notebooks;

namespace NewsLens.Cli.Render;

/// <summary>
/// <c>newslens render [notebooks...] [--corpus PATH] [-p name=value]... [--out DIR]</c>: runs each notebook in-process
/// and writes DIR/name.ipynb (with outputs), DIR/name.html (standalone, offline) and DIR/index.html.
/// </summary>
internal static class RenderCommand
{
    public static Command Create()
    {
        var notebooks = new Argument<string[]>("notebooks")
        {
            Description = "Notebooks or folders of notebooks (default: notebooks/).",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var corpus = new Option<string?>("--corpus") { Description = "Corpus path for every notebook (sets the corpusPath parameter)." };
        var parameters = new Option<string[]>("--parameter", "-p")
        {
            Description = "A notebook parameter, name=value (repeat for several).",
            AllowMultipleArgumentsPerToken = false,
        };
        var output = new Option<string>("--out", "-o") { Description = "Folder for the rendered files.", DefaultValueFactory = _ => "artifacts" };

        var command = new Command("render", "Run notebooks and write shareable .ipynb and offline .html files, plus index.html.")
        {
            notebooks, corpus, parameters, output,
        };
        command.SetAction(async (parse, cancel) =>
        {
            var stdout = parse.InvocationConfiguration.Output;
            var stderr = parse.InvocationConfiguration.Error;
            var paths = Expand(parse.GetValue(notebooks) is { Length: > 0 } given ? given : ["notebooks"], stderr);
            if (paths is null) return CommandLine.InputError;

            var overrides = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var p in parse.GetValue(parameters) ?? [])
            {
                var eq = p.IndexOf('=');
                if (eq <= 0)
                {
                    stderr.WriteLine($"error: parameter '{p}' is not name=value (e.g. -p period=quarter)");
                    return CommandLine.InputError;
                }
                var (name, value) = (p[..eq], p[(eq + 1)..]);
                // Notebooks run in their own folder: a path parameter (corpusPath, lexiconFolder) is read, like
                // --corpus, from where the user stands, and made absolute.
                overrides[name] = NotebookParameters.IsPath(name) && value.Length > 0 ? Path.GetFullPath(value) : value;
            }
            if (parse.GetValue(corpus) is { } corpusPath)
            {
                // Notebooks run in their own folder: a path given here is made absolute first.
                overrides["corpusPath"] = Path.GetFullPath(corpusPath);
            }

            var outDir = Path.GetFullPath(parse.GetRequiredValue(output));
            string? feed = null;
            try
            {
                // The kit's packages go where the notebooks' setup cell restores them from: the local feed
                // artifacts/packages (or DIR/packages), which also lets a user's own notebook reference the kit.
                if (KitFeed.Folder is { } kit) feed = KitFeed.CopyTo(kit, Path.Combine(outDir, "packages"));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                stderr.WriteLine($"error: cannot write the output folder {outDir}: {e.Message}; pass --out a folder you can write to");
                return CommandLine.InputError;
            }
            var progress = !Console.IsErrorRedirected && ReferenceEquals(stderr, Console.Error);
            var rendered = new List<RenderedNotebook>();
            var clock = Stopwatch.StartNew();
            for (var i = 0; i < paths.Count; i++)
            {
                var name = Path.GetFileNameWithoutExtension(paths[i]);
                RenderedNotebook result;
                try
                {
                    result = await NotebookRenderer.RenderAsync(paths[i], outDir, overrides, feed, (cell, cells) =>
                    {
                        if (progress) stderr.Write($"\r[{i + 1}/{paths.Count}] {name}: cell {cell}/{cells}  {clock.Elapsed.TotalSeconds,6:F1} s   ");
                    });
                }
                catch (Exception e) when (e is ArgumentException or InvalidDataException)
                {
                    if (progress) stderr.WriteLine();
                    stderr.WriteLine($"error: {e.Message}");
                    return CommandLine.InputError;
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    if (progress) stderr.WriteLine();
                    stderr.WriteLine($"error: cannot write {name} into {outDir}: {e.Message}; pass --out a folder you can write to");
                    return CommandLine.InputError;
                }
                rendered.Add(result);
                if (result.Run.FailureMessage is { } failure)
                {
                    if (progress) stderr.WriteLine();
                    IndexPage.Write(outDir, rendered, Facts(rendered));
                    stderr.WriteLine($"error: {failure}");
                    stderr.WriteLine($"(the notebook up to the failing cell is in {result.Html})");
                    return CommandLine.InputError;
                }
            }
            if (progress) stderr.WriteLine();
            var index = IndexPage.Write(outDir, rendered, Facts(rendered));
            stdout.WriteLine($"rendered {rendered.Count} notebook{(rendered.Count == 1 ? "" : "s")} into {outDir} ({Path.GetFileName(index)}) in {clock.Elapsed.TotalSeconds:F1} s");
            return CommandLine.Ok;
        });
        return command;
    }

    /// <summary>The corpus the notebooks read, when they all read one: streamed for its counts (no text kept).</summary>
    private static CorpusFacts? Facts(IReadOnlyList<RenderedNotebook> rendered)
    {
        var paths = rendered.Select(r => r.CorpusPath).Where(p => p is not null).Distinct().ToList();
        if (paths.Count != 1 || paths[0] is not { } path) return null;
        try
        {
            var stream = NewsLens.Corpus.Stream(path);
            foreach (var _ in stream.Batches()) { }
            var summary = stream.Corpus.Summary;
            return new CorpusFacts(path, summary.Articles, summary.First, summary.Last);
        }
        catch (NewsLens.CorpusException)
        {
            return null;
        }
    }

    private static List<string>? Expand(string[] given, TextWriter stderr)
    {
        var paths = new List<string>();
        foreach (var g in given)
        {
            if (Directory.Exists(g)) paths.AddRange(Directory.GetFiles(g, "*.ipynb").Order(StringComparer.Ordinal));
            else if (Find(g) is { } found) paths.Add(found);
            else
            {
                stderr.WriteLine($"error: notebook not found: {g} (looked for {Path.GetFullPath(g)}, with .ipynb, and in notebooks/)");
                return null;
            }
        }
        if (paths.Count == 0)
        {
            stderr.WriteLine($"error: no notebooks (*.ipynb) in {string.Join(", ", given)}");
            return null;
        }
        return paths;
    }

    /// <summary>
    /// A notebook by path, by name without ".ipynb", or by name or unique prefix in notebooks/:
    /// "05-your-own-corpus" and "05" both find notebooks/05-your-own-corpus.ipynb.
    /// </summary>
    private static string? Find(string given)
    {
        foreach (var candidate in new[] { given, given + ".ipynb", Path.Combine("notebooks", given), Path.Combine("notebooks", given + ".ipynb") })
            if (File.Exists(candidate)) return candidate;
        if (!Directory.Exists("notebooks") || given.Contains('/') || given.Contains('\\')) return null;
        var prefixed = Directory.GetFiles("notebooks", given + "*.ipynb");
        return prefixed.Length == 1 ? prefixed[0] : null;
    }
}
