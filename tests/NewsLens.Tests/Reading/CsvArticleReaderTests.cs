using System.Text;
using NewsLens;
using NewsLens.Tests.Support;

namespace NewsLens.Tests.Reading;

public sealed class CsvArticleReaderTests
{
    [Fact]
    public void Semicolon_csv_with_synonym_headers_and_multiline_body_is_read()
    {
        var result = CsvArticleReader.ReadFile(Fixtures.Path("export-semicolon.csv"));

        Assert.Equal(2, result.Records);
        Assert.Empty(result.Problems);
        var first = result.Articles[0];
        Assert.Equal("Sanctions tightened", first.Title);
        Assert.Equal(new DateOnly(2017, 12, 22), first.Published);
        Assert.Equal("The Security Council voted on new sanctions.\n\nOil imports are capped.", first.Text);
        Assert.Equal("Sample Wire", first.Byline);
        Assert.Equal(2, first.Line);
        var second = result.Articles[1];
        Assert.Equal("Talks \"on hold\"", second.Title);
        Assert.Equal(new DateOnly(2018, 3, 22), second.Published);
        Assert.Null(second.Byline);
        Assert.Equal(5, second.Line);
    }

    [Fact]
    public void Csv_without_a_title_column_is_one_problem_naming_the_columns()
    {
        var result = CsvArticleReader.ReadFile(Fixtures.Path("export-no-title.csv"));

        Assert.Empty(result.Articles);
        var problem = Assert.Single(result.Problems);
        Assert.Equal(ProblemKind.MissingColumn, problem.Kind);
        Assert.Equal(
            "missing required column 'title' (or one of: headline, head_line, headline_text); the header has: 'date', 'text', 'url'",
            problem.Reason);
    }

    [Fact]
    public void Row_with_wrong_field_count_is_a_problem_and_the_rest_load()
    {
        var csv = "title,date,text\nGood one,2019-01-02,Body\nBad,2019-01-03,Body,extra,fields\nAlso good,2019-01-04,Body\n";
        var result = CsvArticleReader.Read(Encoding.UTF8.GetBytes(csv), "rows.csv");

        Assert.Equal(3, result.Records);
        Assert.Equal(["Good one", "Also good"], result.Articles.Select(a => a.Title));
        var problem = Assert.Single(result.Problems);
        Assert.Equal(ProblemKind.MalformedCsv, problem.Kind);
        Assert.Equal(3, problem.Line);
        Assert.Equal("malformed CSV row: its number of fields differs from the header's", problem.Reason);
    }

    [Fact]
    public void Row_with_empty_title_is_a_problem()
    {
        var result = CsvArticleReader.Read(Encoding.UTF8.GetBytes("title,text\n,Body without a title\nT,Body\n"), "t.csv");
        Assert.Equal(2, result.Records);
        var problem = Assert.Single(result.Problems);
        Assert.Equal((ProblemKind.NoTitle, 2), (problem.Kind, problem.Line));
    }

    [Fact]
    public void Titles_only_csv_warns_once_per_file()
    {
        var result = CsvArticleReader.Read(Encoding.UTF8.GetBytes("headline,date\nA,2019-01-01\nB,2019-01-02\n"), "h.csv");
        Assert.Equal(2, result.Articles.Count);
        var warning = Assert.Single(result.Warnings);
        Assert.Equal(ProblemKind.NoBody, warning.Kind);
    }

    [Fact]
    public void Header_only_csv_is_a_problem()
    {
        var result = CsvArticleReader.Read(Encoding.UTF8.GetBytes("title,text\n"), "h.csv");
        Assert.Equal(1, result.Records);
        Assert.Equal("no rows: the file has a header and nothing else", Assert.Single(result.Problems).Reason);
    }
}
