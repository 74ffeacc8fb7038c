using NewsLens.Tests.Charts;
using NewsLens.Tests.Support;

namespace NewsLens.Tests.Groups;

/// <summary>The comparison charts and views: one line per group, a cell per group and entity, untrusted names escaped.</summary>
public sealed class GroupChartTests
{
    private const string Hostile = "<img src=x onerror=alert(1)>Courier";

    private static Mentions Counted(bool hostile = false)
    {
        var articles = TwoOutlets.Articles();
        if (hostile) articles = articles.Select(a => a.Source == TwoOutlets.Courier ? a with { Source = Hostile } : a).ToList();
        return Mentions.Count(articles, Lexicon.Parse(Support.PortNews.LexiconYaml));
    }

    [Fact]
    public void Over_time_by_group_draws_each_group_and_all_articles()
    {
        var grouped = Counted().Timeline(Period.Month, by: "source");

        var chart = new ChartJson(NewsLens.Charts.OverTime(grouped, "weather"));

        Assert.Equal(3, chart.Traces.Count);
        Assert.Equal("Harbour Wire (300)", chart.Traces[0].GetProperty("name").GetString());
        Assert.All(ChartJson.Numbers(chart.Traces[0].GetProperty("y")), v => Assert.Equal(0, v));
        Assert.All(ChartJson.Numbers(chart.Traces[1].GetProperty("y")), v => Assert.Equal(0.5, v, 9));
        Assert.Equal("all articles", chart.Traces[2].GetProperty("name").GetString());
        Assert.Contains("of each source's articles", chart.Axis("yaxis"));
        Assert.NotEqual(chart.Traces[0].GetProperty("line").GetProperty("color").GetString(), chart.Traces[1].GetProperty("line").GetProperty("color").GetString());
        Assert.Throws<ArgumentException>(() => NewsLens.Charts.OverTime(grouped, "nobody"));
    }

    [Fact]
    public void Coverage_heatmap_puts_a_group_and_entity_in_each_cell()
    {
        var coverage = Counted().Coverage(by: "source");

        var trace = new ChartJson(NewsLens.Charts.Coverage(coverage)).Traces.Single();

        // The one significant difference first; the other entity both name joins to show what "no difference" looks like.
        Assert.Equal(["Weather", "Marta Alvarez"], ChartJson.Strings(trace.GetProperty("x")));
        // Rows run bottom to top: the largest group is drawn on top.
        Assert.Equal([TwoOutlets.Courier, TwoOutlets.Wire], ChartJson.Strings(trace.GetProperty("y")));
        var z = trace.GetProperty("z").EnumerateArray().Select(ChartJson.Numbers).ToArray();
        Assert.True(z[0][0] > 2, "the Courier covers the weather far more");
        Assert.True(z[1][0] < -2, "the Wire far less");
        Assert.All(z, row => Assert.Equal(0, row[1]));
        var text = trace.GetProperty("text").EnumerateArray().Select(ChartJson.Strings).ToArray();
        Assert.Equal(["", ""], text.Select(r => r[1]));
    }

    [Fact]
    public void Group_names_are_escaped_in_views_and_charts()
    {
        var mentions = Counted(hostile: true);
        var grouped = mentions.Timeline(Period.Month, by: "source");
        var coverage = mentions.Coverage(by: "source");

        var html = Views.Grouped(grouped) + Views.Coverage(coverage);
        var json = Plotly.NET.GenericChart.toFigureJson(NewsLens.Charts.OverTime(grouped, "alvarez")) +
                   Plotly.NET.GenericChart.toFigureJson(NewsLens.Charts.Coverage(coverage));

        Assert.DoesNotContain("<img", html);
        Assert.Contains("&lt;img src=x onerror=alert(1)&gt;Courier", html);
        Assert.DoesNotContain("<img", json);
        Assert.Contains("Names more often: Weather", html);
    }
}
