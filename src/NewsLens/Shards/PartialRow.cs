namespace NewsLens;

/// <summary>
/// One row of a shard's partial file. Rows come in order: the shard, the lexicon's files, then each article (in load
/// order) followed by its mentions, then the records that were not loaded and the notes. One flat schema keeps the
/// file readable by any Parquet tool; columns a row kind does not use are null.
/// </summary>
internal sealed class PartialRow
{
    public const string ShardKind = "shard";
    public const string LexiconKind = "lexicon";
    public const string ArticleKind = "article";
    public const string MentionKind = "mention";
    public const string ProblemKind = "problem";
    public const string WarningKind = "warning";

    public string Kind { get; set; } = "";

    // shard: which part, of how many, of which corpus; records read; format version.
    public int? Shard { get; set; }
    public int? Shards { get; set; }
    public string? Corpus { get; set; }
    public int? Files { get; set; }
    public int? Records { get; set; }
    public int? Version { get; set; }
    public bool? Metonyms { get; set; }

    // lexicon: file name and YAML; problem and warning: path, line, reason (Text) and kind (Name).
    public string? Name { get; set; }
    public string? Text { get; set; }

    // article: metadata, never the text, and its duplicate fingerprints.
    public string? Id { get; set; }
    public string? Title { get; set; }
    public string? Byline { get; set; }
    public string? Source { get; set; }
    public DateTime? Published { get; set; }
    public string? Url { get; set; }
    public string? Dateline { get; set; }
    public int? Words { get; set; }
    public string? Path { get; set; }
    public int? Line { get; set; }
    public long? UrlHigh { get; set; }
    public long? UrlLow { get; set; }
    public long? ContentHigh { get; set; }
    public long? ContentLow { get; set; }

    // mention: of the article before it.
    public int? Entry { get; set; }
    public int? Count { get; set; }
    public int? FirstOffset { get; set; }
    public int? Where { get; set; }
}
