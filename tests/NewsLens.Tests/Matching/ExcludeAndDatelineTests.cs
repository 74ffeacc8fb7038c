using NewsLens;
using static NewsLens.Tests.Support.Lexicons;

namespace NewsLens.Tests.Matching;

/// <summary>
/// An entry's excludes protect it whatever else is loaded (rule 6, issue 11 problem 5), and dateline places count for
/// their country only where they open the story (rule 8).
/// </summary>
public sealed class ExcludeAndDatelineTests
{
    private const string France = """
          - id: france
            kind: country
            aliases: ["France", "French"]
            metonyms: ["Paris"]
            exclude: ["Paris Agreement", "Paris Club", "French fries"]

        """;
    private const string UnitedKingdom = """
          - id: united_kingdom
            kind: country
            aliases: ["United Kingdom", "Britain", "British"]
            metonyms: ["London"]
            exclude: ["British Columbia", "London Metal Exchange"]
            datelines: ["Manchester", "Edinburgh"]

        """;
    private const string Climate = """
          - id: climate
            kind: topic
            aliases: ["climate change", "Paris Agreement"]

        """;
    private const string Canada = """
          - id: canada
            kind: country
            aliases: ["Canada", "Canadian"]
            metonyms: ["Ottawa"]
            datelines: ["Vancouver", "Toronto"]

        """;

    private const string Body = "Paris Agreement targets were discussed by the Paris Club and in British Columbia, " +
                                "where copper on the London Metal Exchange rose; French fries were served.";

    public static TheoryData<string, bool> Combinations => new()
    {
        { France + UnitedKingdom, false },
        { France + UnitedKingdom, true },
        { France + UnitedKingdom + Climate, true },
        { France + UnitedKingdom + Climate + Canada, true },
        { Climate + Canada + UnitedKingdom + France, false },
    };

    [Theory]
    [MemberData(nameof(Combinations))]
    public void Excludes_hold_with_any_combination_of_lexicons(string entries, bool metonyms)
    {
        var lexicon = Lexicon.Parse("entries:\n" + entries).WithMetonyms(metonyms);
        var found = Found(lexicon, "", Body);
        Assert.DoesNotContain(found, f => f.StartsWith("france:", StringComparison.Ordinal));
        Assert.DoesNotContain(found, f => f.StartsWith("united_kingdom:", StringComparison.Ordinal));
    }

    [Fact]
    public void The_excluded_text_still_counts_for_another_entry_that_claims_it()
    {
        var lexicon = Lexicon.Parse("entries:\n" + France + Climate + Canada).WithMetonyms();
        Assert.Equal(["climate:Paris Agreement"], Found(lexicon, "", "Paris Agreement targets."));
    }

    [Theory]
    [InlineData("TORONTO, Feb 26 - Shr 1.11 dlrs vs 1.04 dlrs", "canada:TORONTO")]
    [InlineData("Vancouver, March 2 - Lumber prices rose.", "canada:Vancouver")]
    [InlineData("OTTAWA, April 8 - The budget was tabled.", "canada:OTTAWA")]
    [InlineData("MANCHESTER (Sample Wire) - Mills reopened.", "united_kingdom:MANCHESTER")]
    public void A_dateline_place_counts_for_its_country(string body, string expected)
    {
        var lexicon = Lexicon.Parse("entries:\n" + Canada + UnitedKingdom);
        Assert.Equal([expected], Found(lexicon, "", body));
    }

    [Fact]
    public void A_dateline_place_in_running_text_does_not_count()
    {
        var lexicon = Lexicon.Parse("entries:\n" + Canada + UnitedKingdom);
        Assert.Empty(Found(lexicon, "Toronto Blue Jays win", "The Toronto team beat a side from Manchester; Ottawa was quiet."));
    }

    [Theory]
    [InlineData("FLORENCE, Ala., Feb 26 - Shr 75 cts vs 52 cts", "united_states:Ala.")]
    [InlineData("FLORENCE, March 3 - The city council met.", "italy:FLORENCE")]
    [InlineData("CALGARY, Alberta, Feb 26 - Shr loss 1.98 dlrs", "canada:Alberta")]
    [InlineData("NAPLES, Fla., May 2 - Home sales rose.", "united_states:Fla.")]
    public void A_dateline_region_decides_over_its_place(string body, string expected)
    {
        var lexicon = Lexicon.Parse("""
            entries:
              - id: italy
                kind: country
                aliases: ["Italy", "Italian"]
                datelines: ["Florence", "Naples"]
              - id: united_states
                kind: country
                aliases: ["United States"]
                datelines: ["Ala.", "Fla."]
              - id: canada
                kind: country
                aliases: ["Canada"]
                datelines: ["Calgary", "Alberta"]
            """);
        Assert.Equal([expected], Found(lexicon, "", body));
    }

    [Fact]
    public void A_dateline_needs_the_dateline_shape()
    {
        var lexicon = Lexicon.Parse("entries:\n" + Canada);
        Assert.Empty(Found(lexicon, "", "Toronto is cold in February."));
        Assert.Equal(["canada:TORONTO"], Found(lexicon, "", "TORONTO — It is cold in February."));
    }
}
