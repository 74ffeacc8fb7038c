namespace NewsLens;

/// <summary>The file formats the readers know, chosen by extension.</summary>
public enum InputFormat
{
    /// <summary>Not a format the readers know.</summary>
    Unknown,
    /// <summary>One article per .txt file in the seed layout.</summary>
    SeedLayout,
    /// <summary>JSON Lines (.jsonl, .ndjson): one article per line.</summary>
    JsonLines,
    /// <summary>CSV (.csv, .tsv) with a header row: one article per row.</summary>
    Csv,
    /// <summary>A corpus written by <c>newslens convert</c> (.parquet): one article per row.</summary>
    Parquet,
}

/// <summary>Maps files to formats and formats to readers.</summary>
internal static class InputFormats
{
    /// <summary>What a user is told the readers accept.</summary>
    public const string Known = ".txt (seed layout), .jsonl/.ndjson (JSON Lines), .csv/.tsv (CSV with a header), .parquet (newslens convert)";

    /// <summary>The format of a file, from its extension.</summary>
    public static InputFormat Of(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".txt" => InputFormat.SeedLayout,
        ".jsonl" or ".ndjson" => InputFormat.JsonLines,
        ".csv" or ".tsv" => InputFormat.Csv,
        ".parquet" => InputFormat.Parquet,
        _ => InputFormat.Unknown,
    };

    /// <summary>Reads one file in its format. I/O failures become a problem, never an exception.</summary>
    public static FileReadResult Read(string path) => FileReadResult.Merge(ReadInBatches(path));

    /// <summary>True for formats that hold many records per file and are read a batch at a time.</summary>
    internal static bool IsBatched(InputFormat format) => format is InputFormat.JsonLines or InputFormat.Parquet;

    /// <summary>True for files a shard may take part of: JSONL line by line, Parquet row group by row group; any other file is read whole by one shard.</summary>
    internal static bool IsSplittable(string path) => Of(path) is InputFormat.JsonLines or InputFormat.Parquet;

    /// <summary>
    /// One file's records in order: whole for seed-layout and CSV files, a batch at a time for JSONL and Parquet. An
    /// I/O failure, even part-way, ends the file with a problem instead of an exception; earlier batches stand.
    /// </summary>
    /// <param name="path">The file.</param>
    /// <param name="lines">For a JSONL or Parquet file, the part a shard reads: lines by where they start, row groups by where they stand; all when null.</param>
    internal static IEnumerable<FileReadResult> ReadInBatches(string path, ByteRange? lines = null)
    {
        var format = Of(path);
        // Pipes, sockets and devices report no length; opening one could wait forever, so nothing of length 0 is opened.
        if (format != InputFormat.Unknown && Length(path) == 0)
            return [FileReadResult.Rejected(path, 1, EmptyOrSpecial, ProblemKind.EmptyFile)];
        IEnumerable<FileReadResult> batches = format switch
        {
            InputFormat.SeedLayout => Once(() => SeedLayoutReader.ReadFile(path)),
            InputFormat.JsonLines => JsonLinesReader.ReadFileInBatches(path, lines),
            InputFormat.Csv => Once(() => CsvArticleReader.ReadFile(path)),
            InputFormat.Parquet => ParquetArticles.ReadFileInBatches(path, lines),
            _ => [FileReadResult.Rejected(path, 1,
                $"skipped: '{Path.GetExtension(path)}' is not a known format (known: {Known})", ProblemKind.UnknownFormat)],
        };
        return Guarded(batches, path);
    }

    /// <summary>Why a file of length 0 is not read.</summary>
    internal const string EmptyOrSpecial = "empty file: 0 bytes (pipes and devices also have no length and are never opened)";

    private static long Length(string path)
    {
        try { return new FileInfo(path).Length; }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { return -1; }
    }

    private static IEnumerable<FileReadResult> Once(Func<FileReadResult> read)
    {
        yield return read();
    }

    private static IEnumerable<FileReadResult> Guarded(IEnumerable<FileReadResult> batches, string path)
    {
        IEnumerator<FileReadResult>? e = null;
        var records = 0;
        try
        {
            while (true)
            {
                FileReadResult? next = null;
                string? failure = null;
                try
                {
                    e ??= batches.GetEnumerator();
                    if (e.MoveNext()) next = e.Current;
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    failure = ex.Message;
                }
                if (failure is not null)
                {
                    var where = records == 0 ? "" : $" after {records:N0} record(s)";
                    yield return FileReadResult.Rejected(path, 1, $"cannot read the file{where}: {failure}", ProblemKind.UnreadableFile);
                    yield break;
                }
                if (next is null) yield break;
                records += next.Records;
                yield return next;
            }
        }
        finally
        {
            e?.Dispose();
        }
    }
}
