using NewsLens;
using NewsLens.Tests.Cli;
using NewsLens.Tests.Support;

namespace NewsLens.Tests.Corpora;

public sealed class CorpusParquetTests
{
    [Fact]
    public void Round_trip_keeps_dates_nulls_unicode_related_ids_and_provenance()
    {
        using var dir = new TempFolder();
        dir.Write("a.txt", Fixtures.SeedLayout(title: "Kim\u2019s visit \u2014 \u5317\u671D\u9BAE \U0001F680", byline: null, caption: null,
            body: "First paragraph.\n\nRelated article: Another story\n\nSecond paragraph.", url: null));
        dir.Write("b.txt", Fixtures.SeedLayout(title: "Undated", date: null, url: "https://example.org/b"));
        var original = Corpus.Load(dir.Path);
        var file = Path.Combine(dir.Path, "out", "corpus.parquet");

        original.SaveParquet(file);
        var back = Corpus.Load(file);

        Assert.Equal(2, back.Summary.Articles);
        for (var i = 0; i < 2; i++)
        {
            var (o, b) = (original.Rows[i], back.Rows[i]);
            Assert.Equal(o with { Related = [] }, b with { Related = [] });
            Assert.Equal(o.Related, b.Related);
        }
        Assert.Null(back.Rows[0].Byline);
        Assert.Null(back.Rows[0].Url);
        Assert.Null(back.Rows[1].Published);
        Assert.Equal(new DateOnly(2019, 4, 25), back.Rows[0].Published);
        Assert.Equal(["Another story"], back.Rows[0].Related);
        Assert.False(File.Exists(file + ".tmp"));
    }

    [Fact]
    public void A_file_that_is_not_parquet_is_one_problem()
    {
        using var dir = new TempFolder();
        var bad = dir.Write("fake.parquet", "not parquet at all");
        dir.Write("ok.txt", Fixtures.SeedLayout());

        var corpus = Corpus.Load(dir.Path);

        var problem = Assert.Single(corpus.Problems);
        Assert.Equal((bad, ProblemKind.UnreadableFile), (problem.Path, problem.Kind));
        Assert.StartsWith("not a NewsLens Parquet corpus: ", problem.Reason);
    }

    [Fact]
    public void Convert_command_writes_the_file_and_refuses_other_extensions()
    {
        using var dir = new TempFolder();
        dir.Write("a.txt", Fixtures.SeedLayout());
        var target = Path.Combine(dir.Path, "c.parquet");

        var (exit, output, _) = CliRunner.Run("convert", dir.Path, "--to", target);
        Assert.Equal(0, exit);
        Assert.StartsWith("wrote 1 articles to ", output);
        Assert.Equal(1, Corpus.Load(target).Summary.Articles);

        var (badExit, _, error) = CliRunner.Run("convert", dir.Path, "--to", Path.Combine(dir.Path, "c.csv"));
        Assert.Equal(1, badExit);
        Assert.Contains("the file must end in .parquet", error);
    }
}
