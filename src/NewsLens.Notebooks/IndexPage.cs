using System.Net;
using System.Text;

namespace NewsLens.Notebooks;

/// <summary>index.html: a link to each rendered notebook with its one-line summary.</summary>
public static class IndexPage
{
    /// <summary>Writes <c>index.html</c> into <paramref name="outDirectory"/>.</summary>
    public static string Write(string outDirectory, IReadOnlyList<RenderedNotebook> notebooks)
    {
        var html = new StringBuilder("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>NewsLens notebooks</title>" +
            "<style>body{font-family:system-ui,sans-serif;max-width:900px;margin:2em auto;padding:0 1em}li{margin:.8em 0}</style></head><body>" +
            "<h1>NewsLens notebooks</h1><ul>");
        foreach (var n in notebooks)
        {
            html.Append("<li><a href=\"").Append(WebUtility.HtmlEncode(Uri.EscapeDataString(n.Name + ".html"))).Append("\">")
                .Append(WebUtility.HtmlEncode(n.Title)).Append("</a>");
            if (n.Run.FailureMessage is { } failure) html.Append(" <b>failed</b>: ").Append(WebUtility.HtmlEncode(failure));
            html.Append("<br>").Append(WebUtility.HtmlEncode(n.Summary))
                .Append(" <small>(<a href=\"").Append(WebUtility.HtmlEncode(Uri.EscapeDataString(n.Name + ".ipynb"))).Append("\">notebook</a>)</small></li>");
        }
        var path = Path.Combine(outDirectory, "index.html");
        NewsLens.Text.AtomicFile.WriteAllText(path, html.Append("</ul></body></html>").ToString());
        return path;
    }
}
