using Microsoft.Data.Analysis;
using NewsLens.Tests.Support;

namespace NewsLens.Tests.Analyses;

/// <summary>One tabular surface: every result has .Rows and .Table, and every table names its columns one way.</summary>
public sealed class TabularSurfaceTests
{
    private static readonly Lazy<(Corpus Corpus, Lexicon Lexicon, Mentions Mentions)> Wire = new(() =>
    {
        var corpus = Corpus.Load(Fixtures.Path("snapshot/wire.jsonl"));
        var lexicon = Lexicon.Load(Fixtures.Path("snapshot/lexicon.yaml"));
        return (corpus, lexicon, corpus.Count(lexicon));
    });

    public static TheoryData<string> Results() => ["corpus", "mentions", "timeline", "co-mentions", "in-context", "candidates"];

    private static (long Rows, DataFrame Table) Result(string name)
    {
        var (corpus, lexicon, mentions) = Wire.Value;
        return name switch
        {
            "corpus" => (corpus.Rows.Count, corpus.Table),
            "mentions" => (mentions.Rows.Count, mentions.Table),
            "timeline" => (mentions.Timeline(Period.Month).Rows.Count, mentions.Timeline(Period.Month).Table),
            "co-mentions" => (mentions.CoMentions().Rows.Count, mentions.CoMentions().Table),
            "in-context" => (mentions.InContext("reyes").Rows.Count, mentions.InContext("reyes").Table),
            "candidates" => (corpus.Discover(lexicon, minArticles: 1).Rows.Count, corpus.Discover(lexicon, minArticles: 1).Table),
            _ => throw new ArgumentOutOfRangeException(nameof(name)),
        };
    }

    [Theory]
    [MemberData(nameof(Results))]
    public void Every_result_has_rows_and_a_table_with_one_row_each_and_snake_case_columns(string result)
    {
        var (rows, table) = Result(result);

        Assert.True(rows > 0, $"{result} is empty on the fixture");
        Assert.Equal(rows, table.Rows.Count);
        Assert.All(table.Columns, c => Assert.Matches("^[a-z][a-z0-9]*(_[a-z0-9]+)*$", c.Name));
    }

    [Fact]
    public void Keyword_in_context_and_candidates_are_lists_of_their_rows()
    {
        var (corpus, lexicon, mentions) = Wire.Value;
        var reyes = mentions.InContext("reyes");
        var names = corpus.Discover(lexicon, minArticles: 1);

        Assert.Equal(reyes.Rows, reyes.ToList());
        Assert.Equal(reyes.Rows[0], reyes[0]);
        Assert.Equal(names.Rows.Count, names.Count);
        Assert.Equal(["article_id", "published", "title", "url", "left", "matched", "right", "offset"], reyes.Table.Columns.Select(c => c.Name));
        Assert.Equal("Reyes", (string)reyes.Table["matched"][1]);
    }

    [Theory]
    [InlineData("EntityA", "entity_a")]
    [InlineData("Per10kWords", "per_10k_words")]
    [InlineData("ArticleId", "article_id")]
    [InlineData("Pmi", "pmi")]
    [InlineData("ExampleDate", "example_date")]
    public void Column_names_follow_the_count_csv_convention(string property, string column) =>
        Assert.Equal(column, ColumnName.Of(property));

    [Fact]
    public void Pairs_by_lift_rank_beyond_chance_with_a_floor_on_shared_articles()
    {
        var co = Wire.Value.Mentions.CoMentions();

        var byLift = co.ByLift(minBoth: 2);

        Assert.NotEmpty(byLift);
        Assert.All(byLift, p => Assert.True(p.Both >= 2));
        Assert.Equal(byLift.OrderByDescending(p => p.Lift).Select(p => p.Lift), byLift.Select(p => p.Lift));
        Assert.Equal(co.Rows.Count(p => p.Both >= 2), byLift.Count);
        // Most shared first in Rows; the highest lift need not be the most shared.
        Assert.Equal(co.Rows.Max(p => p.Both), co.Rows[0].Both);
    }
}
