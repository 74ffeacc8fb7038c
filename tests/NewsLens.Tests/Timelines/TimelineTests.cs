using NewsLens;
using NewsLens.Tests.Support;
using static NewsLens.Tests.Support.Lexicons;

namespace NewsLens.Tests.Timelines;

public sealed class TimelineTests
{
    private static readonly NewsLens.Lexicon Putin = Entry("putin", "person", "\"Putin\"");

    private static Timeline Monthly(params NewsLens.Article[] articles) =>
        Mentions.Count(articles, Putin).Timeline(Period.Month);

    [Fact]
    public void Every_period_between_first_and_last_dated_article_is_present_zero_filled()
    {
        var timeline = Monthly(
            Articles.Make("2019-01-10", "Putin spoke. Putin left.", words: 100),
            Articles.Make("2019-04-02", "Putin again.", words: 50));

        Assert.Equal(["2019-01-01", "2019-02-01", "2019-03-01", "2019-04-01"], timeline.Periods.Select(p => p.ToString("yyyy-MM-dd")));
        Assert.Equal([2.0, 0, 0, 1], timeline.Values("putin", Measure.Mentions));
        Assert.Equal([1, 0, 0, 1], timeline.PeriodArticles);
    }

    [Fact]
    public void Share_and_rate_divide_by_all_articles_and_words_of_the_period()
    {
        var timeline = Monthly(
            Articles.Make("2019-01-10", "Putin spoke. Putin left.", words: 100),
            Articles.Make("2019-01-20", "Nothing here.", words: 300),
            Articles.Make("2019-01-25", "Putin once.", words: 100));

        var row = Assert.Single(timeline.Rows);
        Assert.Equal(3, row.Mentions);
        Assert.Equal(2, row.Articles);
        Assert.Equal(3, row.PeriodArticles);
        Assert.Equal(500, row.PeriodWords);
        Assert.Equal(2.0 / 3, row.Share, 12);
        Assert.Equal(3 * 10_000.0 / 500, row.Per10kWords, 12);
    }

    [Fact]
    public void Undated_articles_are_counted_apart_not_dropped()
    {
        var timeline = Monthly(
            Articles.Make("2019-01-10", "Putin."),
            Articles.Make(null, "Putin and Putin."));

        Assert.Equal(1, timeline.UndatedArticles);
        var total = Assert.Single(timeline.Entities);
        Assert.Equal(1, total.Mentions);
        Assert.Equal(2, total.UndatedMentions);
        Assert.Equal(1, timeline.PeriodArticles.Sum());
    }

    [Fact]
    public void Articles_in_any_order_give_the_same_timeline()
    {
        // Periods are gathered as they are met (a streamed merge meets them in file order) and laid out by date at the end.
        NewsLens.Article[] articles =
        [
            Articles.Make("2019-03-10", "Putin spoke. Putin left.", words: 100),
            Articles.Make("2019-01-02", "Putin again.", words: 50),
            Articles.Make(null, "Putin, undated."),
            Articles.Make("2019-06-30", "Nothing here.", words: 70),
            Articles.Make("2019-01-20", "Putin in the title? No, in the text: Putin.", words: 30),
        ];
        var inOrder = Mentions.Count(articles.OrderBy(a => a.Published ?? DateOnly.MaxValue).ToArray(), Putin);
        var shuffled = Mentions.Count(articles, Putin);

        foreach (var period in new[] { Period.Day, Period.Week, Period.Month, Period.Year })
        {
            Assert.Equal(inOrder.Timeline(period).Rows, shuffled.Timeline(period).Rows);
            Assert.Equal(inOrder.Timeline(period).Entities, shuffled.Timeline(period).Entities);
        }
        var monthly = shuffled.Timeline(Period.Month);
        Assert.Equal([3.0, 0, 2, 0, 0, 0], monthly.Values("putin", Measure.Mentions));
        Assert.Equal([2, 0, 1, 0, 0, 1], monthly.PeriodArticles);
        Assert.Equal(1, monthly.UndatedArticles);
    }

    [Fact]
    public void Weeks_are_labelled_by_their_monday()
    {
        var timeline = Mentions.Count([Articles.Make("2019-04-18", "Putin."), Articles.Make("2019-04-29", "Putin.")], Putin).Timeline(Period.Week);
        Assert.Equal([new DateOnly(2019, 4, 15), new DateOnly(2019, 4, 22), new DateOnly(2019, 4, 29)], timeline.Periods);
    }

    [Fact]
    public void Rolling_mean_averages_the_last_k_periods_fewer_at_the_start()
    {
        var timeline = Monthly(
            Articles.Make("2019-01-10", "Putin Putin Putin"),
            Articles.Make("2019-02-10", "Putin"),
            Articles.Make("2019-03-10", "Putin Putin"),
            Articles.Make("2019-04-10", "none"));

        var rolled = timeline.Rolling(2);

        Assert.Equal([3.0, 2.0, 1.5, 1.0], rolled.Values("putin", Measure.Mentions));
        Assert.Equal(2, rolled.Window);
        Assert.Equal([3.0, 1, 2, 0], timeline.Values("putin", Measure.Mentions));
        // Rolling rolls the raw counts: twice is not a mean of means.
        Assert.Equal(rolled.Values("putin", Measure.Mentions), timeline.Rolling(3).Rolling(2).Values("putin", Measure.Mentions));
    }

    [Fact]
    public void Rolling_shares_pool_the_window_so_a_thin_period_weighs_its_articles()
    {
        // January: Putin in 1 of 1 article; February: in 0 of 3. Pooled, February's point is 1 of 4 (25 %), not
        // the mean of 100 % and 0 % (50 %).
        var timeline = Monthly(
            Articles.Make("1987-01-05", "Putin"),
            Articles.Make("1987-02-02", "none"), Articles.Make("1987-02-03", "none"), Articles.Make("1987-02-04", "none"));

        var rolled = timeline.Rolling(2);

        Assert.Equal([1.0, 0.25], rolled.Values("putin", Measure.ShareOfArticles));
        Assert.Equal([1.0, 0.0], timeline.Values("putin", Measure.ShareOfArticles));
    }

    [Fact]
    public void Top_keeps_the_most_mentioned_entities_in_rank_order()
    {
        var lexicon = NewsLens.Lexicon.Parse(
            "entries:\n  - id: a\n    kind: person\n    aliases: [\"Alpha\"]\n  - id: b\n    kind: person\n    aliases: [\"Beta\"]\n  - id: c\n    kind: person\n    aliases: [\"Gamma\"]\n");
        var timeline = Mentions.Count([Articles.Make("2019-01-01", "Beta Beta Beta Alpha Gamma Gamma")], lexicon).Timeline(Period.Year);

        Assert.Equal(["b", "c", "a"], timeline.Entities.Select(e => e.Entity));
        Assert.Equal(["b", "c"], timeline.Top(2).Entities.Select(e => e.Entity));
    }

    [Fact]
    public void Table_has_the_documented_columns()
    {
        var table = Monthly(Articles.Make("2019-01-10", "Putin")).Table;
        Assert.Equal(["period", "entity", "label", "kind", "mentions", "articles", "period_articles", "period_words", "share", "per_10k_words", "articles_about", "share_about"],
            table.Columns.Select(c => c.Name));
        Assert.Equal(1L, table.Rows.Count);
    }
}
