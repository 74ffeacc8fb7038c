using Microsoft.AspNetCore.Html;
using Microsoft.DotNet.Interactive;

namespace NewsLens;

/// <summary>
/// Progress of a long read in a notebook cell: <c>Corpus.Load(path, ProgressBar.Show())</c> or
/// <c>Corpus.Stream(path, ProgressBar.Show()).Count(actors)</c>. A bar with articles, MB/s and time left while it
/// runs; when it ends, one line of counts only, so a rendered notebook does not change from run to run.
/// </summary>
public static class ProgressBar
{
    /// <summary>A progress display in the running cell; does nothing outside a notebook (any other C# host).</summary>
    public static IProgress<LoadProgress> Show()
    {
        if (KernelInvocationContext.Current is null) return new Silent();
        var shown = Kernel.display(Render(null), "text/html");
        return new Displayed(html => shown.Update(html));
    }

    /// <summary>The bar's HTML for one report; null before the first.</summary>
    internal static IHtmlContent Render(LoadProgress? p)
    {
        if (p is null) return new HtmlString("<div class=\"newslens-progress\">reading…</div>");
        if (p.Finished)
            return new HtmlString($"<div class=\"newslens-progress\">read {p.Articles:N0} articles from {p.Files:N0} {(p.Files == 1 ? "file" : "files")} ({p.Bytes / 1e6:N1} MB)</div>");
        var fraction = p.Bytes > 0 ? (double)p.BytesDone / p.Bytes : 0;
        // Everything here is numbers the kit computed; no article text reaches this HTML.
        return new HtmlString(
            $"<div class=\"newslens-progress\"><progress max=\"1000\" value=\"{(int)(fraction * 1000)}\" style=\"width:320px\"></progress> " +
            Html.Text(p.ToString()) + "</div>");
    }

    private sealed class Displayed(Action<IHtmlContent> update) : IProgress<LoadProgress>
    {
        private readonly Lock _gate = new();

        public void Report(LoadProgress value)
        {
            lock (_gate) update(Render(value));
        }
    }

    private sealed class Silent : IProgress<LoadProgress>
    {
        public void Report(LoadProgress value) { }
    }
}
