using Plotly.NET;

namespace NewsLens;

/// <summary>The plotly.js that Plotly.NET ships inside its assembly, so pages never reach for a CDN.</summary>
public static class PlotlyScript
{
    private static readonly Lazy<string> Script = new(() =>
    {
        using var stream = typeof(GenericChart).Assembly.GetManifestResourceStream("Plotly.NET.plotly-2.28.0.min.js")
            ?? throw new InvalidOperationException("plotly.js is not embedded in this Plotly.NET build");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    });

    /// <summary>The minified plotly.js source.</summary>
    public static string Source => Script.Value;

    /// <summary>
    /// The chart's figure JSON, safe inside a script element: "&lt;/" and "&lt;!--" are written as JSON escapes, so
    /// no label can end the script or open a comment.
    /// </summary>
    public static string FigureJson(GenericChart chart) =>
        GenericChart.toFigureJson(chart).Replace("</", "<\\/").Replace("<!--", "<\\!--");
}
