using System.Text;
using NewsLens;
using NewsLens.Tests.Support;

namespace NewsLens.Tests.Reading;

/// <summary>
/// The line after the date is a caption only when it reads as a photo credit or a run of names; any other first
/// paragraph is body, so no word of body text is set aside unsearched (issue 11, problem 1).
/// </summary>
public sealed class CaptionRuleTests
{
    private static Article Read(string captionLine) =>
        Assert.Single(SeedLayoutReader.Read(Encoding.UTF8.GetBytes(Fixtures.SeedLayout(caption: captionLine)), "mem.txt").Articles);

    [Theory]
    [InlineData("Kim Jong Un Lena Park / Sample Photo")]
    [InlineData("Photo: Northfield Daily Staff")]
    [InlineData("Photograph by Ana Ruiz")]
    [InlineData("© Harbour Images")]
    [InlineData("Vladimir Putin AFP")]
    [InlineData("Vladimir Putin Mikhail Klimentyev")]
    [InlineData("Courtesy / Ministry of Foreign Affairs")]
    [InlineData("Moon Jae-in Lena Park")]
    public void Credit_lines_are_captions(string line)
    {
        var article = Read(line);
        Assert.Equal(line, article.Caption);
        Assert.DoesNotContain(line, article.Text);
    }

    [Theory]
    [InlineData("LONDON, March 23 - Shr 27.89p vs 24.24p")]
    [InlineData("OSLO, April 8 - Norwegian crude output rose to 1.1 mln barrels a day in March")]
    [InlineData("Mr. President of the General Assembly,")]
    [InlineData("The Assembly meets at a special moment as we pay tribute to two towering")]
    [InlineData("Net profit 412 mln crowns vs 380 mln")]
    [InlineData("GENEVA (Sample Wire) - Talks on a ceasefire resumed on Tuesday")]
    [InlineData("Kim arrives in Vladivostok for his first summit with Putin")]
    [InlineData("Burlington Northern Inc")]
    [InlineData("Harbour Metals Holdings Group Ltd")]
    [InlineData("Shipments Receipts")]
    [InlineData("Sioux City")]
    [InlineData("Wilcox/Gibbs - New York")]
    public void Body_paragraphs_are_never_captions(string line)
    {
        var article = Read(line);
        Assert.Null(article.Caption);
        Assert.StartsWith(line, article.Text);
        // Every word of the line is counted and searched.
        Assert.Equal(WordCount.Of(article.Title) + WordCount.Of(article.Text), article.Words);
        Assert.Contains(line, NewsLens.SearchedText.Of(article));
    }
}
