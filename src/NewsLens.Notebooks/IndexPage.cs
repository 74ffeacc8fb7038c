using System.Globalization;
using System.Net;
using System.Text;

namespace NewsLens.Notebooks;

/// <summary>The corpus a set of rendered notebooks read, for the index to name.</summary>
/// <param name="Path">Where it was read from.</param>
/// <param name="Articles">Articles loaded.</param>
/// <param name="First">Earliest date, if any article is dated.</param>
/// <param name="Last">Latest date, if any article is dated.</param>
public sealed record CorpusFacts(string Path, int Articles, DateOnly? First, DateOnly? Last);

/// <summary>index.html: the corpus the notebooks read, and a link to each rendered notebook with its summary.</summary>
public static class IndexPage
{
    /// <summary>Writes <c>index.html</c> into <paramref name="outDirectory"/>; <paramref name="corpus"/> is named at the top when known.</summary>
    public static string Write(string outDirectory, IReadOnlyList<RenderedNotebook> notebooks, CorpusFacts? corpus = null)
    {
        var html = new StringBuilder("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>NewsLens notebooks</title>" +
            "<style>body{font-family:system-ui,sans-serif;max-width:900px;margin:2em auto;padding:0 1em}li{margin:.8em 0}li p{margin:.2em 0}" +
            NotebookPage.NoticeStyle + "</style></head><body>" +
            "<h1>NewsLens notebooks</h1>");
        if (corpus is not null)
        {
            if (SampleCorpus.Is(corpus.Path)) html.Append(NotebookPage.Notice(SampleCorpus.Notice));
            html.Append("<p>Corpus: <code>").Append(WebUtility.HtmlEncode(corpus.Path)).Append("</code>, ")
                .Append(corpus.Articles.ToString("N0", CultureInfo.InvariantCulture)).Append(corpus.Articles == 1 ? " article" : " articles");
            if (corpus.First is { } first && corpus.Last is { } last)
                html.Append(", ").Append(first.ToString("d MMMM yyyy", CultureInfo.InvariantCulture))
                    .Append(" to ").Append(last.ToString("d MMMM yyyy", CultureInfo.InvariantCulture));
            html.Append(".</p>");
        }
        html.Append("<ul>");
        foreach (var n in notebooks)
        {
            html.Append("<li><a href=\"").Append(WebUtility.HtmlEncode(Uri.EscapeDataString(n.Name + ".html"))).Append("\">")
                .Append(WebUtility.HtmlEncode(n.Title)).Append("</a>");
            if (n.Run.FailureMessage is { } failure) html.Append(" <b>failed</b>: ").Append(WebUtility.HtmlEncode(failure));
            // The summary is the notebook's own markdown, rendered as on its page (raw HTML shown as text).
            html.Append(Markdig.Markdown.ToHtml(n.Summary, NotebookPage.Markdown))
                .Append("<small>(<a href=\"").Append(WebUtility.HtmlEncode(Uri.EscapeDataString(n.Name + ".ipynb"))).Append("\">notebook</a>)</small></li>");
        }
        var path = Path.Combine(outDirectory, "index.html");
        NewsLens.AtomicFile.WriteAllText(path, html.Append("</ul></body></html>").ToString());
        return path;
    }
}
