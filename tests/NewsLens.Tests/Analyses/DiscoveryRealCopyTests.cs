using NewsLens;
using NewsLens.Tests.Support;

namespace NewsLens.Tests.Analyses;

/// <summary>Discovery on wire copy and speeches: whole names, no datelines, labels or forms of address (issue 11, problem 10).</summary>
public sealed class DiscoveryRealCopyTests
{
    private static readonly NewsLens.Article[] Wire =
    [
        Articles.Make("1987-04-08", "LOS ANGELES, April 8 - The Securities and Exchange Commission said it would review the filing. " +
                                    "The commission gave no date. Shares of the securities firm fell."),
        Articles.Make("1987-03-02", "LOS ANGELES, March 2 - A Securities and Exchange Commission filing showed the stake. " +
                                    "OPEC ministers met at 10:00 UTC in a hotel (WN) near the exchange."),
        Articles.Make("1987-05-11", "WASHINGTON, May 11 - OPEC officials and the Bank for International Settlements met at 14:30 UTC (WN). " +
                                    "Smith and Jones, two traders, said the Securities and Exchange Commission was silent."),
    ];

    private static readonly NewsLens.Article[] Speeches =
    [
        Articles.Make("2018-09-25", "Excellencies, Member States of this Assembly, we meet again. Member States must act. Ladies and Gentlemen, thank you."),
        Articles.Make("2019-09-24", "Excellencies, the Member States have spoken. Our member states agree, and the states of the region too."),
    ];

    private static List<string> Phrases(IReadOnlyList<NewsLens.Article> articles, int minArticles = 2) =>
        Discovery.Find(articles, minArticles: minArticles).Select(c => c.Phrase).ToList();

    [Fact]
    public void Whole_names_with_and_or_for_inside_are_kept_whole()
    {
        var phrases = Phrases(Wire);
        Assert.Contains("Securities and Exchange Commission", phrases);
        Assert.DoesNotContain("Exchange Commission", phrases);
        Assert.DoesNotContain("Smith and Jones", Phrases(Wire, minArticles: 1));
        Assert.Contains("Bank for International Settlements", Phrases(Wire, minArticles: 1));
    }

    [Fact]
    public void Datelines_labels_and_units_are_not_names_but_acronyms_are()
    {
        var phrases = Phrases(Wire);
        Assert.DoesNotContain("ANGELES", phrases);
        Assert.DoesNotContain("LOS ANGELES", phrases);
        Assert.DoesNotContain("UTC", phrases);
        Assert.DoesNotContain("WN", phrases);
        Assert.Contains("OPEC", phrases);
    }

    [Fact]
    public void Forms_of_address_are_not_names()
    {
        var phrases = Phrases(Speeches);
        Assert.DoesNotContain("Excellencies", phrases);
        Assert.DoesNotContain("Member States", phrases);
        Assert.DoesNotContain("Ladies and Gentlemen", Phrases(Speeches, minArticles: 1));
    }

    [Fact]
    public void The_example_is_the_earliest_dated_article()
    {
        var sec = Assert.Single(Discovery.Find(Wire), c => c.Phrase == "Securities and Exchange Commission");
        Assert.Equal(new DateOnly(1987, 3, 2), sec.ExampleDate);
        Assert.Equal(Wire[1].Title, sec.Example);
        Assert.Equal(3, sec.Articles);
    }
}
