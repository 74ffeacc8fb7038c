using NewsLens;
using NewsLens.Tests.Support;

namespace NewsLens.Tests.Reading;

public sealed class SeedArticleTests
{
    private static Article ReadSeed()
    {
        var result = SeedLayoutReader.ReadFile(Fixtures.Seed);
        Assert.Empty(result.Problems);
        return Assert.Single(result.Articles);
    }

    [Fact]
    public void Seed_title_is_the_first_non_blank_line()
    {
        Assert.Equal("North Korea's Kim Jong Un to Meet Putin in Moscow This Month \u2014 Kremlin", ReadSeed().Title);
    }

    [Fact]
    public void Seed_byline_drops_the_word_By()
    {
        Assert.Equal("Reuters", ReadSeed().Byline);
    }

    [Fact]
    public void Seed_date_is_April_18_2019()
    {
        Assert.Equal(new DateOnly(2019, 4, 18), ReadSeed().Published);
    }

    [Fact]
    public void Seed_photo_credit_is_the_caption_not_body()
    {
        var article = ReadSeed();
        Assert.Equal("Kim Jong Un Kin Cheung / AP / TASS", article.Caption);
        Assert.DoesNotContain("Kin Cheung", article.Text);
    }

    [Fact]
    public void Seed_url_and_source_come_from_the_original_url_line()
    {
        var article = ReadSeed();
        Assert.Equal("https://www.themoscowtimes.com/2019/04/18/kim-jong-un-will-meet-putin-this-month-kremlin-a65296", article.Url);
        Assert.Equal("themoscowtimes.com", article.Source);
    }

    [Fact]
    public void Seed_body_starts_with_the_first_paragraph_and_excludes_related_links()
    {
        var article = ReadSeed();
        Assert.StartsWith("North Korean leader Kim Jong Un will travel", article.Text);
        Assert.EndsWith("floated the possibility of a third summit.", article.Text);
        Assert.DoesNotContain("Related article", article.Text);
        Assert.DoesNotContain("Vodka Boss", article.Text);
        Assert.Equal(["'No Idea,' Says Russian Vodka Boss Whose Supply Was Bound for North Korea"], article.Related);
    }

    [Fact]
    public void Seed_body_keeps_paragraphs_apart()
    {
        var paragraphs = ReadSeed().Text.Split("\n\n");
        Assert.Equal(11, paragraphs.Length);
        Assert.All(paragraphs, p => Assert.False(string.IsNullOrWhiteSpace(p)));
    }

    [Fact]
    public void Seed_has_no_warnings()
    {
        Assert.Empty(SeedLayoutReader.ReadFile(Fixtures.Seed).Warnings);
    }
}
