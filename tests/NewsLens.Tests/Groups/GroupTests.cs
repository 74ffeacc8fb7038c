using NewsLens.Tests.Support;

namespace NewsLens.Tests.Groups;

/// <summary>Timelines by group, compared by share, and what each group covers more or less than the others.</summary>
public sealed class GroupTests
{
    private static readonly Lexicon Port = Lexicon.Parse(Support.PortNews.LexiconYaml);

    private static Mentions Counted() => Mentions.Count(TwoOutlets.Articles(), Port);

    [Fact]
    public void Groups_of_different_sizes_compare_by_share()
    {
        var grouped = Counted().Timeline(Period.Month, by: "source");

        Assert.Equal([TwoOutlets.Wire, TwoOutlets.Courier], grouped.Groups.Select(g => g.Group));
        Assert.Equal([300, 60], grouped.Groups.Select(g => g.Articles));
        Assert.Equal(6, grouped.Periods.Count);
        // Five Wire stories a month name Alvarez and one Courier story: counts differ fivefold, shares not at all.
        Assert.All(grouped[TwoOutlets.Wire].Values("alvarez", Measure.Articles), v => Assert.Equal(5, v));
        Assert.All(grouped[TwoOutlets.Courier].Values("alvarez", Measure.Articles), v => Assert.Equal(1, v));
        Assert.All(grouped[TwoOutlets.Wire].Values("alvarez", Measure.ShareOfArticles), v => Assert.Equal(0.1, v, 9));
        Assert.All(grouped[TwoOutlets.Courier].Values("alvarez", Measure.ShareOfArticles), v => Assert.Equal(0.1, v, 9));
        Assert.All(grouped.All.Values("alvarez", Measure.ShareOfArticles), v => Assert.Equal(0.1, v, 9));
        // The Wire never names the weather: its line is zeros, not an error.
        Assert.False(grouped[TwoOutlets.Wire].Contains("weather"));
        Assert.All(grouped.Values(TwoOutlets.Wire, "weather", Measure.ShareOfArticles), v => Assert.Equal(0, v));
        Assert.All(grouped.Values(TwoOutlets.Courier, "weather", Measure.ShareOfArticles), v => Assert.Equal(0.5, v, 9));
    }

    [Fact]
    public void Rows_and_table_give_each_group_its_own_denominator()
    {
        var grouped = Counted().Timeline(Period.Month, by: Grouping.Source).Only("alvarez");

        var rows = grouped.Rows;
        Assert.Equal(2 * 6, rows.Count);
        Assert.All(rows.Where(r => r.Group == TwoOutlets.Courier), r => Assert.Equal(10, r.GroupArticles));
        Assert.All(rows.Where(r => r.Group == TwoOutlets.Wire), r => Assert.Equal(50, r.GroupArticles));
        var table = grouped.Table;
        Assert.Equal("group", table.Columns[0].Name);
        Assert.Equal(12, table.Rows.Count);
        Assert.Equal(TwoOutlets.Wire, grouped.Largest(1).Groups.Single().Group);
        Assert.Throws<KeyNotFoundException>(() => grouped["Evening Gazette"]);
    }

    [Fact]
    public void Articles_without_a_value_count_in_all_but_in_no_group()
    {
        var articles = TwoOutlets.Articles();
        articles.Add(Article.Create("UNSIGNED NOTE ON BERTHS", null, new DateOnly(2021, 2, 3), null, null, "Marta Alvarez posted the notice.", [], "note.txt", 1));

        var grouped = Mentions.Count(articles, Port).Timeline(Period.Month, by: "source");

        Assert.Equal(1, grouped.UngroupedArticles);
        Assert.Equal(361, grouped.All.PeriodArticles.Sum());
        Assert.Equal(360, grouped.Groups.Sum(g => g.Articles));
        Assert.Contains("1 articles have no source", GroupFacts.Describe(grouped));
    }

    [Fact]
    public void Coverage_finds_what_only_one_group_writes_about_and_not_what_both_share()
    {
        var coverage = Counted().Coverage(by: "source");

        var weather = Assert.Single(coverage.Of(TwoOutlets.Courier), r => r.Entity == "weather");
        Assert.True(weather.Over);
        Assert.Equal(30, weather.Articles);
        Assert.Equal(0, weather.ReferenceArticles);
        Assert.Equal(0.5, weather.Share, 9);
        Assert.True(weather.Keyness > Coverage.Threshold);
        // Seen from the Wire, the same difference is under-coverage.
        var wireWeather = Assert.Single(coverage.Of(TwoOutlets.Wire), r => r.Entity == "weather");
        Assert.False(wireWeather.Over);
        Assert.Equal(-weather.Keyness, wireWeather.Keyness, 6);
        // Both give Alvarez one story in ten: no row claims a difference.
        Assert.DoesNotContain(coverage.Rows, r => r.Entity == "alvarez");
        Assert.Contains(coverage.EntityCells, r => r.Entity == "alvarez" && r.Group == TwoOutlets.Courier && !r.Significant);
    }

    [Fact]
    public void Coverage_ranks_the_planted_phrase_first_among_words()
    {
        var coverage = Counted().Coverage(by: "source");

        var words = coverage.Of(TwoOutlets.Courier).Where(r => r.Kind == "word" && r.Over).ToList();
        Assert.Equal("lighthouse keeper", words[0].Term);
        Assert.Equal(60, words[0].Articles);
        // A word inside the kept phrase says nothing more.
        Assert.DoesNotContain(words, w => w.Term is "lighthouse" or "keeper");
        Assert.Contains(coverage.Of(TwoOutlets.Wire), r => r.Kind == "word" && r.Over && r.Term.Contains("Container", StringComparison.Ordinal));
        Assert.True(coverage.HasWords);
    }

    [Fact]
    public void A_group_named_after_an_entity_is_not_credited_with_naming_it()
    {
        // The Courier as one writer's column: that she names herself is no finding about her coverage.
        var byWriter = Grouping.By("writer", a => a.Source == TwoOutlets.Courier ? "Marta Alvarez" : "Port desk");

        var coverage = Counted().Coverage(by: byWriter);

        Assert.DoesNotContain(coverage.EntityCells, r => r.Group == "Marta Alvarez" && r.Entity == "alvarez");
        Assert.Contains(coverage.EntityCells, r => r.Group == "Port desk" && r.Entity == "alvarez");
        Assert.Contains(coverage.Of("Marta Alvarez"), r => r.Entity == "weather" && r.Over);
    }

    [Fact]
    public void A_named_reference_is_compared_with_and_not_described()
    {
        var coverage = Counted().Coverage(by: "source", reference: TwoOutlets.Wire);

        Assert.Equal([TwoOutlets.Courier], coverage.Groups.Select(g => g.Group));
        Assert.All(coverage.Rows, r => Assert.Equal(300, r.ReferenceSize));
        var e = Assert.Throws<ArgumentException>(() => Counted().Coverage(by: "source", reference: "Evening Gazette"));
        Assert.Contains("Harbour Wire", e.Message);
    }

    [Fact]
    public void Where_keeps_the_chosen_articles_with_their_counts()
    {
        var mentions = Counted();

        var courier = mentions.Where(a => a.Source == TwoOutlets.Courier);

        Assert.Equal(60, courier.Articles.Count);
        Assert.All(courier.Rows, r => Assert.StartsWith("portnews://Coast-Courier/", courier.Articles[r.ArticleIndex].Url, StringComparison.Ordinal));
        Assert.Equal(mentions.Rows.Count(r => mentions.Articles[r.ArticleIndex].Source == TwoOutlets.Courier), courier.Rows.Count);
        Assert.Equal(0.5, courier.Timeline(Period.Month).Values("weather", Measure.ShareOfArticles)[0], 9);
    }

    [Fact]
    public void Suggest_picks_the_first_column_that_splits_the_corpus()
    {
        var articles = TwoOutlets.Articles();
        Assert.Equal("source", Grouping.Suggest(articles)?.Name);

        // One outlet only, but the export carries a desk: that is what splits it.
        var oneSource = articles.Select((a, i) => a with
        {
            Source = "portwire.example",
            Fields = ArticleFields.Of([new("desk", i % 3 == 0 ? "Shipping" : "City"), new("id", $"pw-{i}")]),
        }).ToList();
        Assert.Equal("desk", Grouping.Suggest(oneSource)?.Name);

        var nothing = articles.Select(a => a with { Source = "portwire.example" }).ToList();
        Assert.Null(Grouping.Suggest(nothing));
    }
}
