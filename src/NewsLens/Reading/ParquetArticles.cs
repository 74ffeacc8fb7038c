using Parquet.Serialization;

namespace NewsLens;

/// <summary>
/// The columnar copy of a corpus: one Parquet row per article with the corpus DataFrame's columns (plus
/// <c>Related</c>, titles joined by newlines), readable by DuckDB, pandas, Polars and Spark, and read back here
/// much faster than re-parsing text files. Ids, sources and word counts are stored, not recomputed.
/// </summary>
internal static class ParquetArticles
{
    /// <summary>Rows per row group: the unit read back at a time, so reading a large corpus streams.</summary>
    internal const int RowGroupSize = 2_000;

    /// <summary>Writes articles to a Parquet file, whole or not at all; a lazy sequence is written a row group at a time.</summary>
    public static void Write(IEnumerable<Article> articles, string path)
    {
        using var writer = new ParquetArticleWriter(path);
        foreach (var group in articles.Chunk(RowGroupSize)) writer.Append(group);
        writer.Commit();
    }

    /// <summary>Reads a Parquet file written by <see cref="Write"/>; each row is a record (line = row number).</summary>
    public static FileReadResult ReadFile(string path) => FileReadResult.Merge(ReadFileInBatches(path));

    /// <summary>
    /// One result per row group. Whole columns are read at a time (much faster than row-by-row deserialisation); a
    /// file that is not Parquet, or lacks one of the columns, is one problem naming what is wrong.
    /// </summary>
    /// <param name="path">The file.</param>
    /// <param name="part">The row groups to read (a shard's part): group g of G stands at byte g × length / G; all when null.
    /// A problem with the whole file belongs to the part that holds byte 0.</param>
    internal static IEnumerable<FileReadResult> ReadFileInBatches(string path, ByteRange? part = null)
    {
        var range = part ?? ByteRange.All;
        var lanes = new List<(FileStream Stream, Parquet.ParquetReader Reader)>();
        string? failure = null;
        try
        {
            lanes.Add(Open(path));
        }
        catch (Exception e) when (e is not UnauthorizedAccessException and not FileNotFoundException and not DirectoryNotFoundException)
        {
            failure = e.Message;
        }
        if (failure is not null)
        {
            if (range.Holds(0)) yield return FileReadResult.Rejected(path, 1, $"not a NewsLens Parquet corpus: {failure}", ProblemKind.UnreadableFile);
            yield break;
        }
        try
        {
            // Decoding a row group's strings keeps one core busy, and Parquet.Net's reader is not thread-safe: so each
            // core gets its own stream and reader, reads whole groups side by side, and the groups are handed out in order.
            var groups = lanes[0].Reader.RowGroupCount;
            var length = lanes[0].Stream.Length;
            // Rows before each group, from the footer alone, so a shard's row numbers are the file's.
            var rowsBefore = new long[groups + 1];
            for (var g = 0; g < groups; g++)
            {
                using var group = lanes[0].Reader.OpenRowGroupReader(g);
                rowsBefore[g + 1] = rowsBefore[g] + group.RowCount;
            }
            var wanted = Enumerable.Range(0, groups).Where(g => range.Holds((long)((Int128)g * length / groups))).ToArray();
            while (lanes.Count < Math.Min(Environment.ProcessorCount, wanted.Length)) lanes.Add(Open(path));
            for (var w = 0; w < wanted.Length; w += lanes.Count)
            {
                var n = Math.Min(lanes.Count, wanted.Length - w);
                var read = new ArticleRow[n][];
                var errors = new string?[n];
                var first = w;
                Parallel.For(0, n, k =>
                {
                    try
                    {
                        // Task.Run: no caller's synchronization context (a notebook's) is captured by Parquet.Net's awaits.
                        read[k] = Task.Run(() => ReadGroupAsync(lanes[k].Reader, wanted[first + k])).GetAwaiter().GetResult();
                    }
                    catch (Exception e) when (e is not UnauthorizedAccessException and not FileNotFoundException and not DirectoryNotFoundException)
                    {
                        errors[k] = e.Message;
                    }
                });
                for (var k = 0; k < n; k++)
                {
                    var g = wanted[first + k];
                    var row = (int)rowsBefore[g];
                    if (errors[k] is { } error)
                    {
                        yield return FileReadResult.Rejected(path, row + 1, $"not a NewsLens Parquet corpus: {error}", ProblemKind.UnreadableFile);
                        yield break;
                    }
                    var articles = new List<Article>(read[k].Length);
                    var problems = new List<Problem>();
                    foreach (var r in read[k])
                    {
                        row++;
                        if (string.IsNullOrWhiteSpace(r.Title))
                            problems.Add(new Problem(path, row, "no title: the row's Title is empty", ProblemKind.NoTitle));
                        else
                            articles.Add(r.ToArticle());
                    }
                    read[k] = [];
                    yield return new FileReadResult(articles.Count + problems.Count, articles, problems, []) { Position = length * (g + 1) / groups };
                }
            }
        }
        finally
        {
            // Parquet.Net's reader is async-disposable only.
            foreach (var (stream, reader) in lanes)
            {
                reader.DisposeAsync().AsTask().GetAwaiter().GetResult();
                stream.Dispose();
            }
        }
    }

    private static (FileStream Stream, Parquet.ParquetReader Reader) Open(string path)
    {
        var stream = File.OpenRead(path);
        try
        {
            return (stream, Task.Run(() => Parquet.ParquetReader.CreateAsync(stream)).GetAwaiter().GetResult());
        }
        catch
        {
            stream.Dispose();
            throw;
        }
    }

    private static async Task<ArticleRow[]> ReadGroupAsync(Parquet.ParquetReader reader, int g)
    {
        var fields = reader.Schema.GetDataFields().ToDictionary(f => f.Name, StringComparer.Ordinal);
        Parquet.Schema.DataField Field(string name) =>
            fields.TryGetValue(name, out var field) ? field : throw new InvalidDataException($"no column '{name}'");
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
        // Files written before datelines were kept have no such column; the text still holds the dateline.
        var dateline = fields.ContainsKey(nameof(ArticleRow.Dateline)) ? await Strings(nameof(ArticleRow.Dateline)) : null;
        var text = await Strings(nameof(ArticleRow.Text));
        var related = await Strings(nameof(ArticleRow.Related));
        var words = await Ints(nameof(ArticleRow.Words));
        var sourcePath = await Strings(nameof(ArticleRow.Path));
        var line = await Ints(nameof(ArticleRow.Line));
        var rows = new ArticleRow[count];
        for (var i = 0; i < count; i++)
            rows[i] = new ArticleRow
            {
                Id = id[i] ?? "", Title = title[i] ?? "", Byline = byline[i], Source = source[i], Published = published[i],
                Url = url[i], Caption = caption[i], Dateline = dateline is null ? Datelines.PlaceOf(text[i] ?? "") : dateline[i], Text = text[i] ?? "", Related = related[i] ?? "", Words = words[i],
                Path = sourcePath[i] ?? "", Line = line[i],
            };
        return rows;
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
    public string? Dateline { get; set; }
    public string Text { get; set; } = "";
    public string Related { get; set; } = "";
    public int Words { get; set; }
    public string Path { get; set; } = "";
    public int Line { get; set; }

    public static ArticleRow From(Article a) => new()
    {
        Id = a.Id, Title = a.Title, Byline = a.Byline, Source = a.Source,
        Published = a.Published?.ToDateTime(TimeOnly.MinValue), Url = a.Url, Caption = a.Caption, Dateline = a.Dateline, Text = a.Text,
        Related = string.Join('\n', a.Related), Words = a.Words, Path = a.Path, Line = a.Line,
    };

    public Article ToArticle() => new(
        Id, Title, Byline, Source, Published is { } d ? DateOnly.FromDateTime(d) : null, Url, Caption, Dateline, Text ?? "",
        Related.Length == 0 ? [] : Related.Split('\n'), Words, Path, Line);
}
