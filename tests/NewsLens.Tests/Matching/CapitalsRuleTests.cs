using NewsLens;
using static NewsLens.Tests.Support.Lexicons;

namespace NewsLens.Tests.Matching;

/// <summary>
/// Rule 4's capitals context: a case-sensitive alias also matches its all-capitals form in an uppercase headline or a
/// wire dateline, and nowhere else; all-capitals aliases stay exact ("US" is never "us").
/// </summary>
public sealed class CapitalsRuleTests
{
    private static readonly Lexicon World = Lexicon.Parse("""
        entries:
          - id: japan
            kind: country
            aliases: ["Japan", "Japanese"]
          - id: united_states
            kind: country
            aliases: ["United States", "US", "U.S."]
          - id: new_zealand
            kind: country
            aliases: ["New Zealand"]
          - id: opec
            kind: organization
            aliases: ["OPEC", "Opec"]
        """);

    [Theory]
    [InlineData("JAPAN SAYS TRADE SURPLUS NARROWED", "japan:JAPAN")]
    [InlineData("U.S. AND JAPANESE OFFICIALS MEET", "united_states:U.S.|japan:JAPANESE")]
    [InlineData("TALKS WITH NEW ZEALAND END", "new_zealand:NEW ZEALAND")]
    [InlineData("OPEC OUTPUT RISES", "opec:OPEC")]
    public void Uppercase_headlines_match(string title, string expected)
    {
        Assert.Equal(expected.Split('|'), Found(World, title, "Body."));
    }

    [Theory]
    [InlineData("TOKYO, JAPAN, April 8 - Exports rose.", "japan:JAPAN")]
    [InlineData("NEW ZEALAND, May 2 - Dairy prices fell.", "new_zealand:NEW ZEALAND")]
    [InlineData("JAPAN (Sample Wire) - Exports rose.", "japan:JAPAN")]
    public void Datelines_match(string body, string expected)
    {
        Assert.Equal([expected], Found(World, "Trade", body));
    }

    [Theory]
    [InlineData("Let us talk about the JAPAN question.")]
    [InlineData("Japan's JAPANESE-style gardens")]
    [InlineData("The fund, called japan fund, rose.")]
    public void Capitals_inside_mixed_text_do_not_match(string body)
    {
        Assert.DoesNotContain("japan:JAPAN", Found(World, "", body));
        Assert.DoesNotContain("japan:JAPANESE", Found(World, "", body));
        Assert.DoesNotContain("japan:japan", Found(World, "", body));
        Assert.DoesNotContain(Found(World, "", body), f => f.StartsWith("united_states:", StringComparison.Ordinal));
    }

    [Fact]
    public void Us_in_an_uppercase_headline_is_the_country_but_us_in_text_is_not()
    {
        Assert.Equal(["united_states:US"], Found(World, "US TRADE DEFICIT WIDENS", "Let us see."));
    }

    [Fact]
    public void Mixed_case_aliases_still_match_exactly()
    {
        Assert.Equal(["japan:Japan", "japan:Japanese"], Found(World, "", "Japan and the Japanese economy; japan is not a name here."));
    }
}
