using NewsLens;
using static NewsLens.Tests.Support.Lexicons;

namespace NewsLens.Tests.Matching;

/// <summary>
/// Rule 7: a weak alias (a surname alone, an ambiguous place) counts only in an article where a strong alias or a
/// metonym of the same entry appears; a weak alias shared by several entries goes to the one named nearest before it.
/// </summary>
public sealed class WeakAliasTests
{
    private static readonly Lexicon Leaders = Lexicon.Parse("""
        entries:
          - id: shinzo_abe
            kind: person
            aliases: ["Shinzo Abe", "Prime Minister Abe"]
            weak: ["Abe"]
          - id: shintaro_abe
            kind: person
            aliases: ["Shintaro Abe", "Foreign Minister Abe"]
            weak: ["Abe"]
          - id: pence
            kind: person
            aliases: ["Mike Pence", "Vice President Pence"]
            weak: ["Pence"]
          - id: georgia
            kind: country
            aliases: ["Republic of Georgia"]
            weak: ["Georgia", "Georgian"]
            metonyms: ["Tbilisi"]
        """);

    [Fact]
    public void A_surname_alone_does_not_count()
    {
        Assert.Empty(Found(Leaders, "STG-PENCE RESULTS", "Pence fell 2 pct. Abe Brown, a trader, said so."));
    }

    [Fact]
    public void A_surname_counts_after_the_full_name()
    {
        Assert.Equal(["pence:Mike Pence", "pence:Pence"], Found(Leaders, "", "Mike Pence arrived. Pence said little."));
    }

    [Fact]
    public void A_full_name_in_the_title_vouches_for_the_body()
    {
        Assert.Equal(["pence:Vice President Pence", "pence:Pence"], Found(Leaders, "Vice President Pence in Warsaw", "Pence met troops."));
    }

    [Fact]
    public void A_shared_surname_goes_to_the_person_named_last_before_it()
    {
        Assert.Equal(
            ["shintaro_abe:Shintaro Abe", "shintaro_abe:Abe", "shinzo_abe:Shinzo Abe", "shinzo_abe:Abe"],
            Found(Leaders, "", "Shintaro Abe spoke first. Abe was brief. Later his son Shinzo Abe spoke; Abe was long."));
    }

    [Fact]
    public void A_surname_before_any_full_name_goes_to_the_first_named_after_it()
    {
        Assert.Equal(["shinzo_abe:ABE", "shinzo_abe:Prime Minister Abe"], Found(Leaders, "ABE VISITS SEOUL", "Prime Minister Abe arrived."));
    }

    [Fact]
    public void A_metonym_vouches_for_a_weak_place_even_when_metonyms_are_off()
    {
        Assert.Equal(["georgia:Georgia"], Found(Leaders, "", "Georgia's parliament met in Tbilisi."));
        Assert.Empty(Found(Leaders, "", "Atlanta, Georgia, had snow; Georgian architecture is admired."));
    }

    [Fact]
    public void Weak_aliases_are_declared_with_their_own_key_and_may_be_shared()
    {
        var abe = Leaders["shinzo_abe"].Aliases.Single(a => a.Text == "Abe");
        Assert.True(abe.IsWeak);
        Assert.False(Leaders["shinzo_abe"].Aliases.Single(a => a.Text == "Shinzo Abe").IsWeak);
    }

    [Fact]
    public void A_text_strong_in_one_entry_and_weak_in_another_is_an_error()
    {
        var e = Assert.Throws<LexiconException>(() => Lexicon.Parse("""
            entries:
              - id: a
                kind: person
                aliases: ["George Bush", "Bush"]
              - id: b
                kind: person
                aliases: ["George W. Bush"]
                weak: ["Bush"]
            """));
        Assert.Contains("alias 'Bush' of entry 'b' would match the same text as 'Bush' of 'a'", e.Message);
    }

    [Fact]
    public void An_entry_with_only_weak_aliases_is_an_error()
    {
        var e = Assert.Throws<LexiconException>(() => Lexicon.Parse("entries:\n  - id: a\n    kind: person\n    weak: [\"Bush\"]\n"));
        Assert.Contains("only weak aliases", e.Message);
    }
}
