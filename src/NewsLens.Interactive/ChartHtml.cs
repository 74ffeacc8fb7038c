using Plotly.NET;

namespace NewsLens;

/// <summary>
/// Notebook HTML for a Plotly.NET chart that draws offline: the first chart of a session (<see cref="ChartSession"/>) carries plotly.js
/// (shipped inside Plotly.NET) inline, later ones reuse it. Nothing is fetched from the network.
/// </summary>
public static class ChartHtml
{
    /// <summary>The HTML of one chart; plotly.js comes with the first chart of the session.</summary>
    public static string Of(GenericChart chart)
    {
        var (number, withScript) = ChartSession.Current.NextChart();
        return Of(chart, $"newslens-chart-{number}", withScript);
    }

    /// <summary>The HTML of one chart with a given element id, with or without plotly.js inline.</summary>
    public static string Of(GenericChart chart, string id, bool includePlotly)
    {
        var figure = NewsLens.PlotlyScript.FigureJson(chart);
        var script = includePlotly ? $"<script type=\"text/javascript\">{NewsLens.PlotlyScript.Source}</script>" : "";
        return $"{script}<div id=\"{id}\"></div><script type=\"text/javascript\">(function(){{" +
               $"var f={figure};var draw=function(){{Plotly.newPlot('{id}',f.data,f.layout,{{displaylogo:false,responsive:true}});}};" +
               "if(window.Plotly){draw();}else{var t=setInterval(function(){if(window.Plotly){clearInterval(t);draw();}},50);}" +
               "})();</script>";
    }
}
