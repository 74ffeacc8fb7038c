using NewsLens;

namespace NewsLens.Tests.Reading;

public sealed class DateReadingTests
{
    [Theory]
    [InlineData("April 18, 2019")]
    [InlineData("Apr. 18, 2019")]
    [InlineData("Apr 18, 2019")]
    [InlineData("18 April 2019")]
    [InlineData("18 Apr 2019")]
    [InlineData("2019-04-18")]
    [InlineData("2019-04-18T09:30:00+03:00")]
    [InlineData("2019-04-18T09:30:00Z")]
    [InlineData("2019-04-18 09:30:00.123+00:00")]
    [InlineData("Thursday, April 18, 2019")]
    [InlineData("April 18th, 2019")]
    [InlineData("  April   18,  2019 ")]
    public void Reads_the_styles_news_files_use(string text)
    {
        var result = DateReading.Read(text);
        Assert.Null(result.Error);
        Assert.Equal(new DateOnly(2019, 4, 18), result.Value);
    }

    [Fact]
    public void Reads_AP_style_Sept()
    {
        Assert.Equal(new DateOnly(2017, 9, 3), DateReading.Read("Sept. 3, 2017").Value);
    }

    [Fact]
    public void Date_time_keeps_the_writers_calendar_day_not_utc()
    {
        // 23:30 at UTC-5 is already the next day in UTC; the article was published on the 18th where it was written.
        Assert.Equal(new DateOnly(2019, 4, 18), DateReading.Read("2019-04-18T23:30:00-05:00").Value);
    }

    [Fact]
    public void Iso_dates_read_as_the_calendar_has_them()
    {
        // Every day of a leap year and of the year after, as an export writes them, and the days that do not exist.
        for (var d = new DateOnly(2020, 1, 1); d < new DateOnly(2022, 1, 1); d = d.AddDays(1))
            Assert.Equal(d, DateReading.Read(d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)).Value);
        foreach (var impossible in new[] { "2021-02-29", "2021-04-31", "2021-13-01", "2021-00-10", "0000-01-01" })
            Assert.StartsWith("unreadable date", DateReading.Read(impossible).Error);
        // Not quite ISO: the general reader decides.
        Assert.Equal(new DateOnly(2021, 3, 4), DateReading.Read("2021-3-4").Value);
        Assert.Equal(new DateOnly(2021, 3, 4), DateReading.Read(" 2021-03-04 ").Value);
    }

    [Fact]
    public void Impossible_day_says_so()
    {
        var result = DateReading.Read("February 30, 2019");
        Assert.Null(result.Value);
        Assert.Equal("no such day 'February 30, 2019'", result.Error);
    }

    [Fact]
    public void Unreadable_date_lists_what_is_accepted()
    {
        var result = DateReading.Read("sometime in spring");
        Assert.False(result.Success);
        Assert.Equal("unreadable date 'sometime in spring': expected a date like " + DateReading.Accepted, result.Error);
    }

    [Theory]
    [InlineData("April 18, 2019", true)]
    [InlineData("2019-04-18", true)]
    [InlineData("Aprill 18, 2019", true)]
    [InlineData("Kim Jong Un Kin Cheung / AP / TASS", false)]
    [InlineData("North Korean leader Kim Jong Un will travel to Russia in April 2019.", false)]
    public void Tells_a_date_line_from_other_lines(string line, bool expected)
    {
        Assert.Equal(expected, DateReading.LooksLikeDate(line));
    }
}
