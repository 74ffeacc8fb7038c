using NewsLens;
using NewsLens.Tests.Support;

namespace NewsLens.Tests.Corpora;

public sealed class CorpusErrorTests
{
    [Fact]
    public void Missing_path_names_the_path_and_where_it_was_looked_for()
    {
        var e = Assert.Throws<CorpusException>(() => Corpus.Load("no/such/folder"));
        Assert.StartsWith("corpus path not found: no/such/folder (looked in ", e.Message);
        Assert.Contains(Path.GetFullPath("no/such/folder"), e.Message);
    }

    [Fact]
    public void Folder_without_known_formats_says_what_it_found()
    {
        using var dir = new TempFolder();
        dir.Write("a.md", "x");
        dir.Write("b.md", "x");
        dir.Write("c.pdf", "x");

        var e = Assert.Throws<CorpusException>(() => Corpus.Load(dir.Path));

        Assert.Equal(
            $"no articles found in {dir.Path} (3 files, none in a known format: 2 .md, 1 .pdf; known formats: " +
            ".txt (seed layout), .jsonl/.ndjson (JSON Lines), .csv/.tsv (CSV with a header), .parquet (newslens convert))",
            e.Message);
    }

    [Fact]
    public void Folder_of_broken_files_says_every_record_is_a_problem()
    {
        using var dir = new TempFolder();
        var empty = dir.Write("a.txt", "");
        dir.Write("b.txt", " \n");

        var e = Assert.Throws<CorpusException>(() => Corpus.Load(dir.Path));

        Assert.Equal($"no articles found in {dir.Path} (2 records, every one a problem: 2 empty; first: {empty}:1: empty file: 0 bytes (pipes and devices also have no length and are never opened))", e.Message);
    }

    [Fact]
    public void Empty_folder_says_it_has_no_files()
    {
        using var dir = new TempFolder();
        var e = Assert.Throws<CorpusException>(() => Corpus.Load(dir.Path));
        Assert.StartsWith($"no articles found in {dir.Path} (no files;", e.Message);
    }

    [Fact]
    public void Symbolic_link_loop_is_walked_once()
    {
        using var dir = new TempFolder();
        dir.Write("inner/a.txt", Fixtures.SeedLayout());
        Directory.CreateSymbolicLink(Path.Combine(dir.Path, "inner", "loop"), dir.Path);

        var corpus = Corpus.Load(dir.Path);

        Assert.Equal(1, corpus.Summary.Records);
    }
}
