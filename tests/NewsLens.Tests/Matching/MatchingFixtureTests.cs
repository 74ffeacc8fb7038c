using NewsLens;
using NewsLens.Tests.Support;

namespace NewsLens.Tests.Matching;

/// <summary>
/// Counts on two articles written for the six rules, counted by hand. rules-a1.txt: Putin in title ("Putin's"),
/// body ("Vladimir Putin", "Putin-Kim"), not "Putinism", not "Putin Avenue" (exclude), not byline/caption/url;
/// Kim in "Kim Jong Un" and "Putin-Kim", not "Kim Chang Son" (exclude); "North Korean", "DPRK"; "sanctions".
/// rules-a2.txt: "NUCLEAR WEAPONS" (topic, any case), "nuclear\nweapons", "Denuclearization", "denuclearisation",
/// "warheads" = 5; "Kim Yo Jong" (longest) 1; "Kim Jong\nUn" 1; "WHO" yes, "who" no; decomposed "Café Society" 1,
/// lower-case "café society" 0; "Bill O'Reilly" against a curly alias 1, lower case 0; "SHINZO ABE" (override) 1;
/// "putin" 0; "Pyongyang" only with metonyms.
/// </summary>
public sealed class MatchingFixtureTests
{
    private static Dictionary<string, int> Counts(bool metonyms)
    {
        var lexicon = Lexicon.Load(Fixtures.Path("rules-lexicon.yaml")).WithMetonyms(metonyms);
        var corpus = Corpus.Load(Fixtures.Path("rules-a1.txt"), Fixtures.Path("rules-a2.txt"));
        return corpus.Count(lexicon).Rows.ToDictionary(r => $"{Path.GetFileName(corpus.Rows.Single(a => a.Id == r.ArticleId).Path)} {r.Entity}", r => r.Count);
    }

    [Fact]
    public void Hand_counted_fixture_matches_exactly()
    {
        var expected = new Dictionary<string, int>
        {
            ["rules-a1.txt putin"] = 3,
            ["rules-a1.txt kim_jong_un"] = 2,
            ["rules-a1.txt north_korea"] = 2,
            ["rules-a1.txt sanctions"] = 1,
            ["rules-a2.txt kim_jong_un"] = 1,
            ["rules-a2.txt kim_yo_jong"] = 1,
            ["rules-a2.txt nuclear"] = 5,
            ["rules-a2.txt cafe"] = 1,
            ["rules-a2.txt who"] = 1,
            ["rules-a2.txt abe"] = 1,
            ["rules-a2.txt oreilly"] = 1,
        };
        Assert.Equal(expected.OrderBy(p => p.Key), Counts(metonyms: false).OrderBy(p => p.Key));
    }

    [Fact]
    public void Hand_counted_fixture_with_metonyms_adds_Pyongyang()
    {
        var counts = Counts(metonyms: true);
        Assert.Equal(1, counts["rules-a2.txt north_korea"]);
        Assert.Equal(12, counts.Count);
    }

    [Fact]
    public void First_offset_is_the_first_mention_in_title_then_body()
    {
        var lexicon = Lexicon.Load(Fixtures.Path("rules-lexicon.yaml"));
        var corpus = Corpus.Load(Fixtures.Path("rules-a1.txt"));
        var rows = corpus.Count(lexicon).Rows.ToDictionary(r => r.Entity);
        var text = SearchedText.Of(corpus.Rows[0]);
        Assert.Equal(0, rows["putin"].FirstOffset);
        Assert.Equal(text.IndexOf("Kim Jong Un", StringComparison.Ordinal), rows["kim_jong_un"].FirstOffset);
    }
}
