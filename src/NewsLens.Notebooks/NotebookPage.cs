using System.Net;
using System.Text;
using Markdig;

namespace NewsLens.Notebooks;

/// <summary>
/// The standalone HTML of a rendered notebook: markdown rendered (raw HTML in it is shown as text), code shown,
/// outputs in place. Chart outputs carry plotly.js themselves (the first chart of the run), so the page draws
/// offline; nothing refers to the network.
/// </summary>
internal static class NotebookPage
{
    /// <summary>The CSS of a <see cref="Notice"/>, for every page that shows one.</summary>
    internal const string NoticeStyle = ".notice{background:#fff3cd;border:1px solid #e0c36a;padding:6px 10px}";

    /// <summary>A notice that heads a page ("Sample corpus ...").</summary>
    internal static string Notice(string text) => $"<p class=\"notice\"><b>{WebUtility.HtmlEncode(text)}</b></p>";

    internal static readonly MarkdownPipeline Markdown = new MarkdownPipelineBuilder().UseAdvancedExtensions().DisableHtml().Build();

    private const string Style =
        "body{font-family:system-ui,-apple-system,Segoe UI,Roboto,sans-serif;max-width:1000px;margin:2em auto;padding:0 1em;color:#222}" +
        "pre.code{background:#f6f8fa;border:1px solid #ddd;border-radius:4px;padding:.6em;overflow-x:auto;font-size:13px}" +
        ".cell{margin:1em 0}.output{margin:.4em 0 1.2em 0;overflow-x:auto}.output>pre{white-space:pre-wrap}.error{color:#b00;white-space:pre-wrap}" +
        ".newslens table{border-collapse:collapse;font-size:13px}.newslens td,.newslens th{border:1px solid #ddd;padding:2px 8px}" +
        ".newslens th{background:#f0f0f0}mark{background:#fff3a0}.label{color:#888;font-size:12px}" +
        NoticeStyle;

    public static string Html(Notebook notebook, NotebookRun run, string title, string? notice = null)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
            .Append(WebUtility.HtmlEncode(title)).Append("</title><style>").Append(Style).Append("</style></head><body>");
        if (notice is not null) html.Append(Notice(notice));
        var code = 0;
        foreach (var cell in notebook.Cells)
        {
            if (cell is null) continue;
            var source = Notebook.Source(cell);
            if (!Notebook.IsCode(cell))
            {
                html.Append("<div class=\"cell markdown\">").Append(Markdig.Markdown.ToHtml(source, Markdown)).Append("</div>");
                continue;
            }
            code++;
            var ran = code <= run.Cells.Count ? run.Cells[code - 1] : null;
            html.Append("<div class=\"cell\"><div class=\"label\">[").Append(ran is null ? " " : code.ToString()).Append("]")
                .Append(Notebook.HasTag(cell, NotebookRenderer.InjectedTag) ? " injected parameters" : "")
                .Append("</div><pre class=\"code\"><code>").Append(WebUtility.HtmlEncode(source)).Append("</code></pre>");
            if (ran is not null)
            {
                foreach (var output in Shown(ran.Outputs))
                    html.Append("<div class=\"output\">").Append(output).Append("</div>");
                if (ran.Error is { } error)
                    html.Append("<div class=\"output error\">").Append(WebUtility.HtmlEncode(error)).Append("</div>");
            }
            html.Append("</div>");
        }
        return html.Append("</body></html>").ToString();
    }

    /// <summary>One representation per output: HTML where the kernel made it (its formatters escape), else escaped text.</summary>
    private static IEnumerable<string> Shown(IReadOnlyList<CellOutput> outputs)
    {
        foreach (var group in CellOutputs.Grouped(outputs))
        {
            if (group[0].Kind is OutputKind.Stdout or OutputKind.Stderr)
            {
                yield return $"<pre>{WebUtility.HtmlEncode(string.Concat(group.Select(o => o.Value)))}</pre>";
                continue;
            }
            var htmlOutput = group.FirstOrDefault(o => o.MimeType == "text/html");
            yield return htmlOutput?.Value ?? $"<pre>{WebUtility.HtmlEncode(group[0].Value)}</pre>";
        }
    }
}
