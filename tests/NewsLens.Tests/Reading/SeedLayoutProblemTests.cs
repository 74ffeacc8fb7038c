using System.Text;
using NewsLens;

namespace NewsLens.Tests.Reading;

public sealed class SeedLayoutProblemTests
{
    private static Problem OnlyProblem(byte[] bytes)
    {
        var result = SeedLayoutReader.Read(bytes, "bad.txt");
        Assert.Empty(result.Articles);
        Assert.Equal(1, result.Records);
        return Assert.Single(result.Problems);
    }

    [Fact]
    public void Empty_file_is_a_problem()
    {
        var problem = OnlyProblem(Encoding.UTF8.GetBytes("  \n\r\n\t\n"));
        Assert.Equal(ProblemKind.EmptyFile, problem.Kind);
        Assert.Equal("empty file: nothing but whitespace", problem.Reason);
        Assert.Equal("bad.txt:1: empty file: nothing but whitespace", problem.ToString());
    }

    [Fact]
    public void Binary_file_is_a_problem()
    {
        var problem = OnlyProblem([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D]);
        Assert.Equal(ProblemKind.BinaryFile, problem.Kind);
        Assert.Equal("binary file (contains NUL bytes), not a text article", problem.Reason);
    }

    [Fact]
    public void File_starting_with_the_byline_has_no_title()
    {
        var problem = OnlyProblem(Encoding.UTF8.GetBytes("\n\nBy Reuters\n\nApril 18, 2019\n\nBody text.\n"));
        Assert.Equal(ProblemKind.NoTitle, problem.Kind);
        Assert.Equal(3, problem.Line);
        Assert.Equal("no title: the first line is the byline 'By Reuters'; the first non-blank line must be the headline", problem.Reason);
    }

    [Fact]
    public void File_starting_with_a_date_has_no_title()
    {
        var problem = OnlyProblem(Encoding.UTF8.GetBytes("April 18, 2019\n\nBody text.\n"));
        Assert.Equal(ProblemKind.NoTitle, problem.Kind);
        Assert.Equal("no title: the first line is the date 'April 18, 2019'; the first non-blank line must be the headline", problem.Reason);
    }
}
