using System.Text;
using NewsLens;
using NewsLens.Tests.Support;

namespace NewsLens.Tests.Reading;

/// <summary>One test per kind of mess real files have; each checks the field the mess would break.</summary>
public sealed class SeedLayoutToleranceTests
{
    private static FileReadResult Read(string text) => SeedLayoutReader.Read(Encoding.UTF8.GetBytes(text), "mem.txt");

    private static Article ReadOne(string text) => Assert.Single(Read(text).Articles);

    [Fact]
    public void Crlf_line_endings_read_the_same_as_lf()
    {
        var lf = ReadOne(Fixtures.SeedLayout());
        var crlf = ReadOne(Fixtures.SeedLayout(newline: "\r\n"));
        Assert.Equal(lf with { Path = "", Line = 0 }, crlf with { Path = "", Line = 0, Related = lf.Related });
        Assert.DoesNotContain('\r', crlf.Text);
    }

    [Fact]
    public void Utf8_byte_order_mark_is_not_part_of_the_title()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(Fixtures.SeedLayout())).ToArray();
        var article = Assert.Single(SeedLayoutReader.Read(bytes, "bom.txt").Articles);
        Assert.Equal("Kim and Putin Meet in Vladivostok", article.Title);
    }

    [Fact]
    public void Windows1252_curly_apostrophe_is_decoded_not_garbled_and_warned()
    {
        // 0x92 is ’ in Windows-1252 and an invalid byte in UTF-8.
        var text = Fixtures.SeedLayout(title: "Putin\u2019s Guest", body: "Kim\u2019s train arrived.\n\nTalks began.");
        var bytes = CodePagesEncodingProvider.Instance.GetEncoding(1252)!.GetBytes(text);
        Assert.Contains((byte)0x92, bytes);

        var result = SeedLayoutReader.Read(bytes, "cp1252.txt");

        var article = Assert.Single(result.Articles);
        Assert.Equal("Putin\u2019s Guest", article.Title);
        Assert.StartsWith("Kim\u2019s train", article.Text);
        var warning = Assert.Single(result.Warnings);
        Assert.Equal(ProblemKind.Windows1252, warning.Kind);
        Assert.Equal("not valid UTF-8; read as Windows-1252 (save the file as UTF-8 to silence this)", warning.Reason);
    }

    [Fact]
    public void Trailing_spaces_and_tabs_are_ignored()
    {
        var text = string.Join("\n", Fixtures.SeedLayout().Split('\n').Select(l => l + "  \t"));
        var article = ReadOne(text);
        Assert.Equal("Kim and Putin Meet in Vladivostok", article.Title);
        Assert.Equal("Sample Wire", article.Byline);
        Assert.Equal(new DateOnly(2019, 4, 25), article.Published);
        Assert.Equal("https://example.org/world/2019/04/25/kim-putin", article.Url);
    }

    [Fact]
    public void Missing_byline_still_finds_date_caption_and_body()
    {
        var article = ReadOne(Fixtures.SeedLayout(byline: null));
        Assert.Null(article.Byline);
        Assert.Equal(new DateOnly(2019, 4, 25), article.Published);
        Assert.Equal("Kim Jong Un Lena Park / Sample Photo", article.Caption);
        Assert.StartsWith("North Korean leader", article.Text);
    }

    [Fact]
    public void Missing_caption_leaves_the_first_paragraph_in_the_body()
    {
        var article = ReadOne(Fixtures.SeedLayout(caption: null));
        Assert.Null(article.Caption);
        Assert.StartsWith("North Korean leader Kim Jong Un met", article.Text);
    }

    [Fact]
    public void Missing_url_gives_no_url_and_no_source()
    {
        var result = Read(Fixtures.SeedLayout(url: null));
        var article = Assert.Single(result.Articles);
        Assert.Null(article.Url);
        Assert.Null(article.Source);
        Assert.EndsWith("The talks lasted three hours.", article.Text);
        Assert.Empty(result.Warnings);
    }

    [Fact]
    public void Several_blank_lines_between_parts_are_one_separator()
    {
        var text = "\n\n\n" + Fixtures.SeedLayout().Replace("\n\n", "\n\n\n\n") + "\n\n\n";
        var article = ReadOne(text);
        Assert.Equal("Sample Wire", article.Byline);
        Assert.Equal(2, article.Text.Split("\n\n").Length);
    }

    [Fact]
    public void Title_spread_over_two_lines_is_joined_with_a_space()
    {
        var article = ReadOne(Fixtures.SeedLayout(title: "Kim and Putin Meet in Vladivostok\nfor Their First Summit"));
        Assert.Equal("Kim and Putin Meet in Vladivostok for Their First Summit", article.Title);
        Assert.Equal("Sample Wire", article.Byline);
    }

    [Fact]
    public void Paragraph_wrapped_over_lines_is_one_paragraph()
    {
        var article = ReadOne(Fixtures.SeedLayout(caption: null, body: "First line of a paragraph\ncontinues here.\n\nSecond paragraph."));
        Assert.Equal("First line of a paragraph continues here.\n\nSecond paragraph.", article.Text);
    }

    [Fact]
    public void Url_on_the_same_line_as_the_marker_is_read()
    {
        var text = Fixtures.SeedLayout(url: null) + "\n\nOriginal url: https://example.net/x";
        Assert.Equal("https://example.net/x", ReadOne(text).Url);
    }

    [Fact]
    public void Unreadable_date_keeps_the_article_undated_with_a_warning()
    {
        var result = Read(Fixtures.SeedLayout(date: "Aprill 25, 2019"));

        var article = Assert.Single(result.Articles);
        Assert.Null(article.Published);
        var warning = Assert.Single(result.Warnings);
        Assert.Equal(ProblemKind.UnreadableDate, warning.Kind);
        Assert.Equal(5, warning.Line);
        Assert.StartsWith("unreadable date 'Aprill 25, 2019': expected a date like 'April 18, 2019'", warning.Reason);
    }

    [Fact]
    public void Missing_date_keeps_the_article_undated_with_a_warning()
    {
        var result = Read(Fixtures.SeedLayout(date: null, caption: null));
        var article = Assert.Single(result.Articles);
        Assert.Null(article.Published);
        Assert.StartsWith("North Korean leader", article.Text);
        var warning = Assert.Single(result.Warnings);
        Assert.Equal(ProblemKind.MissingDate, warning.Kind);
        Assert.StartsWith("no date line after the byline; the article is kept undated", warning.Reason);
    }

    [Fact]
    public void Title_only_file_is_kept_with_a_no_body_warning()
    {
        var result = Read("Just a headline\n\nBy Sample Wire\n\nMay 1, 2019\n");
        var article = Assert.Single(result.Articles);
        Assert.Equal("", article.Text);
        Assert.Equal(ProblemKind.NoBody, Assert.Single(result.Warnings).Kind);
    }

    [Fact]
    public void Text_after_the_url_is_reported_not_dropped_silently()
    {
        var result = Read(Fixtures.SeedLayout() + "\n\nstray footer text");
        Assert.Single(result.Articles);
        var warning = Assert.Single(result.Warnings);
        Assert.Equal(ProblemKind.IgnoredText, warning.Kind);
        Assert.Equal(17, warning.Line);
    }
}
