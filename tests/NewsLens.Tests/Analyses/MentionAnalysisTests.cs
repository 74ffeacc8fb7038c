using NewsLens;
using NewsLens.Tests.Support;

namespace NewsLens.Tests.Analyses;

public sealed class MentionAnalysisTests
{
    private static readonly Lexicon ThreePeople = Lexicon.Parse(
        "entries:\n  - id: putin\n    kind: person\n    aliases: [\"Putin\"]\n" +
        "  - id: kim\n    kind: person\n    aliases: [\"Kim\"]\n" +
        "  - id: trump\n    kind: person\n    aliases: [\"Trump\"]\n");

    [Fact]
    public void Co_mentions_count_shared_articles_and_lift_against_chance()
    {
        // 4 articles: Putin+Kim twice, Trump alone once, Trump+Kim once.
        var mentions = Mentions.Count([
            Articles.Make("2019-01-01", "Putin met Kim."),
            Articles.Make("2019-01-02", "Kim and Putin again."),
            Articles.Make("2019-01-03", "Trump tweeted."),
            Articles.Make("2019-01-04", "Trump called Kim."),
        ], ThreePeople);

        var co = mentions.CoMentions();

        var first = co.Rows[0];
        Assert.Equal(("kim", "putin", 2, 3, 2), (first.EntityA, first.EntityB, first.Both, first.ArticlesA, first.ArticlesB));
        Assert.Equal(2 * 4.0 / (3 * 2), first.Lift, 12);
        Assert.Equal(Math.Log2(4.0 / 3), first.Pmi, 12);
        Assert.Equal(1, co.Both("trump", "kim"));
        Assert.Equal(0, co.Both("putin", "trump"));
        Assert.Equal(2, co.Rows.Count);
    }

    [Fact]
    public void In_context_shows_left_match_right_with_collapsed_whitespace()
    {
        var article = Articles.Make("2019-04-25", "The leaders met.\n\nThen   Putin said talks went well and left.", title: "Summit");
        var mentions = Mentions.Count([article], ThreePeople);

        var row = Assert.Single(mentions.InContext("putin", width: 12));

        Assert.Equal("met. Then", row.Left);
        Assert.Equal("Putin", row.Matched);
        Assert.Equal("said talks", row.Right);
        Assert.Equal(article.Id, row.ArticleId);
        Assert.Equal("Summit", row.Title);
        Assert.Equal(new DateOnly(2019, 4, 25), row.Published);
    }

    [Fact]
    public void In_context_of_an_unknown_entity_says_so()
    {
        var mentions = Mentions.Count([Articles.Make("2019-01-01", "Putin")], ThreePeople);
        Assert.Throws<KeyNotFoundException>(() => mentions.InContext("xi"));
    }

    [Fact]
    public void Counts_are_identical_single_and_multi_threaded()
    {
        var generated = Enumerable.Range(0, 400)
            .Select(i => Articles.Make($"2019-{i % 12 + 1:D2}-01", string.Join(' ', Enumerable.Repeat(i % 3 == 0 ? "Putin met Kim." : "Trump and Kim.", i % 7 + 1))))
            .ToList();

        var one = Mentions.Count(generated, ThreePeople, threads: 1).Rows;
        var many = Mentions.Count(generated, ThreePeople, threads: 8).Rows;

        Assert.Equal(one.Select(r => (r.ArticleId, r.Entity, r.Count, r.FirstOffset)), many.Select(r => (r.ArticleId, r.Entity, r.Count, r.FirstOffset)));
        Assert.Equal(400 * 2, one.Count);
    }

    [Fact]
    public void Mentions_table_has_one_row_per_article_and_entity()
    {
        var mentions = Mentions.Count([Articles.Make("2019-01-01", "Putin, Putin and Kim."), Articles.Make("2019-01-02", "nobody")], ThreePeople);
        var table = mentions.Table;
        Assert.Equal(["article_id", "published", "entity", "label", "kind", "mentions", "first_offset", "in_title", "in_lead", "about"], table.Columns.Select(c => c.Name));
        Assert.Equal(2L, table.Rows.Count);
        // Rows follow lexicon order within an article: putin, then kim.
        Assert.Equal(("putin", 2), ((string)table["entity"][0], (int)table["mentions"][0]));
        Assert.Equal(("kim", 1), ((string)table["entity"][1], (int)table["mentions"][1]));
    }
}
