namespace NewsLens;

/// <summary>
/// Saves counted mentions as Parquet, one row per article and entry (columns as in <see cref="MentionColumns"/>),
/// for DuckDB, pandas or Polars: <c>mentions.SaveParquet("mentions.parquet")</c>.
/// </summary>
public static class MentionsParquet
{
    private const int RowGroupSize = 100_000;

    /// <summary>Writes every row, a row group at a time, whole or not at all.</summary>
    public static void SaveParquet(this Mentions mentions, string path)
    {
        using var file = new NewsLens.ParquetFile<MentionParquetRow>(path, RowGroupSize);
        var entries = mentions.Lexicon.Entries;
        // Rows are made a group at a time from the compact counts, so a million articles' mentions never exist as objects at once.
        foreach (var group in mentions.Counts.Chunk(RowGroupSize))
        {
            file.Write(group.Select(c =>
            {
                var article = mentions.Articles[c.Article];
                var entry = entries[c.Entry];
                return new MentionParquetRow
                {
                    ArticleId = article.Id, Published = article.Published?.ToDateTime(TimeOnly.MinValue), Entity = entry.Id,
                    Label = entry.Label, Kind = entry.Kind, Count = c.Count, FirstOffset = c.FirstOffset,
                    InTitle = c.InTitle, InLead = c.InLead, About = c.About,
                };
            }).ToList());
        }
        file.Commit();
    }
}

/// <summary>The Parquet row of one article's mentions of one entry; property names are the column names.</summary>
internal sealed class MentionParquetRow
{
    public string ArticleId { get; set; } = "";
    public DateTime? Published { get; set; }
    public string Entity { get; set; } = "";
    public string Label { get; set; } = "";
    public string Kind { get; set; } = "";
    public int Count { get; set; }
    public int FirstOffset { get; set; }
    public bool InTitle { get; set; }
    public bool InLead { get; set; }
    public bool About { get; set; }
}
