using System.Text.Json.Serialization;

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

/// <summary>The Parquet row of one article's mentions of one entry; columns are named as in <see cref="MentionColumns"/>.</summary>
internal sealed class MentionParquetRow
{
    [JsonPropertyName(MentionColumns.ArticleId)] public string ArticleId { get; set; } = "";
    [JsonPropertyName(MentionColumns.Published)] public DateTime? Published { get; set; }
    [JsonPropertyName(MentionColumns.Entity)] public string Entity { get; set; } = "";
    [JsonPropertyName(MentionColumns.Label)] public string Label { get; set; } = "";
    [JsonPropertyName(MentionColumns.Kind)] public string Kind { get; set; } = "";
    [JsonPropertyName(MentionColumns.Mentions)] public int Count { get; set; }
    [JsonPropertyName(MentionColumns.FirstOffset)] public int FirstOffset { get; set; }
    [JsonPropertyName(MentionColumns.InTitle)] public bool InTitle { get; set; }
    [JsonPropertyName(MentionColumns.InLead)] public bool InLead { get; set; }
    [JsonPropertyName(MentionColumns.About)] public bool About { get; set; }
}
