using Microsoft.Data.Analysis;
using NewsLens.Tests.Support;

namespace NewsLens.Tests.Interactive;

/// <summary>
/// The HTML of every view and the figure of every chart, on one fixed corpus of wire copy (Fixtures/snapshot), compared
/// with committed files: a change in what a reader sees shows in review as a change to tests/NewsLens.Tests/Snapshots.
/// </summary>
public sealed class SnapshotTests
{
    private static readonly Lazy<(Corpus Corpus, Lexicon Lexicon, Mentions Mentions, Timeline Timeline)> Fixture = new(() =>
    {
        var corpus = Corpus.Load(Fixtures.Path("snapshot/wire.jsonl"));
        var lexicon = Lexicon.Load(Fixtures.Path("snapshot/lexicon.yaml"));
        var mentions = corpus.Count(lexicon);
        return (corpus, lexicon, mentions, mentions.Timeline(Period.Month));
    });

    private static Corpus Wire => Fixture.Value.Corpus;
    private static Mentions Counted => Fixture.Value.Mentions;
    private static Timeline Monthly => Fixture.Value.Timeline;

    // Paths name the machine the tests run on; the snapshot names the fixture.
    private static string Portable(string html) => html.Replace(Fixtures.Path("snapshot"), "<fixtures>", StringComparison.Ordinal)
        .Replace(PlotlyScript.Source, "/* plotly.js */", StringComparison.Ordinal);

    public static TheoryData<string> ViewNames() => [.. Views().Keys];

    private static Dictionary<string, Func<string>> Views() => new()
    {
        ["corpus"] = () => NewsLens.Views.Corpus(Wire),
        ["problems"] = () => NewsLens.Views.Problems(Wire.Problems),
        ["articles-frame"] = () => NewsLens.Views.Frame(Wire.Table.Head(3)),
        ["articles-frame-column"] = () => NewsLens.Views.FrameColumn(Wire.Table[ArticleColumns.Title]),
        ["articles"] = () => NewsLens.Views.Articles(Wire.Rows.Take(3)),
        ["sources"] = () => NewsLens.Views.Sources(Wire.Summary.Sources),
        ["mentions"] = () => NewsLens.Views.Mentions(Counted),
        ["mention-rows"] = () => NewsLens.Views.Records(Counted.Rows.Take(5)),
        ["in-context"] = () => NewsLens.Views.InContext(Counted.InContext("dahl", 40)),
        ["timeline"] = () => NewsLens.Views.Timeline(Monthly),
        ["timeline-table"] = () => NewsLens.Views.TimelineTable(Monthly),
        ["entity-totals"] = () => NewsLens.Views.Records(Monthly.Entities),
        ["co-mentions"] = () => NewsLens.Views.CoMentions(Counted.CoMentions()),
        ["pairs"] = () => NewsLens.Views.Pairs(Counted.CoMentions().ByLift(minBoth: 2)),
        ["candidates"] = () => NewsLens.Views.Candidates(Wire.Discover(Fixture.Value.Lexicon, minArticles: 1)),
        ["lexicon"] = () => NewsLens.Views.Records(Fixture.Value.Lexicon.Entries),
        ["spikes-none"] = () => NewsLens.Views.Spikes(Monthly.Spikes()),
        ["spikes"] = () => NewsLens.Views.Spikes(Mentions.Count(PortNews.Articles(), Lexicon.Parse(PortNews.LexiconYaml)).Timeline(Period.Month).Spikes()),
        ["grouped"] = () => NewsLens.Views.Grouped(Counted.Timeline(Period.Month, by: "source")),
        ["coverage-none"] = () => NewsLens.Views.Coverage(Counted.Coverage(by: "source")),
        ["coverage"] = () => NewsLens.Views.Coverage(Outlets.Coverage(by: "source")),
    };

    // Two outlets of different size, one covering the weather the other ignores.
    private static Mentions Outlets => Mentions.Count(TwoOutlets.Articles(), Lexicon.Parse(PortNews.LexiconYaml));

    [Theory]
    [MemberData(nameof(ViewNames))]
    public void View_html_is_as_committed(string view)
    {
        using var session = ChartSession.Begin();
        Snapshot.Html("view-" + view, Portable(Views()[view]()));
    }

    public static TheoryData<string> ChartNames() => [.. Charts().Keys];

    private static Dictionary<string, Func<Plotly.NET.GenericChart>> Charts() => new()
    {
        ["over-time-share"] = () => NewsLens.Charts.OverTime(Monthly.OfKind("person")),
        ["over-time-mentions"] = () => NewsLens.Charts.OverTime(Monthly.OfKind("person"), Measure.Mentions),
        ["over-time-share-about"] = () => NewsLens.Charts.OverTime(Monthly.OfKind("person"), Measure.ShareOfArticlesAbout),
        ["over-time-rolling"] = () => NewsLens.Charts.OverTime(Monthly.OfKind("country").Rolling(2)),
        ["ranking"] = () => NewsLens.Charts.Ranking(Monthly, 5),
        ["heatmap"] = () => NewsLens.Charts.Heatmap(Monthly),
        ["small-multiples"] = () => NewsLens.Charts.SmallMultiples(Monthly.OfKind("person")),
        ["stacked-share"] = () => NewsLens.Charts.StackedShare(Monthly.OfKind("topic")),
        ["co-mention-heatmap"] = () => NewsLens.Charts.CoMentionHeatmap(Counted.CoMentions()),
        ["network"] = () => NewsLens.Charts.Network(Counted.CoMentions(), minBoth: 1),
        ["articles-over-time"] = () => NewsLens.Charts.ArticlesOverTime(Wire),
        ["groups-over-time"] = () => NewsLens.Charts.OverTime(Counted.Timeline(Period.Month, by: "source"), Monthly.Entities[0].Entity),
        ["coverage"] = () => NewsLens.Charts.Coverage(Outlets.Coverage(by: "source")),
    };

    [Theory]
    [MemberData(nameof(ChartNames))]
    public void Chart_figure_is_as_committed(string chart)
    {
        // A session of its own: colours are given in the order this chart meets its entities.
        using var session = ChartSession.Begin();
        Snapshot.Json("chart-" + chart, PlotlyScript.FigureJson(Charts()[chart]()));
    }

    [Fact]
    public void The_fixture_holds_what_the_snapshots_show()
    {
        // Ten dated wire stories over four months with March empty, one undated note, one record cut off mid-line.
        Assert.Equal(11, Wire.Summary.Articles);
        Assert.Equal(1, Wire.Summary.Undated);
        var problem = Assert.Single(Wire.Problems);
        Assert.Equal(12, problem.Line);
        Assert.Equal([new DateOnly(2019, 1, 1), new DateOnly(2019, 2, 1), new DateOnly(2019, 3, 1), new DateOnly(2019, 4, 1)], Monthly.Periods);
        Assert.Equal(0, Monthly.Rows.Where(r => r.Period == new DateOnly(2019, 3, 1)).Sum(r => r.PeriodArticles));
        Assert.IsType<StringDataFrameColumn>(Wire.Table[ArticleColumns.Title]);
    }
}
