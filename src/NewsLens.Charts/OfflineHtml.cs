using Plotly.NET;

namespace NewsLens;

/// <summary>Pages that draw without a network: plotly.js (shipped inside Plotly.NET) is inlined into each page.</summary>
internal static class OfflineHtml
{
    public static void Save(GenericChart chart, string path)
    {
        var options = DisplayOptions.setPlotlyReference(PlotlyJSReference.Full).Invoke(DisplayOptions.initCDNOnly());
        var html = GenericChart.toEmbeddedHTML(Plotly.NET.Chart.withDisplayOptions(options).Invoke(chart));
        NewsLens.AtomicFile.WriteAllText(path, html);
    }
}
