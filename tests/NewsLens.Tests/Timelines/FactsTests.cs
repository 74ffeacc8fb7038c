using NewsLens;
using NewsLens.Tests.Support;

namespace NewsLens.Tests.Timelines;

/// <summary>Computed captions state the corpus's own facts, whatever corpus it is (issue 12, item 10).</summary>
public sealed class FactsTests
{
    private static readonly Lexicon Lexicon = Lexicon.Parse("""
        entries:
          - id: merkel
            label: Angela Merkel
            kind: person
            aliases: ["Angela Merkel", "Merkel"]
          - id: macron
            label: Emmanuel Macron
            kind: person
            aliases: ["Emmanuel Macron", "Macron"]
          - id: germany
            label: Germany
            kind: country
            aliases: ["Germany"]
        """);

    /// <summary>
    /// March: 10 stories, Merkel in 6; April: 10 stories, Merkel in 2 and Macron in 8; May: one story, Macron's
    /// (100 % of one article, which must not count as his peak).
    /// </summary>
    private static Timeline Spring()
    {
        var articles = new List<NewsLens.Article>();
        for (var i = 0; i < 10; i++)
            articles.Add(Articles.Make($"2019-03-{i + 1:00}", i < 6 ? "BERLIN (dpa) - Angela Merkel spoke in Germany." : "BERLIN - Germany voted."));
        for (var i = 0; i < 10; i++)
            articles.Add(Articles.Make($"2019-04-{i + 1:00}", i < 2 ? "PARIS - Merkel met Macron." : i < 8 ? "PARIS (AFP) - Emmanuel Macron spoke." : "PARIS - Rain."));
        articles.Add(Articles.Make("2019-05-02", "PARIS - Macron again."));
        return Mentions.Count(articles, Lexicon).Timeline(Period.Month);
    }

    [Fact]
    public void Most_mentioned_names_the_entity_its_share_and_its_articles_about_it()
    {
        var timeline = Spring();
        Assert.Equal("The most mentioned person: Emmanuel Macron, in 43% of dated articles (9 of 21); 9 of them are about it (title, lead or twice).",
            Facts.MostMentioned(timeline, "person"));
        Assert.StartsWith("The most mentioned country: Germany, in 48% of dated articles (10 of 21)", Facts.MostMentioned(timeline, "country"));
        Assert.Equal("No topic of the lexicon is mentioned in a dated article.", Facts.MostMentioned(timeline, "topic"));
    }

    [Fact]
    public void A_peak_is_never_a_period_of_one_article()
    {
        var timeline = Spring();
        var macron = timeline.Peak("macron")!;
        // May has 100 % of one article; April's 80 % of ten is the peak.
        Assert.Equal((new DateOnly(2019, 4, 1), new DateOnly(2019, 5, 1), 0.8, 10), (macron.From, macron.To, macron.Value, macron.Articles));
        Assert.Contains("Emmanuel Macron 80% in April 2019 (10 articles)", Facts.Peaks(timeline));
        Assert.Contains("Angela Merkel 60% in March 2019 (10 articles)", Facts.Peaks(timeline));
    }

    [Fact]
    public void A_pooled_peak_covers_its_window()
    {
        var pooled = Spring().Rolling(2);
        var merkel = pooled.Peak("merkel")!;
        // March alone 6 of 10 (60 %); March–April 8 of 20 (40 %): the peak is the first point. Macron pools April and May: 9 of 11.
        Assert.Equal(new DateOnly(2019, 3, 1), merkel.From);
        Assert.Contains("Emmanuel Macron 82% in April 2019–May 2019 (11 articles)", Facts.Peaks(pooled));
    }

    [Fact]
    public void Strongest_pair_weighs_lift_and_says_when_the_most_shared_is_only_frequent()
    {
        var co = Mentions.Count([
            Articles.Make("2019-03-01", "Angela Merkel in Germany."), Articles.Make("2019-03-02", "Merkel, Germany."),
            Articles.Make("2019-03-03", "Macron met Merkel."), Articles.Make("2019-03-04", "Macron alone."),
            Articles.Make("2019-03-05", "Rain in Paris."),
        ], Lexicon).CoMentions();
        Assert.StartsWith("The strongest pair: Germany and Angela Merkel, together in 2 articles, 1.7× what chance would give.", Facts.Strongest(co));
        Assert.Equal(["germany", "macron"], co.With("merkel").Select(p => p.EntityA == "merkel" ? p.EntityB : p.EntityA));
    }

    [Fact]
    public void About_a_corpus_says_size_dates_problems_and_sources()
    {
        using var dir = new TempFolder();
        dir.Write("a.txt", Fixtures.SeedLayout(url: "https://example.org/a"));
        dir.Write("b.txt", Fixtures.SeedLayout(url: "https://example.org/a"));
        dir.Write("c.txt", "");
        Assert.Equal("1 article, dated 25 April 2019 to 25 April 2019; 2 records set aside (1 duplicate, 1 empty-file); all from example.org.",
            Facts.About(Corpus.Load(dir.Path).Summary));
    }
}
