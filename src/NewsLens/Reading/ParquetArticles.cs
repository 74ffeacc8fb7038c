using Parquet.Serialization;

namespace NewsLens.Reading;

/// <summary>
/// The columnar copy of a corpus: one Parquet row per article with the corpus DataFrame's columns (plus
/// <c>Related</c>, titles joined by newlines), readable by DuckDB, pandas, Polars and Spark, and read back here
/// much faster than re-parsing text files. Ids, sources and word counts are stored, not recomputed.
/// </summary>
public static class ParquetArticles
{
    /// <summary>Writes articles to a Parquet file (through a temporary file, so a reader never sees half of it).</summary>
    public static void Write(IEnumerable<Article> articles, string path)
    {
        var rows = articles.Select(ArticleRow.From).ToList();
        var full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        var temporary = full + ".tmp";
        // Parquet.Net is async-only; a dedicated task keeps this safe under any synchronization context (notebooks).
        Task.Run(async () =>
        {
            await using var stream = File.Create(temporary);
            await ParquetSerializer.SerializeAsync(rows, stream);
        }).GetAwaiter().GetResult();
        File.Move(temporary, full, overwrite: true);
    }

    /// <summary>Reads a Parquet file written by <see cref="Write"/>; each row is a record (line = row number).</summary>
    public static FileReadResult ReadFile(string path)
    {
        IList<ArticleRow> rows;
        try
        {
            rows = Task.Run(async () =>
            {
                await using var stream = File.OpenRead(path);
                return (await ParquetSerializer.DeserializeAsync<ArticleRow>(stream)).Data;
            }).GetAwaiter().GetResult();
        }
        catch (Exception e) when (e is not UnauthorizedAccessException and not FileNotFoundException and not DirectoryNotFoundException)
        {
            return FileReadResult.Rejected(path, 1, $"not a NewsLens Parquet corpus: {e.Message}", ProblemKind.UnreadableFile);
        }
        var articles = new List<Article>(rows.Count);
        var problems = new List<Problem>();
        for (var i = 0; i < rows.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(rows[i].Title))
                problems.Add(new Problem(path, i + 1, "no title: the row's Title is empty", ProblemKind.NoTitle));
            else
                articles.Add(rows[i].ToArticle());
        }
        return new FileReadResult(rows.Count, articles, problems, []);
    }
}

/// <summary>The Parquet row of an article; property names are the column names.</summary>
internal sealed class ArticleRow
{
    public string Id { get; set; } = "";
    public string Title { get; set; } = "";
    public string? Byline { get; set; }
    public string? Source { get; set; }
    public DateTime? Published { get; set; }
    public string? Url { get; set; }
    public string? Caption { get; set; }
    public string Text { get; set; } = "";
    public string Related { get; set; } = "";
    public int Words { get; set; }
    public string Path { get; set; } = "";
    public int Line { get; set; }

    public static ArticleRow From(Article a) => new()
    {
        Id = a.Id, Title = a.Title, Byline = a.Byline, Source = a.Source,
        Published = a.Published?.ToDateTime(TimeOnly.MinValue), Url = a.Url, Caption = a.Caption, Text = a.Text,
        Related = string.Join('\n', a.Related), Words = a.Words, Path = a.Path, Line = a.Line,
    };

    public Article ToArticle() => new(
        Id, Title, Byline, Source, Published is { } d ? DateOnly.FromDateTime(d) : null, Url, Caption, Text ?? "",
        Related.Length == 0 ? [] : Related.Split('\n'), Words, Path, Line);
}
