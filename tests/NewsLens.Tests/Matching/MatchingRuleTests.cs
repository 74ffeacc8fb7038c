using NewsLens;
using static NewsLens.Tests.Support.Lexicons;

namespace NewsLens.Tests.Matching;

/// <summary>One group of tests per matching rule of the README; each fails if its rule breaks.</summary>
public sealed class MatchingRuleTests
{
    private static readonly Lexicon Putin = Entry("putin", "person", "\"Vladimir Putin\", \"Putin\"");

    // Rule 1: title and body are searched; byline, caption and url are not.
    [Fact]
    public void Rule1_title_and_body_are_searched_byline_caption_url_are_not()
    {
        var article = Article.Create("Putin speaks", "Putin Fan Club", null, "https://example.org/putin", "Putin Lena Park / Sample Photo",
            "Body mentions Putin once.", [], "mem.txt", 1);
        var found = Matcher.For(Putin).Find(article);
        Assert.Equal(2, found.Count);
        Assert.Equal(["Putin", "Putin"], found.Select(m => SearchedText.Of(article).Substring(m.Start, m.Length)));
    }

    [Fact]
    public void Rule1_no_match_runs_from_the_title_into_the_body()
    {
        Assert.Equal(["putin:Putin"], Found(Putin, "Talks with Vladimir", "Putin began."));
    }

    // Rule 2: NFC, apostrophes and quotes, whitespace.
    [Fact]
    public void Rule2_decomposed_text_matches_a_composed_alias()
    {
        var cafe = Entry("cafe", "organization", "\"Café Society\"");
        Assert.Equal(["cafe:Cafe\u0301 Society"], Found(cafe, "", "Cafe\u0301 Society met."));
    }

    [Fact]
    public void Rule2_curly_and_straight_apostrophes_are_the_same()
    {
        var curlyAlias = Entry("o", "person", "\"Bill O\u2019Reilly\"");
        var straightAlias = Entry("o", "person", "\"Bill O'Reilly\"");
        Assert.Equal(["o:Bill O'Reilly"], Found(curlyAlias, "", "Bill O'Reilly spoke."));
        Assert.Equal(["o:Bill O\u2019Reilly"], Found(straightAlias, "", "Bill O\u2019Reilly spoke."));
    }

    [Fact]
    public void Rule2_any_whitespace_run_matches_one_space_in_an_alias()
    {
        Assert.Equal(["putin:Vladimir \n\t  Putin"], Found(Putin, "", "Vladimir \n\t  Putin arrived."));
    }

    // Rule 3: word boundaries.
    [Theory]
    [InlineData("Putin's plan", 1)]
    [InlineData("Putin\u2019s plan", 1)]
    [InlineData("the Putin-Kim meeting", 1)]
    [InlineData("(Putin)", 1)]
    [InlineData("Putinism", 0)]
    [InlineData("anti-Putin", 1)]
    [InlineData("Putin2", 0)]
    [InlineData("ÜPutin", 0)]
    public void Rule3_a_match_never_starts_or_ends_inside_a_word(string body, int expected)
    {
        Assert.Equal(expected, Found(Putin, "", body).Count);
    }

    // Rule 4: case.
    [Fact]
    public void Rule4_person_aliases_are_case_sensitive()
    {
        Assert.Empty(Found(Putin, "", "putin and PUTIN"));
    }

    [Fact]
    public void Rule4_country_and_organization_aliases_are_case_sensitive()
    {
        var us = Entry("us", "country", "\"US\"");
        var who = Entry("who", "organization", "\"WHO\"");
        Assert.Equal(["us:US"], Found(us, "", "Let us see what the US does."));
        Assert.Equal(["who:WHO"], Found(who, "", "who knows what the WHO says"));
    }

    [Fact]
    public void Rule4_topic_aliases_are_case_insensitive()
    {
        var sanctions = Entry("sanctions", "topic", "\"sanctions\"");
        Assert.Equal(3, Found(sanctions, "SANCTIONS", "Sanctions and sanctions").Count);
    }

    [Fact]
    public void Rule4_an_entry_can_override_its_kinds_case_rule()
    {
        var abe = Entry("abe", "person", "\"Shinzo Abe\"", "    case: insensitive\n");
        var trade = Entry("trade", "topic", "\"WTO\"", "    case: sensitive\n");
        Assert.Single(Found(abe, "", "SHINZO ABE arrived"));
        Assert.Equal(["trade:WTO"], Found(trade, "", "wto and WTO"));
    }

    // Rule 5: longest alias wins; no overlaps.
    [Fact]
    public void Rule5_a_word_counted_for_a_longer_alias_is_not_counted_again()
    {
        var kims = Lexicon.Parse("entries:\n  - id: kju\n    kind: person\n    aliases: [\"Kim Jong Un\", \"Kim\"]\n  - id: kyj\n    kind: person\n    aliases: [\"Kim Yo Jong\"]\n");
        Assert.Equal(["kju:Kim Jong Un", "kyj:Kim Yo Jong", "kju:Kim"], Found(kims, "", "Kim Jong Un and Kim Yo Jong met; Kim left."));
    }

    [Fact]
    public void Rule5_matches_do_not_overlap_leftmost_wins()
    {
        var lexicon = Lexicon.Parse("entries:\n  - id: nk\n    kind: country\n    aliases: [\"North Korea\"]\n  - id: kp\n    kind: place\n    aliases: [\"Korea Peninsula\"]\n");
        Assert.Equal(["nk:North Korea"], Found(lexicon, "", "North Korea Peninsula"));
    }

    [Fact]
    public void Rule5_a_pattern_runs_to_the_end_of_the_word_and_competes_by_that_length()
    {
        var lexicon = Lexicon.Parse("entries:\n  - id: nuclear\n    kind: topic\n    aliases: [\"denucleari*\", \"nuclear weapon*\"]\n");
        Assert.Equal(["nuclear:Denuclearization", "nuclear:denuclearise", "nuclear:nuclear weapons"],
            Found(lexicon, "", "Denuclearization, denuclearise, denuclear, nuclear weapons."));
    }

    // Rule 6: excludes.
    [Fact]
    public void Rule6_text_inside_an_exclude_phrase_is_not_counted_for_that_entry()
    {
        var lexicon = Entry("putin", "person", "\"Putin\"", "    exclude: [\"Putin Avenue\"]\n");
        Assert.Equal(["putin:Putin"], Found(lexicon, "", "Putin walked down Putin Avenue."));
    }

    [Fact]
    public void Rule6_an_exclude_of_one_entry_does_not_hide_another_entrys_alias()
    {
        var lexicon = Lexicon.Parse(
            "entries:\n  - id: spain\n    kind: country\n    aliases: [\"Spain\"]\n    exclude: [\"Port of Spain\"]\n" +
            "  - id: port\n    kind: place\n    aliases: [\"Spain Harbour\"]\n");
        Assert.Equal(["port:Spain Harbour"], Found(lexicon, "", "Port of Spain Harbour"));
        Assert.Empty(Found(lexicon, "", "Port of Spain"));
    }

    [Fact]
    public void Metonyms_count_only_when_switched_on()
    {
        var lexicon = Entry("nk", "country", "\"North Korea\"", "    metonyms: [\"Pyongyang\"]\n");
        Assert.Empty(Found(lexicon, "", "Pyongyang said"));
        Assert.Equal(["nk:Pyongyang"], Found(lexicon.WithMetonyms(), "", "Pyongyang said"));
    }

    [Fact]
    public void Offsets_point_into_title_blank_line_body()
    {
        var match = Assert.Single(Matcher.For(Putin).Find("A title", "Then  Putin."));
        Assert.Equal("A title\n\nThen  ".Length, match.Start);
        Assert.Equal(5, match.Length);
    }
}
