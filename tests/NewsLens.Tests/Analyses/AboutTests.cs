using NewsLens;
using NewsLens.Tests.Support;
using static NewsLens.Tests.Support.Lexicons;

namespace NewsLens.Tests.Analyses;

/// <summary>Where an entity is first named, and the measure "articles about" built on it (issue 11, problem 7).</summary>
public sealed class AboutTests
{
    private static readonly NewsLens.Lexicon Countries = NewsLens.Lexicon.Parse("""
        entries:
          - id: japan
            kind: country
            aliases: ["Japan", "Japanese"]
          - id: norway
            kind: country
            aliases: ["Norway", "Norwegian"]
          - id: chile
            kind: country
            aliases: ["Chile", "Chilean"]
        """);

    private const string Filler = "Officials said the figures, released on Wednesday after a long delay, showed a steady rise over the quarter and beyond.";

    [Fact]
    public void Title_lead_and_repeated_mentions_make_an_article_about_an_entity()
    {
        var article = Articles.Make("2019-04-08",
            $"OSLO, April 8 - Norwegian crude output rose in March, the oil directorate said. {Filler}\n\n" +
            $"{Filler}\n\nBuyers in Chile and Chile's neighbours took more. {Filler}\n\nA cargo went to Japan.",
            title: "JAPAN BUYS MORE NORTH SEA CRUDE");
        var rows = Mentions.Count([article], Countries).Rows.ToDictionary(r => r.Entity);

        Assert.True(rows["japan"].InTitle);
        Assert.False(rows["japan"].InLead);
        Assert.True(rows["japan"].About);
        Assert.True(rows["norway"].InLead);
        Assert.False(rows["norway"].InTitle);
        Assert.True(rows["norway"].About);
        Assert.False(rows["chile"].InTitle || rows["chile"].InLead);
        Assert.Equal(2, rows["chile"].Count);
        Assert.True(rows["chile"].About);
    }

    [Fact]
    public void One_passing_mention_deep_in_the_body_is_not_about()
    {
        var article = Articles.Make("2019-04-08", $"{Filler}\n\n{Filler}\n\nA cargo went to Japan.", title: "Oil output rises");
        var row = Assert.Single(Mentions.Count([article], Countries).Rows);
        Assert.False(row.InTitle);
        Assert.False(row.InLead);
        Assert.False(row.About);
    }

    [Fact]
    public void A_short_first_paragraph_runs_on_into_the_lead()
    {
        // A dateline-only first paragraph leaves the lead short of its minimum, so the next paragraph belongs to it.
        var article = Articles.Make("2019-04-08", "TOKYO, April 8 -\n\nJapanese exporters said orders fell.\n\n" + Filler + "\n\n" + Filler, title: "Exports");
        var row = Assert.Single(Mentions.Count([article], Countries).Rows, r => r.Entity == "japan");
        Assert.True(row.InLead);
    }

    [Fact]
    public void A_body_without_paragraph_breaks_has_a_lead_of_at_most_the_maximum()
    {
        var body = string.Join(' ', Enumerable.Repeat(Filler, 10)) + " Chile was named once.";
        var end = SearchedText.LeadEnd("T", body);
        Assert.True(end < "T\n\n".Length + body.Length / 2);
        var row = Assert.Single(Mentions.Count([Articles.Make("2019-04-08", body, title: "T")], Countries).Rows);
        Assert.False(row.InLead);
    }

    [Fact]
    public void Timelines_count_articles_about_beside_articles_mentioning()
    {
        var about = Articles.Make("2019-04-08", "Japanese exporters said orders fell.", title: "Japan exports fall");
        var passing = Articles.Make("2019-04-09", $"{Filler}\n\n{Filler}\n\nA cargo went to Japan.", title: "Oil");
        var none = Articles.Make("2019-04-10", "Nothing here.", title: "Weather");
        var row = Assert.Single(Mentions.Count([about, passing, none], Countries).Timeline(Period.Month).Rows, r => r.Entity == "japan");
        Assert.Equal(2, row.Articles);
        Assert.Equal(1, row.ArticlesAbout);
        Assert.Equal(2.0 / 3, row.Share, 9);
        Assert.Equal(1.0 / 3, row.ShareAbout, 9);
        Assert.Equal(1.0 / 3, row.Value(Measure.ShareOfArticlesAbout), 9);
    }
}
