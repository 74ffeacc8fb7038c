using Parquet;
using Parquet.Schema;

namespace NewsLens;

/// <summary>
/// The one flat table of a partial file, written and read a column at a time (an object per row cost more than the
/// count itself). Rows come in order: the shard, the lexicon's files, then each article in load order followed by
/// its mentions, then the records not loaded and the notes. Columns a row's kind does not use are null, which Parquet
/// stores in a few bits; any Parquet tool reads the file.
/// </summary>
internal sealed class PartialTable
{
    public const int ShardKind = 0, LexiconKind = 1, ArticleKind = 2, MentionKind = 3, ProblemKind = 4, WarningKind = 5;

    /// <summary>Rows per row group: a group is held in memory while written or read.</summary>
    public const int RowGroupRows = 100_000;

    public static readonly DataField<int> Kind = new("kind");
    public static readonly DataField<int?> Shard = new("shard"), Shards = new("shards"), Files = new("files"), Records = new("records"), Version = new("version");
    public static readonly DataField<string> Corpus = new("corpus", true), Name = new("name", true), Text = new("text", true);
    public static readonly DataField<bool?> Metonyms = new("metonyms");
    public static readonly DataField<string> Id = new("id", true), Title = new("title", true), Byline = new("byline", true), Source = new("source", true);
    public static readonly DataField<DateTime?> Published = new("published");
    public static readonly DataField<string> Url = new("url", true), Dateline = new("dateline", true), Path = new("path", true);
    public static readonly DataField<int?> Words = new("words"), Line = new("line");
    public static readonly DataField<long?> UrlHigh = new("url_high"), UrlLow = new("url_low"), ContentHigh = new("content_high"), ContentLow = new("content_low");
    public static readonly DataField<int?> Entry = new("entry"), Count = new("count"), FirstOffset = new("first_offset"), Where = new("where");

    public static readonly ParquetSchema Schema = new(Kind, Shard, Shards, Files, Records, Version, Corpus, Name, Text, Metonyms,
        Id, Title, Byline, Source, Published, Url, Dateline, Path, Words, Line, UrlHigh, UrlLow, ContentHigh, ContentLow,
        Entry, Count, FirstOffset, Where);

    // One row group's columns; index i is row i of the group.
    public int[] Kinds = [];
    public int?[] ShardValues = [], ShardsValues = [], FilesValues = [], RecordsValues = [], VersionValues = [];
    public string?[] CorpusValues = [], NameValues = [], TextValues = [];
    public bool?[] MetonymsValues = [];
    public string?[] IdValues = [], TitleValues = [], BylineValues = [], SourceValues = [];
    public DateTime?[] PublishedValues = [];
    public string?[] UrlValues = [], DatelineValues = [], PathValues = [];
    public int?[] WordsValues = [], LineValues = [];
    public long?[] UrlHighValues = [], UrlLowValues = [], ContentHighValues = [], ContentLowValues = [];
    public int?[] EntryValues = [], CountValues = [], FirstOffsetValues = [], WhereValues = [];

    /// <summary>Rows filled (writing) or read (reading).</summary>
    public int Rows { get; set; }

    /// <summary>An empty group of <paramref name="capacity"/> rows, every value null.</summary>
    public static PartialTable WithCapacity(int capacity)
    {
        var t = new PartialTable();
        t.Resize(capacity);
        return t;
    }

    /// <summary>Clears the group for the next rows.</summary>
    public void Clear()
    {
        foreach (var column in Columns()) Array.Clear(column);
        Rows = 0;
    }

    private IEnumerable<Array> Columns() =>
    [
        Kinds, ShardValues, ShardsValues, FilesValues, RecordsValues, VersionValues, CorpusValues, NameValues, TextValues, MetonymsValues,
        IdValues, TitleValues, BylineValues, SourceValues, PublishedValues, UrlValues, DatelineValues, PathValues, WordsValues, LineValues,
        UrlHighValues, UrlLowValues, ContentHighValues, ContentLowValues, EntryValues, CountValues, FirstOffsetValues, WhereValues,
    ];

    private void Resize(int n)
    {
        Kinds = new int[n];
        ShardValues = new int?[n]; ShardsValues = new int?[n]; FilesValues = new int?[n]; RecordsValues = new int?[n]; VersionValues = new int?[n];
        CorpusValues = new string?[n]; NameValues = new string?[n]; TextValues = new string?[n];
        MetonymsValues = new bool?[n];
        IdValues = new string?[n]; TitleValues = new string?[n]; BylineValues = new string?[n]; SourceValues = new string?[n];
        PublishedValues = new DateTime?[n];
        UrlValues = new string?[n]; DatelineValues = new string?[n]; PathValues = new string?[n];
        WordsValues = new int?[n]; LineValues = new int?[n];
        UrlHighValues = new long?[n]; UrlLowValues = new long?[n]; ContentHighValues = new long?[n]; ContentLowValues = new long?[n];
        EntryValues = new int?[n]; CountValues = new int?[n]; FirstOffsetValues = new int?[n]; WhereValues = new int?[n];
    }

    /// <summary>Writes the filled rows as one row group.</summary>
    public async Task WriteAsync(ParquetWriter writer)
    {
        var n = Rows;
        using var group = writer.CreateRowGroup();
        await group.WriteAsync<int>(Kind, new ReadOnlyMemory<int>(Kinds, 0, n));
        await group.WriteAsync<int>(Shard, new ReadOnlyMemory<int?>(ShardValues, 0, n));
        await group.WriteAsync<int>(Shards, new ReadOnlyMemory<int?>(ShardsValues, 0, n));
        await group.WriteAsync<int>(Files, new ReadOnlyMemory<int?>(FilesValues, 0, n));
        await group.WriteAsync<int>(Records, new ReadOnlyMemory<int?>(RecordsValues, 0, n));
        await group.WriteAsync<int>(Version, new ReadOnlyMemory<int?>(VersionValues, 0, n));
        await group.WriteAsync(Corpus, CorpusValues[..n]!);
        await group.WriteAsync(Name, NameValues[..n]!);
        await group.WriteAsync(Text, TextValues[..n]!);
        await group.WriteAsync<bool>(Metonyms, new ReadOnlyMemory<bool?>(MetonymsValues, 0, n));
        await group.WriteAsync(Id, IdValues[..n]!);
        await group.WriteAsync(Title, TitleValues[..n]!);
        await group.WriteAsync(Byline, BylineValues[..n]!);
        await group.WriteAsync(Source, SourceValues[..n]!);
        await group.WriteAsync<DateTime>(Published, new ReadOnlyMemory<DateTime?>(PublishedValues, 0, n));
        await group.WriteAsync(Url, UrlValues[..n]!);
        await group.WriteAsync(Dateline, DatelineValues[..n]!);
        await group.WriteAsync(Path, PathValues[..n]!);
        await group.WriteAsync<int>(Words, new ReadOnlyMemory<int?>(WordsValues, 0, n));
        await group.WriteAsync<int>(Line, new ReadOnlyMemory<int?>(LineValues, 0, n));
        await group.WriteAsync<long>(UrlHigh, new ReadOnlyMemory<long?>(UrlHighValues, 0, n));
        await group.WriteAsync<long>(UrlLow, new ReadOnlyMemory<long?>(UrlLowValues, 0, n));
        await group.WriteAsync<long>(ContentHigh, new ReadOnlyMemory<long?>(ContentHighValues, 0, n));
        await group.WriteAsync<long>(ContentLow, new ReadOnlyMemory<long?>(ContentLowValues, 0, n));
        await group.WriteAsync<int>(Entry, new ReadOnlyMemory<int?>(EntryValues, 0, n));
        await group.WriteAsync<int>(Count, new ReadOnlyMemory<int?>(CountValues, 0, n));
        await group.WriteAsync<int>(FirstOffset, new ReadOnlyMemory<int?>(FirstOffsetValues, 0, n));
        await group.WriteAsync<int>(Where, new ReadOnlyMemory<int?>(WhereValues, 0, n));
    }

    /// <summary>
    /// Reads row group <paramref name="index"/>, only the <paramref name="columns"/> asked for (the others stay as they
    /// are: null in a new table). Into <paramref name="reuse"/> when it is large enough, which must have been read with
    /// the same columns: a group's arrays are large-object allocations, and a new set per group made a merge's memory
    /// twice what it kept.
    /// </summary>
    public static async Task<PartialTable> ReadAsync(ParquetReader reader, int index, PartialColumns columns, PartialTable? reuse = null)
    {
        using var group = reader.OpenRowGroupReader(index);
        var rows = checked((int)group.RowCount);
        var t = reuse is not null && reuse.Kinds.Length >= rows ? reuse : WithCapacity(rows);
        t.Rows = rows;
        await group.ReadAsync<int>(Kind, t.Kinds.AsMemory(0, rows));
        await group.ReadAsync(Name, t.NameValues.AsMemory(0, rows));
        await group.ReadAsync(Text, t.TextValues.AsMemory(0, rows));
        if (columns == PartialColumns.Header)
        {
            await group.ReadAsync<int>(Shard, t.ShardValues.AsMemory(0, rows));
            await group.ReadAsync<int>(Shards, t.ShardsValues.AsMemory(0, rows));
            await group.ReadAsync<int>(Files, t.FilesValues.AsMemory(0, rows));
            await group.ReadAsync<int>(Records, t.RecordsValues.AsMemory(0, rows));
            await group.ReadAsync<int>(Version, t.VersionValues.AsMemory(0, rows));
            await group.ReadAsync(Corpus, t.CorpusValues.AsMemory(0, rows));
            await group.ReadAsync<bool>(Metonyms, t.MetonymsValues.AsMemory(0, rows));
            return t;
        }
        if (columns == PartialColumns.Articles)
        {
            await group.ReadAsync(Id, t.IdValues.AsMemory(0, rows));
            await group.ReadAsync(Title, t.TitleValues.AsMemory(0, rows));
            await group.ReadAsync(Byline, t.BylineValues.AsMemory(0, rows));
            await group.ReadAsync(Dateline, t.DatelineValues.AsMemory(0, rows));
        }
        await group.ReadAsync(Source, t.SourceValues.AsMemory(0, rows));
        await group.ReadAsync<DateTime>(Published, t.PublishedValues.AsMemory(0, rows));
        await group.ReadAsync(Url, t.UrlValues.AsMemory(0, rows));
        await group.ReadAsync(Path, t.PathValues.AsMemory(0, rows));
        await group.ReadAsync<int>(Words, t.WordsValues.AsMemory(0, rows));
        await group.ReadAsync<int>(Line, t.LineValues.AsMemory(0, rows));
        await group.ReadAsync<long>(UrlHigh, t.UrlHighValues.AsMemory(0, rows));
        await group.ReadAsync<long>(UrlLow, t.UrlLowValues.AsMemory(0, rows));
        await group.ReadAsync<long>(ContentHigh, t.ContentHighValues.AsMemory(0, rows));
        await group.ReadAsync<long>(ContentLow, t.ContentLowValues.AsMemory(0, rows));
        await group.ReadAsync<int>(Entry, t.EntryValues.AsMemory(0, rows));
        await group.ReadAsync<int>(Count, t.CountValues.AsMemory(0, rows));
        await group.ReadAsync<int>(FirstOffset, t.FirstOffsetValues.AsMemory(0, rows));
        await group.ReadAsync<int>(Where, t.WhereValues.AsMemory(0, rows));
        return t;
    }
}
