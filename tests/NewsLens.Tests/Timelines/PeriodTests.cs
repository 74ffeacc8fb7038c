using NewsLens;

namespace NewsLens.Tests.Timelines;

public sealed class PeriodTests
{
    [Theory]
    [InlineData(Period.Day, "2019-04-18", "2019-04-18")]
    [InlineData(Period.Week, "2019-04-18", "2019-04-15")]   // a Thursday → its Monday
    [InlineData(Period.Week, "2019-04-21", "2019-04-15")]   // Sunday belongs to the week before it
    [InlineData(Period.Week, "2019-04-15", "2019-04-15")]
    [InlineData(Period.Week, "2021-01-01", "2020-12-28")]   // ISO week crossing a year
    [InlineData(Period.Month, "2019-04-18", "2019-04-01")]
    [InlineData(Period.Quarter, "2019-05-18", "2019-04-01")]
    [InlineData(Period.Quarter, "2019-12-31", "2019-10-01")]
    [InlineData(Period.Year, "2019-04-18", "2019-01-01")]
    public void Start_of_period(Period period, string date, string start)
    {
        Assert.Equal(DateOnly.Parse(start), period.StartOf(DateOnly.Parse(date)));
    }

    [Fact]
    public void Parse_rejects_unknown_words_with_the_accepted_ones()
    {
        Assert.Equal(Period.Quarter, PeriodCalendar.Parse("Quarter"));
        var e = Assert.Throws<ArgumentException>(() => PeriodCalendar.Parse("fortnight"));
        Assert.Equal("'fortnight' is not a period; use day, week, month, quarter or year", e.Message);
        Assert.Throws<ArgumentException>(() => PeriodCalendar.Parse("2"));
    }
}
