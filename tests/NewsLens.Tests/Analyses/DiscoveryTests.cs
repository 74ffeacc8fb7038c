using NewsLens;
using NewsLens.Tests.Support;

namespace NewsLens.Tests.Analyses;

public sealed class DiscoveryTests
{
    private static readonly NewsLens.Article[] Story =
    [
        Articles.Make("2019-01-01", "Special Representative Stephen Biegun arrived in Seoul. The talks began. Officials said little."),
        Articles.Make("2019-01-02", "The envoy Stephen Biegun met President Moon Jae-in. Officials said Biegun was hopeful."),
        Articles.Make("2019-01-03", "President Putin spoke. The officials of the Kremlin listened to Stephen Biegun's plan."),
    ];

    [Fact]
    public void Finds_names_in_several_articles_with_titles_as_cues()
    {
        var candidates = Discovery.Find(Story);
        var biegun = Assert.Single(candidates, c => c.Phrase == "Stephen Biegun");
        Assert.Equal((3, 3), (biegun.Mentions, biegun.Articles));
        // "Special Representative" (a title) and "envoy" (a role word) cue it; the possessive in article 3 does not.
        Assert.Equal(2, biegun.Cued);
    }

    [Fact]
    public void Sentence_initial_common_words_are_not_names()
    {
        var phrases = Discovery.Find(Story, minArticles: 1).Select(c => c.Phrase).ToList();
        Assert.DoesNotContain("The", phrases);
        Assert.DoesNotContain("Officials", phrases);
        Assert.Contains("Kremlin", phrases);
    }

    [Fact]
    public void Names_the_lexicon_knows_are_left_out_with_the_rest_of_their_name()
    {
        var known = Lexicon.Parse("entries:\n  - id: moon\n    kind: person\n    aliases: [\"President Moon\"]\n  - id: putin\n    kind: person\n    aliases: [\"Putin\"]\n");
        var phrases = Discovery.Find(Story, known, minArticles: 1).Select(c => c.Phrase).ToList();
        Assert.DoesNotContain("Jae-in", phrases);
        Assert.DoesNotContain("Moon Jae-in", phrases);
        Assert.DoesNotContain("Putin", phrases);
        Assert.Contains("Stephen Biegun", phrases);
    }
}
