namespace NewsLens.Tests.Words;

/// <summary>How a word is shown: as readers write it, not as a wire headline or dateline shouts it.</summary>
public sealed class PhraseFormTests
{
    private static Article Wire(string title, string body) =>
        Article.Create(title, null, new DateOnly(1987, 3, 3), null, null, body, [], "wire.jsonl", 1);

    private static readonly Article[] Copy =
    [
        Wire("NATO ALLIES MEET IN BRUSSELS OVER AEGEAN", "BRUSSELS, March 3 (Port Wire) - NATO ministers met on the Aegean dispute. The BBC said the NATO talks ran late."),
        Wire("GREECE ASKS NATO TO ACT", "ATHENS, March 3 (Port Wire) - Greece asked NATO to act. Officials in Brussels said little."),
    ];

    [Fact]
    public void Short_capitals_in_a_body_stay_an_acronym()
    {
        var counts = PhraseCounts.Of(Copy);

        Assert.Equal("NATO", counts.FormOf("nato"));
        Assert.Equal("BBC", counts.FormOf("bbc"));
    }

    [Fact]
    public void Shouted_headlines_and_datelines_read_as_words()
    {
        var counts = PhraseCounts.Of(Copy);

        Assert.Equal("Brussels", counts.FormOf("brussels"));
        Assert.Equal("Athens", counts.FormOf("athens"));
        Assert.Equal("Allies", counts.FormOf("allies"));
        Assert.Equal(2, counts.Counts["nato"]);
        Assert.Equal(2, counts.Counts["brussels"]);
    }

    [Fact]
    public void Taking_away_a_part_leaves_the_counts_of_the_rest()
    {
        var whole = PhraseCounts.Of(Copy);
        var part = PhraseCounts.Of(Copy.Take(1));

        var rest = whole.Minus(part);

        Assert.Equal(1, rest.Articles);
        Assert.Equal(PhraseCounts.Of(Copy.Skip(1)).Counts.OrderBy(c => c.Key, StringComparer.Ordinal), rest.Counts.OrderBy(c => c.Key, StringComparer.Ordinal));
        Assert.Equal("Athens", rest.FormOf("athens"));
    }
}
