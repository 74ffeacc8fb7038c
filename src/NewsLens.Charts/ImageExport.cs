using System.Diagnostics;
using System.Net;
using Plotly.NET;

namespace NewsLens;

/// <summary>
/// PNG and SVG export through a local headless Chromium: the chart is drawn by the plotly.js shipped in
/// Plotly.NET and turned into an image by <c>Plotly.toImage</c>, offline. Chromium is found on PATH
/// (chromium, chromium-browser, google-chrome) or through NEWSLENS_CHROMIUM.
/// </summary>
public static class ImageExport
{
    /// <summary>What to do when no Chromium is found.</summary>
    public const string Install =
        "PNG/SVG export needs a local Chromium: install it (Debian/Ubuntu: apt-get install chromium) or set NEWSLENS_CHROMIUM to its path";

    /// <summary>Writes the chart as a PNG of its own size.</summary>
    /// <exception cref="InvalidOperationException">No Chromium is installed, or it failed; the message says what to do.</exception>
    public static void SavePng(this GenericChart chart, string path) =>
        NewsLens.AtomicFile.WriteAllBytes(path, Convert.FromBase64String(Render(chart, "png").Split(',', 2)[1]));

    /// <summary>Writes the chart as an SVG of its own size.</summary>
    /// <exception cref="InvalidOperationException">No Chromium is installed, or it failed; the message says what to do.</exception>
    public static void SaveSvg(this GenericChart chart, string path) =>
        NewsLens.AtomicFile.WriteAllBytes(path, System.Text.Encoding.UTF8.GetBytes(Uri.UnescapeDataString(Render(chart, "svg").Split(',', 2)[1])));

    /// <summary>The Chromium that export would use, or null.</summary>
    public static string? FindChromium()
    {
        if (Environment.GetEnvironmentVariable("NEWSLENS_CHROMIUM") is { Length: > 0 } configured && File.Exists(configured))
            return configured;
        var path = Environment.GetEnvironmentVariable("PATH") ?? "";
        foreach (var dir in path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
            foreach (var name in new[] { "chromium", "chromium-browser", "google-chrome", "google-chrome-stable" })
                if (File.Exists(Path.Combine(dir, name))) return Path.Combine(dir, name);
        return null;
    }

    private static string Render(GenericChart chart, string format)
    {
        var chromium = FindChromium() ?? throw new InvalidOperationException(Install);
        var work = Directory.CreateTempSubdirectory("newslens-export-");
        try
        {
            var page = Path.Combine(work.FullName, "chart.html");
            var figure = PlotlyScript.FigureJson(chart);
            File.WriteAllText(page,
                $"<!DOCTYPE html><html><head><meta charset=\"utf-8\"><script>{PlotlyScript.Source}</script></head><body><script>" +
                $"var f={figure};var l=f.layout||{{}};" +
                $"Plotly.toImage({{data:f.data,layout:l}},{{format:'{format}',width:l.width||{Figure.Width},height:l.height||{Figure.Height}}})" +
                ".then(function(u){document.body.textContent='IMAGE:'+u+':END';})" +
                ".catch(function(e){document.body.textContent='ERROR:'+e+':END';});</script></body></html>");
            var dom = HeadlessChromium.DumpDom(chromium, page, budgetMilliseconds: 20_000);
            var text = WebUtility.HtmlDecode(dom);
            var from = text.IndexOf("IMAGE:", StringComparison.Ordinal);
            var to = text.IndexOf(":END", from + 1, StringComparison.Ordinal);
            if (from < 0 || to < 0)
                throw new InvalidOperationException($"{chromium} did not draw the chart ({(text.Contains("ERROR:") ? text[text.IndexOf("ERROR:")..Math.Min(text.Length, text.IndexOf("ERROR:") + 200)] : "no image in the page")})");
            return text[(from + 6)..to];
        }
        finally
        {
            try { work.Delete(recursive: true); }
            catch (IOException) { /* a temporary folder left behind does no harm */ }
        }
    }
}
