using NewsLens;
using NewsLens.Tests.Support;

namespace NewsLens.Tests.Timelines;

/// <summary>The default period follows the corpus's date precision and density, and says why (issue 12, items 5 and 9).</summary>
public sealed class PeriodChoiceTests
{
    private static CorpusSummary Summary(IEnumerable<string> dates)
    {
        using var dir = new TempFolder();
        var n = 0;
        foreach (var d in dates)
            dir.Write($"a{n++:0000}.txt", Fixtures.SeedLayout(title: $"ADDRESS {n}", date: d, caption: null, body: $"Speech number {n}.", url: $"https://example.org/{n}"));
        return Corpus.Load(dir.Path).Summary;
    }

    [Fact]
    public void Articles_dated_january_first_are_year_dated_and_counted_by_year()
    {
        var summary = Summary(Enumerable.Range(1990, 12).Select(y => $"January 1, {y}"));
        Assert.Equal(DatePrecision.Year, summary.DatePrecision);
        var choice = PeriodChoice.Suggest(summary);
        Assert.Equal(Period.Year, choice.Period);
        Assert.Contains("known to the year only", choice.Reason);
        // Asked for months anyway: done, with the warning.
        var months = PeriodChoice.For("month", summary);
        Assert.Equal(Period.Month, months.Period);
        Assert.Contains("one spike in January", months.Reason);
        Assert.Equal(Period.Year, PeriodChoice.For("auto", summary).Period);
        // One address a year: each point pools ten years rather than jump between 0 % and 100 %.
        Assert.Equal(10, choice.Window);
        Assert.Contains("one article swings a share by 100%: each point pools the 10 years up to it (about 10 articles)", choice.Reason);
    }

    [Fact]
    public void A_period_that_holds_enough_articles_stands_alone()
    {
        var dense = Summary(Enumerable.Range(0, 50).Select(i => $"{(i < 25 ? "March" : "April")} {i % 25 + 2}, 2019"));
        Assert.Equal(1, PeriodChoice.Suggest(dense).Window);
        // Five speeches a year: four years pooled reach the twenty articles a point should rest on.
        var yearly = Summary(Enumerable.Range(0, 30).Select(i => $"January 1, {2000 + i / 5}"));
        Assert.Equal(4, PeriodChoice.Suggest(yearly).Window);
        Assert.Equal(1, PeriodChoice.For("year", yearly).Window);
    }

    [Fact]
    public void A_dense_corpus_is_counted_by_month_and_a_sparse_one_by_quarter_or_year()
    {
        // 25 articles a month over two months: by month.
        var dense = Summary(Enumerable.Range(0, 50).Select(i => $"{(i < 25 ? "March" : "April")} {i % 25 + 2}, 2019"));
        Assert.Equal(DatePrecision.Day, dense.DatePrecision);
        Assert.Equal(Period.Month, PeriodChoice.Suggest(dense).Period);
        Assert.Contains("a month on average: counted by month", PeriodChoice.Suggest(dense).Reason);

        // 8 a month: too few for months, 24 a quarter: by quarter.
        var sparse = Summary(Enumerable.Range(0, 48).Select(i => $"{new[] { "January", "February", "March", "April", "May", "June" }[i / 8]} {i % 8 + 2}, 2019"));
        var choice = PeriodChoice.Suggest(sparse);
        Assert.Equal(Period.Quarter, choice.Period);
        Assert.Contains("too few for steady monthly shares", choice.Reason);

        // 2 a month over a year: by year.
        var thin = Summary(Enumerable.Range(0, 24).Select(i => $"{System.Globalization.CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(i / 2 + 1)} {i % 2 + 10}, 2019"));
        Assert.Equal(Period.Year, PeriodChoice.Suggest(thin).Period);
    }

    [Fact]
    public void A_name_is_taken_as_asked_and_anything_else_is_refused()
    {
        var summary = Summary(["April 18, 2019", "April 25, 2019", "May 2, 2019"]);
        Assert.Equal(Period.Week, PeriodChoice.For("week", summary).Period);
        Assert.Equal("Counted by week as asked.", PeriodChoice.For("week", summary).Reason);
        var e = Assert.Throws<ArgumentException>(() => PeriodChoice.For("fortnight", summary));
        Assert.Contains("use auto, day, week", e.Message);
    }
}
