using System.Text.Json;
using NewsLens;
using NewsLens.Tests.Support;

namespace NewsLens.Tests.Charts;

/// <summary>Charts a reader can trust on a real corpus: distinct colours, gaps for empty periods, lift on a scale that starts at 0 (issue 12).</summary>
[Collection(nameof(Notebooks.NotebookTests))] // entity colours are a session: never beside another chart session
public sealed class ChartReadabilityTests
{
    private static Lexicon People(int n) => Lexicon.Parse("entries:\n" + string.Concat(Enumerable.Range(0, n).Select(i =>
        $"  - id: p{i:00}\n    label: Person {i:00}\n    kind: person\n    aliases: [\"Name{i:00}\"]\n")));

    [Fact]
    public void No_two_traces_of_a_chart_share_a_colour_even_past_the_palette()
    {
        // A session of its own: colours given by other tests (or notebooks) do not leak in, nor these out.
        using var session = ChartSession.Begin();
        var colors = ChartSession.Current.Colors;
        {
            // A session that has met more entities than the palette has colours ...
            for (var i = 0; i < EntityColors.Distinct + 6; i++) colors.Of($"p{i:00}");
            // ... then draws the first and the one that wrapped round onto its colour together.
            var wrapped = $"p{EntityColors.Distinct:00}";
            Assert.Equal(colors.Of("p00"), colors.Of(wrapped));
            var text = $"Name00 and Name{EntityColors.Distinct:00} met.";
            var timeline = Mentions.Count([Articles.Make("2019-01-05", text), Articles.Make("2019-02-05", text)], People(EntityColors.Distinct + 6)).Timeline(Period.Month);
            var json = new ChartJson(NewsLens.Charts.OverTime(timeline));
            var colours = json.Traces.Select(t => t.GetProperty("line").GetProperty("color").GetString()).ToList();
            Assert.Equal(2, colours.Count);
            Assert.Equal(colours.Count, colours.Distinct().Count());
            // The entity drawn first keeps its session colour.
            Assert.Contains(colors.Of("p00"), colours);
        }
    }

    [Fact]
    public void The_palette_has_at_least_twenty_colours_and_an_entity_keeps_its_colour()
    {
        // A session of its own: colours given by other tests (or notebooks) do not leak in, nor these out.
        using var session = ChartSession.Begin();
        var colors = ChartSession.Current.Colors;
        {
            Assert.True(EntityColors.Distinct >= 20);
            var first = Enumerable.Range(0, 20).Select(i => colors.Of($"e{i}")).ToList();
            Assert.Equal(20, first.Distinct().Count());
            Assert.Equal(first[7], colors.Of("e7"));
            Assert.Equal(first[..3], colors.For(["e0", "e1", "e2"]));
        }
    }

    [Fact]
    public void Shares_leave_a_gap_where_a_period_has_no_article_and_say_so()
    {
        var lexicon = People(2);
        // January and March have articles, February none.
        var timeline = Mentions.Count([Articles.Make("2019-01-05", "Name00 spoke."), Articles.Make("2019-03-05", "Name00 and Name01.")], lexicon)
            .Timeline(Period.Month);

        var share = new ChartJson(NewsLens.Charts.OverTime(timeline, Measure.ShareOfArticles));
        var line = share.Traces.Single(t => t.GetProperty("name").GetString() == "Person 00");
        var y = line.GetProperty("y").EnumerateArray().ToList();
        Assert.Equal(JsonValueKind.Null, y[1].ValueKind);
        Assert.Equal(1.0, y[0].GetDouble());
        var marker = share.Traces.Single(t => t.GetProperty("name").GetString() == "no articles that month");
        Assert.Equal(["2019-02-01"], ChartJson.Strings(marker.GetProperty("x")));
        Assert.Contains("no articles", marker.GetProperty("hovertemplate").GetString());

        // Raw counts are real zeros there, not unknowns.
        var counts = new ChartJson(NewsLens.Charts.OverTime(timeline, Measure.Mentions));
        Assert.Equal([1.0, 0, 1], ChartJson.Numbers(counts.Traces.Single(t => t.GetProperty("name").GetString() == "Person 00").GetProperty("y")));

        var stacked = new ChartJson(NewsLens.Charts.StackedShare(timeline));
        Assert.All(stacked.Traces.Where(t => t.TryGetProperty("stackgroup", out _)),
            t => Assert.Equal(JsonValueKind.Null, t.GetProperty("y")[1].ValueKind));

        // The heatmap leaves the empty month blank too, in every row.
        var heatmap = new ChartJson(NewsLens.Charts.Heatmap(timeline, Measure.ShareOfArticles));
        Assert.All(heatmap.Traces.Single().GetProperty("z").EnumerateArray(), row => Assert.Equal(JsonValueKind.Null, row[1].ValueKind));

        // Pooled over two months, February's point stands on January's article: it is a value, not a gap.
        var pooled = new ChartJson(NewsLens.Charts.OverTime(timeline.Rolling(2), Measure.ShareOfArticles));
        Assert.Equal(1.0, pooled.Traces.Single(t => t.GetProperty("name").GetString() == "Person 00").GetProperty("y")[1].GetDouble());
        Assert.DoesNotContain(pooled.Traces, t => t.GetProperty("name").GetString() == "no articles that month");
    }

    [Fact]
    public void Small_multiples_by_quarter_tick_quarters()
    {
        var timeline = Mentions.Count([Articles.Make("2019-01-05", "Name00 spoke."), Articles.Make("2019-11-05", "Name00, Name01.")], People(2)).Timeline(Period.Quarter);
        var layout = new ChartJson(NewsLens.Charts.SmallMultiples(timeline)).Layout;
        Assert.Equal("Q%q %Y", layout.GetProperty("xaxis").GetProperty("tickformat").GetString());
        Assert.Equal("Q%q %Y", layout.GetProperty("xaxis2").GetProperty("tickformat").GetString());
    }

    [Fact]
    public void A_heatmap_by_year_ticks_years()
    {
        var timeline = Mentions.Count([Articles.Make("1990-01-01", "Name00 spoke."), Articles.Make("1993-01-01", "Name00.")], People(1)).Timeline(Period.Year);
        var xaxis = new ChartJson(NewsLens.Charts.Heatmap(timeline)).Layout.GetProperty("xaxis");
        Assert.Equal(("%Y", "M12"), (xaxis.GetProperty("tickformat").GetString(), xaxis.GetProperty("dtick").GetString()));
    }

    [Fact]
    public void Lift_is_coloured_on_a_log_scale_centred_on_chance_and_never_shown_negative()
    {
        var lexicon = People(3);
        var mentions = Mentions.Count([
            Articles.Make("2019-01-05", "Name00 and Name01."),
            Articles.Make("2019-01-06", "Name00 and Name01."),
            Articles.Make("2019-01-07", "Name02 and Name00."),
            Articles.Make("2019-01-08", "Name02 alone."),
            Articles.Make("2019-01-09", "Name02 alone again."),
            Articles.Make("2019-01-10", "Nobody."),
        ], lexicon);
        var json = new ChartJson(NewsLens.Charts.CoMentionHeatmap(mentions.CoMentions()));
        var trace = Assert.Single(json.Traces);

        Assert.Equal(0, trace.GetProperty("zmid").GetDouble());
        Assert.Equal(-trace.GetProperty("zmin").GetDouble(), trace.GetProperty("zmax").GetDouble());
        var bar = trace.GetProperty("colorbar");
        Assert.Contains("log scale", bar.GetProperty("title").GetProperty("text").GetString());
        var ticks = ChartJson.Strings(bar.GetProperty("ticktext"));
        Assert.Contains("1×", ticks);
        Assert.DoesNotContain(ticks, t => t.StartsWith('-'));
        // Hover gives lift itself, never below 0; the colour value is its log2.
        foreach (var row in trace.GetProperty("customdata").EnumerateArray())
            foreach (var cell in row.EnumerateArray())
                Assert.True(cell[1].GetDouble() >= 0);
        Assert.Contains("lift %{customdata[1]", trace.GetProperty("hovertemplate").GetString());
    }

    [Fact]
    public void Year_ticks_name_years()
    {
        var lexicon = People(1);
        var timeline = Mentions.Count([Articles.Make("2017-01-01", "Name00."), Articles.Make("2019-01-01", "Name00.")], lexicon).Timeline(Period.Year);
        var json = new ChartJson(NewsLens.Charts.OverTime(timeline));
        Assert.Equal("%Y", json.Layout.GetProperty("xaxis").GetProperty("tickformat").GetString());
        Assert.Equal("M12", json.Layout.GetProperty("xaxis").GetProperty("dtick").GetString());
        Assert.Equal("year", json.Axis("xaxis"));
    }

    [Fact]
    public void Month_ticks_fall_on_months_so_no_label_repeats()
    {
        var timeline = Mentions.Count([Articles.Make("1987-02-26", "Name00."), Articles.Make("1987-04-08", "Name00.")], People(1)).Timeline(Period.Month);
        var axis = new ChartJson(NewsLens.Charts.OverTime(timeline)).Layout.GetProperty("xaxis");
        Assert.Equal("%b %Y", axis.GetProperty("tickformat").GetString());
        Assert.Equal("M1", axis.GetProperty("dtick").GetString());
    }

    [Theory]
    [InlineData(0.6, ".0%")]
    [InlineData(0.04, ".1%")]
    [InlineData(0.004, ".2%")]
    public void Share_ticks_carry_enough_decimals_to_differ(double max, string format)
    {
        Assert.Equal(format, MeasureText.ShareTicks(max));
    }

    [Fact]
    public void Small_shares_tick_with_decimals_and_bar_counts_have_room()
    {
        var lexicon = People(1);
        // One mention in one of 40 articles: a 2.5 % share, which whole percents would tick as 0%, 2%, 2%, 3% ...
        var articles = Enumerable.Range(0, 40).Select(i => Articles.Make("2019-01-05", i == 0 ? "Name00 spoke." : "Nothing.")).ToList();
        var timeline = Mentions.Count(articles, lexicon).Timeline(Period.Month);
        var json = new ChartJson(NewsLens.Charts.OverTime(timeline));
        Assert.Equal(".1%", json.Layout.GetProperty("yaxis").GetProperty("tickformat").GetString());

        var top = new ChartJson(NewsLens.Charts.Ranking(timeline));
        var bar = Assert.Single(top.Traces);
        Assert.False(bar.GetProperty("cliponaxis").GetBoolean());
        var range = ChartJson.Numbers(top.Layout.GetProperty("xaxis").GetProperty("range"));
        Assert.True(range[1] >= 1.18 * ChartJson.Numbers(bar.GetProperty("x")).Max() - 1e-9);
    }
}
