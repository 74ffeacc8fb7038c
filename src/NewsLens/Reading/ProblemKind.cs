namespace NewsLens;

/// <summary>What went wrong with a record. The first group rejects the record; the second keeps it with a warning.</summary>
public enum ProblemKind
{
    /// <summary>The file holds nothing but whitespace.</summary>
    EmptyFile,
    /// <summary>The file is not text (it contains NUL bytes).</summary>
    BinaryFile,
    /// <summary>The file's extension is not one the readers know.</summary>
    UnknownFormat,
    /// <summary>The file could not be opened or read.</summary>
    UnreadableFile,
    /// <summary>A file or line larger than <see cref="ReadLimits"/> allows; skipped.</summary>
    TooLarge,
    /// <summary>The record has no title.</summary>
    NoTitle,
    /// <summary>A JSONL line is not a JSON object.</summary>
    MalformedJson,
    /// <summary>A CSV file lacks a column that every row needs.</summary>
    MissingColumn,
    /// <summary>A CSV row cannot be read (bad quoting, wrong number of fields).</summary>
    MalformedCsv,
    /// <summary>The record repeats one read earlier (same url, or same title, date and text).</summary>
    Duplicate,
    /// <summary>A shard of a cluster count failed on every attempt: its records are not in the result (one problem per shard).</summary>
    FailedShard,

    /// <summary>Warning: the date is there but cannot be read; the article is kept undated.</summary>
    UnreadableDate,
    /// <summary>Warning: the record has no date; the article is kept undated.</summary>
    MissingDate,
    /// <summary>Warning: the record has a title but no body text.</summary>
    NoBody,
    /// <summary>Warning: the file is not valid UTF-8 and was read as Windows-1252.</summary>
    Windows1252,
    /// <summary>Warning: text after the url was not part of any field and was ignored.</summary>
    IgnoredText,
}
