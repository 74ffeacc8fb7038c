using System.Text.Json;
using Plotly.NET;

namespace NewsLens.Tests.Charts;

/// <summary>A chart's figure as JSON, the form plotly.js draws, for asserting traces and layout.</summary>
internal sealed class ChartJson
{
    public ChartJson(GenericChart chart) => Root = JsonDocument.Parse(GenericChart.toFigureJson(chart)).RootElement;

    public JsonElement Root { get; }
    public IReadOnlyList<JsonElement> Traces => Root.GetProperty("data").EnumerateArray().ToList();
    public JsonElement Layout => Root.GetProperty("layout");
    public string Title => Layout.GetProperty("title").GetProperty("text").GetString()!;
    public string Axis(string axis) => Layout.GetProperty(axis).GetProperty("title").GetProperty("text").GetString()!;

    public static double[] Numbers(JsonElement array) => array.EnumerateArray().Select(e => e.GetDouble()).ToArray();
    public static string[] Strings(JsonElement array) => array.EnumerateArray().Select(e => e.GetString()!).ToArray();
}
