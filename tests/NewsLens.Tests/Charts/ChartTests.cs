using NewsLens;
using NewsLens.Tests.Support;

namespace NewsLens.Tests.Charts;

/// <summary>Each chart builder on a small timeline whose values are known.</summary>
public sealed class ChartTests
{
    private static readonly Lexicon People = Lexicon.Parse(
        "entries:\n  - id: putin\n    label: Vladimir Putin\n    kind: person\n    aliases: [\"Putin\"]\n" +
        "  - id: kim\n    label: Kim Jong Un\n    kind: person\n    aliases: [\"Kim\"]\n" +
        "  - id: trump\n    label: Donald Trump\n    kind: person\n    aliases: [\"Trump\"]\n");

    // January: 2 articles (Putin+Kim, Putin); February: none; March: 1 article (Kim Kim Trump).
    private static Mentions Known() => Mentions.Count([
        Articles.Make("2019-01-05", "Putin met Kim."),
        Articles.Make("2019-01-20", "Putin spoke."),
        Articles.Make("2019-03-02", "Kim and Kim and Trump."),
    ], People);

    private static Timeline Monthly() => Known().Timeline(Period.Month);

    [Fact]
    public void Over_time_has_a_line_per_entity_with_the_measure_and_raw_counts_in_hover()
    {
        var json = new ChartJson(NewsLens.Charts.OverTime(Monthly(), Measure.ShareOfArticles));

        // February has no article: a marker says so, and every share line has a gap there.
        Assert.Equal(["Kim Jong Un", "Vladimir Putin", "Donald Trump", "no articles that month"], json.Traces.Select(t => t.GetProperty("name").GetString()));
        var kim = json.Traces[0];
        Assert.Equal(["2019-01-01", "2019-02-01", "2019-03-01"], ChartJson.Strings(kim.GetProperty("x")));
        Assert.Equal(["0.5", "", "1"], kim.GetProperty("y").EnumerateArray().Select(v => v.ValueKind == System.Text.Json.JsonValueKind.Null ? "" : v.GetDouble().ToString(System.Globalization.CultureInfo.InvariantCulture)));
        // customdata per period: raw mentions, articles mentioning, articles in the period, articles about it (two mentions make one).
        Assert.Equal([2.0, 1, 1, 1], ChartJson.Numbers(kim.GetProperty("customdata")[2]));
        Assert.Contains("mentions in %{customdata[1]} of %{customdata[2]} articles, %{customdata[3]} about it", kim.GetProperty("hovertemplate").GetString());
        Assert.Equal("Share of articles mentioning each, by month", json.Title);
        Assert.Equal("share of articles that month", json.Axis("yaxis"));
        Assert.Equal("month", json.Axis("xaxis"));
        Assert.Equal(".0%", json.Layout.GetProperty("yaxis").GetProperty("tickformat").GetString());
        Assert.Equal(900, json.Layout.GetProperty("width").GetInt32());
    }

    [Fact]
    public void Over_time_of_a_rolling_mean_says_so_and_keeps_raw_counts_in_hover()
    {
        var json = new ChartJson(NewsLens.Charts.OverTime(Monthly().Rolling(2), Measure.Mentions));
        var kim = json.Traces[0];
        Assert.Equal([1.0, 0.5, 1], ChartJson.Numbers(kim.GetProperty("y")));
        Assert.Equal([2.0, 1, 1, 1], ChartJson.Numbers(kim.GetProperty("customdata")[2]));
        Assert.Equal("Mentions, by month (each point pools 2 months)", json.Title);
        Assert.Equal("mentions that month", json.Axis("yaxis"));
    }

    [Fact]
    public void An_entity_keeps_its_colour_across_charts()
    {
        var first = new ChartJson(NewsLens.Charts.OverTime(Monthly()));
        var second = new ChartJson(NewsLens.Charts.OverTime(Monthly().Only("trump", "kim")));
        string Colour(ChartJson j, string name) => j.Traces.Single(t => t.GetProperty("name").GetString() == name).GetProperty("line").GetProperty("color").GetString()!;

        Assert.Equal(Colour(first, "Kim Jong Un"), Colour(second, "Kim Jong Un"));
        Assert.Equal(Colour(first, "Donald Trump"), Colour(second, "Donald Trump"));
        Assert.NotEqual(Colour(first, "Kim Jong Un"), Colour(first, "Donald Trump"));
    }

    [Fact]
    public void Stacked_share_bands_sum_to_one_in_periods_with_mentions()
    {
        var json = new ChartJson(NewsLens.Charts.StackedShare(Monthly()));

        var bands = json.Traces.Where(t => t.TryGetProperty("stackgroup", out _)).ToList();
        Assert.Equal(3, bands.Count);
        Assert.All(bands, t => Assert.Equal("topics", t.GetProperty("stackgroup").GetString()));
        // February has no article: a gap in every band, not a dive to zero.
        Assert.All(bands, t => Assert.Equal(System.Text.Json.JsonValueKind.Null, t.GetProperty("y")[1].ValueKind));
        var sums = new[] { 0, 2 }.Select(p => bands.Sum(t => t.GetProperty("y")[p].GetDouble())).ToArray();
        Assert.Equal([1.0, 1], sums);
        // January: Putin 2 of 3 mentions.
        Assert.Equal(2.0 / 3, json.Traces.Single(t => t.GetProperty("name").GetString() == "Vladimir Putin").GetProperty("y")[0].GetDouble(), 9);
        Assert.Equal("share of topic mentions that month", json.Axis("yaxis"));
    }

    [Fact]
    public void Small_multiples_give_each_entity_its_own_panel()
    {
        var json = new ChartJson(NewsLens.Charts.SmallMultiples(Monthly(), Measure.Mentions, columns: 2));

        Assert.Equal(["x", "x2", "x3"], json.Traces.Select(t => t.GetProperty("xaxis").GetString()));
        Assert.Equal(["y", "y2", "y3"], json.Traces.Select(t => t.GetProperty("yaxis").GetString()));
        Assert.Equal(2, json.Layout.GetProperty("grid").GetProperty("rows").GetInt32());
        Assert.Equal(["<b>Kim Jong Un</b>", "<b>Vladimir Putin</b>", "<b>Donald Trump</b>"],
            json.Layout.GetProperty("annotations").EnumerateArray().Select(a => a.GetProperty("text").GetString()));
    }

    [Fact]
    public void Heatmap_has_entity_rows_most_mentioned_on_top()
    {
        var json = new ChartJson(NewsLens.Charts.Heatmap(Monthly(), Measure.Mentions));

        var trace = Assert.Single(json.Traces);
        Assert.Equal(["Donald Trump", "Vladimir Putin", "Kim Jong Un"], ChartJson.Strings(trace.GetProperty("y")));
        Assert.Equal([2.0, 0, 0], ChartJson.Numbers(trace.GetProperty("z")[1]));
        Assert.Equal("mentions that month", trace.GetProperty("colorbar").GetProperty("title").GetProperty("text").GetString());
    }

    [Fact]
    public void Top_bars_show_totals_largest_on_top()
    {
        var json = new ChartJson(NewsLens.Charts.Ranking(Monthly(), n: 2));
        var trace = Assert.Single(json.Traces);
        Assert.Equal("h", trace.GetProperty("orientation").GetString());
        Assert.Equal(["Vladimir Putin", "Kim Jong Un"], ChartJson.Strings(trace.GetProperty("y")));
        Assert.Equal([2.0, 3], ChartJson.Numbers(trace.GetProperty("x")));
        Assert.Equal("Top 2 by mentions, Jan 2019 to Mar 2019", json.Title);
    }

    [Fact]
    public void Co_mention_heatmap_is_symmetric_with_a_blank_diagonal()
    {
        var json = new ChartJson(NewsLens.Charts.CoMentionHeatmap(Known().CoMentions()));
        var trace = Assert.Single(json.Traces);
        var z = trace.GetProperty("z").EnumerateArray().Select(r => r.EnumerateArray().ToArray()).ToArray();
        var labels = ChartJson.Strings(trace.GetProperty("x"));
        Assert.Equal(3, labels.Length);
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(System.Text.Json.JsonValueKind.Null, z[i][i].ValueKind);
            for (var j = 0; j < 3; j++) Assert.Equal(z[i][j].ToString(), z[j][i].ToString());
        }
        // Kim and Putin share 1 of 3 articles; Kim is in 2, Putin in 2: lift = 1 * 3 / (2 * 2) = 0.75, coloured by its log2.
        var (k, p) = (Array.IndexOf(labels, "Kim Jong Un"), Array.IndexOf(labels, "Vladimir Putin"));
        Assert.Equal(Math.Round(Math.Log2(0.75), 3), z[k][p].GetDouble(), 9);
        Assert.Equal(0.75, trace.GetProperty("customdata")[k][p][1].GetDouble(), 9);
        Assert.Equal(0, trace.GetProperty("zmid").GetDouble());
    }

    [Fact]
    public void Network_has_a_node_per_entity_and_an_edge_per_associated_pair()
    {
        var json = new ChartJson(NewsLens.Charts.Network(Known().CoMentions(), minBoth: 1));
        var nodes = json.Traces[^1];
        Assert.Equal(3, nodes.GetProperty("x").GetArrayLength());
        // Only Kim–Trump meet more often than chance (lift 1.5); Kim–Putin (0.75) is not an edge.
        Assert.Single(json.Traces.SkipLast(1));
        // Every node inside the drawn axes, with room for its label.
        var (x, y) = (ChartJson.Numbers(json.Layout.GetProperty("xaxis").GetProperty("range")), ChartJson.Numbers(json.Layout.GetProperty("yaxis").GetProperty("range")));
        Assert.All(ChartJson.Numbers(nodes.GetProperty("x")), v => Assert.InRange(v, x[0] + 0.05, x[1] - 0.05));
        Assert.All(ChartJson.Numbers(nodes.GetProperty("y")), v => Assert.InRange(v, y[0] + 0.05, y[1] - 0.1));
    }
}

public sealed class ArticlesOverTimeChartTests
{
    [Fact]
    public void Articles_per_period_stack_by_source_and_count_the_undated()
    {
        using var dir = new TempFolder();
        dir.Write("a.txt", Fixtures.SeedLayout(date: "January 5, 2019", url: "https://one.example/a"));
        dir.Write("b.txt", Fixtures.SeedLayout(title: "B", date: "March 5, 2019", url: "https://two.example/b"));
        dir.Write("c.txt", Fixtures.SeedLayout(title: "C", date: "March 9, 2019", url: "https://one.example/c"));
        dir.Write("d.txt", Fixtures.SeedLayout(title: "D", date: null, url: "https://one.example/d"));
        var corpus = NewsLens.Corpus.Load(dir.Path);

        var json = new ChartJson(NewsLens.Charts.ArticlesOverTime(corpus));

        Assert.Equal(["one.example", "two.example"], json.Traces.Select(t => t.GetProperty("name").GetString()));
        Assert.Equal([1.0, 0, 1], ChartJson.Numbers(json.Traces[0].GetProperty("y")));
        Assert.Equal([0.0, 0, 1], ChartJson.Numbers(json.Traces[1].GetProperty("y")));
        Assert.Equal("stack", json.Layout.GetProperty("barmode").GetString());
        Assert.Equal("Articles per month, by source (1 undated articles not shown)", json.Title);
        Assert.Equal("articles that month", json.Axis("yaxis"));
    }
}
