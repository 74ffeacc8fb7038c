using Parquet.Serialization;

namespace NewsLens.Reading;

/// <summary>
/// The columnar copy of a corpus: one Parquet row per article with the corpus DataFrame's columns (plus
/// <c>Related</c>, titles joined by newlines), readable by DuckDB, pandas, Polars and Spark, and read back here
/// much faster than re-parsing text files. Ids, sources and word counts are stored, not recomputed.
/// </summary>
public static class ParquetArticles
{
    /// <summary>Writes articles to a Parquet file, whole or not at all.</summary>
    public static void Write(IEnumerable<Article> articles, string path)
    {
        var rows = articles.Select(ArticleRow.From).ToList();
        // Parquet.Net is async-only; a dedicated task keeps this safe under any synchronization context (notebooks).
        NewsLens.Text.AtomicFile.Write(path, temporary => Task.Run(async () =>
        {
            await using var stream = File.Create(temporary);
            await ParquetSerializer.SerializeAsync(rows, stream);
        }).GetAwaiter().GetResult());
    }

    /// <summary>
    /// Reads whole columns at a time (much faster than row-by-row deserialisation) and zips them into rows; a file
    /// without one of the columns fails with the column's name.
    /// </summary>
    private static async Task<IList<ArticleRow>> ReadColumnsAsync(string path)
    {
        await using var stream = File.OpenRead(path);
        await using var reader = await Parquet.ParquetReader.CreateAsync(stream);
        var fields = reader.Schema.GetDataFields().ToDictionary(f => f.Name, StringComparer.Ordinal);
        Parquet.Schema.DataField Field(string name) =>
            fields.TryGetValue(name, out var field) ? field : throw new InvalidDataException($"no column '{name}'");
        var rows = new List<ArticleRow>();
        for (var g = 0; g < reader.RowGroupCount; g++)
        {
            using var group = reader.OpenRowGroupReader(g);
            var count = checked((int)group.RowCount);
            async Task<string?[]> Strings(string name)
            {
                var values = new string?[count];
                await group.ReadAsync(Field(name), values.AsMemory(), null);
                return values;
            }
            async Task<int[]> Ints(string name)
            {
                var values = new int[count];
                await group.ReadAsync(Field(name), values.AsMemory(), null);
                return values;
            }
            var id = await Strings(nameof(ArticleRow.Id));
            var title = await Strings(nameof(ArticleRow.Title));
            var byline = await Strings(nameof(ArticleRow.Byline));
            var source = await Strings(nameof(ArticleRow.Source));
            var published = new DateTime?[count];
            await group.ReadAsync(Field(nameof(ArticleRow.Published)), published.AsMemory(), null);
            var url = await Strings(nameof(ArticleRow.Url));
            var caption = await Strings(nameof(ArticleRow.Caption));
            var text = await Strings(nameof(ArticleRow.Text));
            var related = await Strings(nameof(ArticleRow.Related));
            var words = await Ints(nameof(ArticleRow.Words));
            var sourcePath = await Strings(nameof(ArticleRow.Path));
            var line = await Ints(nameof(ArticleRow.Line));
            for (var i = 0; i < count; i++)
                rows.Add(new ArticleRow
                {
                    Id = id[i] ?? "", Title = title[i] ?? "", Byline = byline[i], Source = source[i], Published = published[i],
                    Url = url[i], Caption = caption[i], Text = text[i] ?? "", Related = related[i] ?? "", Words = words[i],
                    Path = sourcePath[i] ?? "", Line = line[i],
                });
        }
        return rows;
    }

    /// <summary>Reads a Parquet file written by <see cref="Write"/>; each row is a record (line = row number).</summary>
    public static FileReadResult ReadFile(string path)
    {
        IList<ArticleRow> rows;
        try
        {
            rows = Task.Run(() => ReadColumnsAsync(path)).GetAwaiter().GetResult();
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
