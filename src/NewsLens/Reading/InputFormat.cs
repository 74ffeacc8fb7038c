namespace NewsLens.Reading;

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
public static class InputFormats
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
    public static FileReadResult Read(string path)
    {
        var format = Of(path);
        try
        {
            return format switch
            {
                InputFormat.SeedLayout => SeedLayoutReader.ReadFile(path),
                InputFormat.JsonLines => JsonLinesReader.ReadFile(path),
                InputFormat.Csv => CsvArticleReader.ReadFile(path),
                InputFormat.Parquet => ParquetArticles.ReadFile(path),
                _ => FileReadResult.Rejected(path, 1,
                    $"skipped: '{Path.GetExtension(path)}' is not a known format (known: {Known})", ProblemKind.UnknownFormat),
            };
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return FileReadResult.Rejected(path, 1, $"cannot read the file: {e.Message}", ProblemKind.UnreadableFile);
        }
    }
}
