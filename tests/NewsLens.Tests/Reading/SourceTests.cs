using System.Text;
using NewsLens;

namespace NewsLens.Tests.Reading;

/// <summary>Only http(s) urls name a site; otherwise a record's own source field does, and it is never the byline (issue 11, problem 8).</summary>
public sealed class SourceTests
{
    private static Article Json(string line) =>
        Assert.Single(JsonLinesReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(line + "\n")), "mem.jsonl").Articles);

    [Theory]
    [InlineData("https://www.example-news.org/2019/04/25/story", "example-news.org")]
    [InlineData("http://wire.example.com/a/1", "wire.example.com")]
    [InlineData("samplewire://1", null)]
    [InlineData("speeches://AFG_72_2017", null)]
    [InlineData("urn:uuid:6e8bc430-9c3a-11d9-9669-0800200c9a66", null)]
    [InlineData("file:///home/me/story.txt", null)]
    public void Only_http_urls_give_a_site(string url, string? source)
    {
        var article = Article.Create("Title", null, null, url, null, "Body.", [], "mem", 1);
        Assert.Equal(source, article.Source);
    }

    [Fact]
    public void A_jsonl_source_field_is_the_source_not_the_byline()
    {
        var article = Json("""{"title":"GRAIN TALKS RESUME","url":"samplewire://17","source":"Sample Wire","text":"GENEVA, May 4 - Talks resumed."}""");
        Assert.Equal("Sample Wire", article.Source);
        Assert.Null(article.Byline);
    }

    [Fact]
    public void Author_stays_the_byline_beside_a_source()
    {
        var article = Json("""{"title":"T","author":"Ana Ruiz","agency":"Sample Wire","text":"Body."}""");
        Assert.Equal("Ana Ruiz", article.Byline);
        Assert.Equal("Sample Wire", article.Source);
    }

    [Fact]
    public void An_http_url_names_the_site_before_the_source_field()
    {
        var article = Json("""{"title":"T","url":"https://www.example-news.org/x","source":"Example News","text":"Body."}""");
        Assert.Equal("example-news.org", article.Source);
    }

    [Fact]
    public void A_source_object_gives_its_name()
    {
        var article = Json("""{"title":"T","source":{"id":null,"name":"Example Daily"},"text":"Body."}""");
        Assert.Equal("Example Daily", article.Source);
    }

    [Fact]
    public void A_csv_source_column_is_read()
    {
        var csv = "title,source,text\nPORT REOPENS,Sample Wire,\"ROTTERDAM, May 2 - The port reopened.\"\n";
        var article = Assert.Single(CsvArticleReader.Read(Encoding.UTF8.GetBytes(csv), "mem.csv").Articles);
        Assert.Equal("Sample Wire", article.Source);
        Assert.Null(article.Byline);
        Assert.Equal("Rotterdam", article.Dateline);
    }
}
