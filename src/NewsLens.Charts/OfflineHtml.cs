using Plotly.NET;

namespace NewsLens.Charts;

/// <summary>Pages that draw without a network: plotly.js (shipped inside Plotly.NET) is inlined into each page.</summary>
internal static class OfflineHtml
{
    public static void Save(GenericChart chart, string path)
    {
        var options = DisplayOptions.setPlotlyReference(PlotlyJSReference.Full).Invoke(DisplayOptions.initCDNOnly());
        var html = GenericChart.toEmbeddedHTML(Plotly.NET.Chart.withDisplayOptions(options).Invoke(chart));
        var full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        // Written beside the target and moved, so a reader never sees half a page.
        var temporary = full + ".tmp";
        File.WriteAllText(temporary, html);
        File.Move(temporary, full, overwrite: true);
    }
}
