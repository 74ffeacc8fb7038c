using System.Text;
using NewsLens;
using NewsLens.Tests.Support;

namespace NewsLens.Tests.Reading;

/// <summary>Wire datelines opening a body give the Dateline column and stay in the text (issue 11, problem 9).</summary>
public sealed class DatelineTests
{
    [Theory]
    [InlineData("LONDON, March 23 - Shares in the group rose.", "London")]
    [InlineData("NEW YORK, Sept. 3 - The dollar fell.", "New York")]
    [InlineData("WASHINGTON (AP) — The Senate voted on Tuesday.", "Washington")]
    [InlineData("GENEVA — Talks resumed.", "Geneva")]
    [InlineData("KABUL, Afghanistan (Sample Wire) - A blast hit the capital.", "Kabul, Afghanistan")]
    [InlineData("CALGARY, Alberta, Feb 26 - Shr loss 1.98 dlrs vs loss 5.24 dlrs", "Calgary, Alberta")]
    [InlineData("ST. LOUIS, May 4 -- Grain futures rose.", "St. Louis")]
    [InlineData("STOCKHOLM, MARCH 3 - Shr profit 15.9 crowns", "Stockholm")]
    [InlineData("HALIFAX, Feb 26- Shr 1.11 dlrs vs 1.04 dlrs", "Halifax")]
    [InlineData("Winnipeg, Feb 26 - The wheat board said it sold more.", "Winnipeg")]
    [InlineData("Lagos (Sample Wire) - Fuel queues grew.", "Lagos")]
    public void Datelines_give_the_place(string body, string place)
    {
        Assert.Equal(place, Datelines.PlaceOf(body));
        Assert.True(Datelines.LengthAt(body) > 0);
    }

    [Theory]
    [InlineData("NATO allies met in Brussels on Tuesday.")]
    [InlineData("The President said - quietly - that talks would go on.")]
    [InlineData("Shr 27.89p vs 24.24p")]
    [InlineData("London, the capital, was quiet.")]
    [InlineData("Officials - who declined to be named - said so.")]
    [InlineData("")]
    public void Other_openings_have_no_dateline(string body)
    {
        Assert.Null(Datelines.PlaceOf(body));
        Assert.Equal(0, Datelines.LengthAt(body));
    }

    [Fact]
    public void A_seed_layout_article_keeps_its_dateline_in_the_text_and_in_the_column()
    {
        var text = Fixtures.SeedLayout(caption: null, body: "SEOUL, April 25 - North Korean leader Kim Jong Un met Vladimir Putin.\n\nThe talks lasted three hours.");
        var article = Assert.Single(SeedLayoutReader.Read(Encoding.UTF8.GetBytes(text), "mem.txt").Articles);
        Assert.Equal("Seoul", article.Dateline);
        Assert.StartsWith("SEOUL, April 25 - North Korean", article.Text);
    }

    [Fact]
    public void A_jsonl_record_gets_its_dateline_too()
    {
        var line = """{"title":"OIL OUTPUT RISES","published":"1987-04-08","text":"OSLO, April 8 - Norwegian output rose."}""";
        var article = Assert.Single(JsonLinesReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(line + "\n")), "mem.jsonl").Articles);
        Assert.Equal("Oslo", article.Dateline);
    }
}
