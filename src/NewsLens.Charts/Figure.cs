using System.Net;
using DynamicObj;
using Plotly.NET;

namespace NewsLens;

/// <summary>
/// Thin typed helpers over Plotly.NET's object model: traces and layouts are Plotly.NET objects whose
/// properties are set by name, which keeps each chart builder short and every property explicit.
/// </summary>
internal static class Figure
{
    /// <summary>Chart size that fits a notebook cell and a printed page.</summary>
    public const int Width = 900;
    /// <summary>Default chart height.</summary>
    public const int Height = 500;

    public static Trace2D Trace(string type, params (string Name, object? Value)[] properties)
    {
        var trace = new Trace2D(type);
        foreach (var (name, value) in properties)
            if (value is not null) trace.SetProperty(name, value);
        return trace;
    }

    public static DynamicObj.DynamicObj Obj(params (string Name, object? Value)[] properties)
    {
        var obj = new DynamicObj.DynamicObj();
        foreach (var (name, value) in properties)
            if (value is not null) obj.SetProperty(name, value);
        return obj;
    }

    /// <summary>A chart of the traces with a title, axis titles and the standard size.</summary>
    public static GenericChart Chart(IEnumerable<Trace> traces, string title, string? xTitle, string? yTitle,
        int width = Width, int height = Height, params (string Name, object? Value)[] extraLayout)
    {
        var layout = new Layout();
        layout.SetProperty("title", Obj(("text", Text(title)), ("x", 0.02)));
        layout.SetProperty("width", width);
        layout.SetProperty("height", height);
        layout.SetProperty("margin", Obj(("l", 70), ("r", 30), ("t", 60), ("b", 60)));
        if (xTitle is not null) layout.SetProperty("xaxis", Obj(("title", Obj(("text", Text(xTitle))))));
        if (yTitle is not null) layout.SetProperty("yaxis", Obj(("title", Obj(("text", Text(yTitle))))));
        foreach (var (name, value) in extraLayout)
            if (value is not null) layout.SetProperty(name, value);
        var chart = GenericChart.ofTraceObjects(true, traces.ToArray());
        return Plotly.NET.Chart.withLayout(layout).Invoke(chart);
    }

    /// <summary>
    /// Text from articles and lexicons, made safe for Plotly: its labels understand a few HTML tags and the figure
    /// JSON sits inside a script element, so &lt;, &gt; and &amp; are written as entities (Plotly shows them as the
    /// characters) and nothing can close the script or open a tag.
    /// </summary>
    public static string Text(string value) => WebUtility.HtmlEncode(value);
}
