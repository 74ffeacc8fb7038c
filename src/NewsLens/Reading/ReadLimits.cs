namespace NewsLens;

/// <summary>
/// Sizes beyond which a record is set aside as a problem instead of read. No news article is this long; a file or
/// line that is has usually been mis-exported, and reading it would take memory out of all proportion.
/// </summary>
internal static class ReadLimits
{
    /// <summary>Largest seed-layout file or JSONL line read as one article: 64 MB.</summary>
    public const int MaxRecordBytes = 64 << 20;

    /// <summary>Largest CSV file, which is read whole: 1 GB. Larger exports should be JSON Lines, read in batches.</summary>
    public const long MaxCsvBytes = 1L << 30;

    /// <summary>A size for messages: "200.0 MB".</summary>
    internal static string Megabytes(long bytes) => $"{bytes / 1048576.0:N1} MB";
}
