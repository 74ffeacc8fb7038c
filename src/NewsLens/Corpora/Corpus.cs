using Microsoft.Data.Analysis;

namespace NewsLens;

/// <summary>
/// A loaded news corpus: the articles (as records and as a typed DataFrame) and every record that could not be
/// loaded. <c>Articles.Rows.Count + Problems.Count</c> always equals the records read.
/// </summary>
public sealed class Corpus
{
    private readonly Lazy<DataFrame> _frame;

    internal Corpus(IReadOnlyList<Article> articles, CorpusSummary summary, bool hasText)
    {
        Rows = articles;
        Summary = summary;
        HasText = hasText;
        _frame = new Lazy<DataFrame>(() => ArticleFrame.From(articles, hasText));
    }

    /// <summary>The articles as a DataFrame, one row per article; columns are named in <see cref="ArticleColumns"/> (no text column when streamed). Built on first use.</summary>
    public DataFrame Table => _frame.Value;

    /// <summary>The articles as records, in load order (paths as given, files in ordinal order, lines in order).</summary>
    public IReadOnlyList<Article> Rows { get; }

    /// <summary>False for a corpus left by a <see cref="CorpusStream"/>: its articles keep metadata only, their text is empty.</summary>
    public bool HasText { get; }

    /// <summary>Records that were not loaded, each with path, line and reason.</summary>
    public IReadOnlyList<Problem> Problems => Summary.Problems;

    /// <summary>Notes on loaded articles: unreadable dates, missing bodies, files re-read as Windows-1252.</summary>
    public IReadOnlyList<Problem> Warnings => Summary.Warnings;

    /// <summary>Counts, date range and sites.</summary>
    public CorpusSummary Summary { get; }

    /// <summary>Loads articles from files or folders (read recursively): seed-layout .txt, JSONL, CSV and Parquet.</summary>
    /// <exception cref="CorpusException">A path does not exist, or nothing in it is an article; the message says why.</exception>
    public static Corpus Load(params string[] paths) => Load((IEnumerable<string>)paths);

    /// <summary>Loads articles from files or folders (read recursively): seed-layout .txt, JSONL, CSV and Parquet.</summary>
    /// <exception cref="CorpusException">A path does not exist, or nothing in it is an article; the message says why.</exception>
    public static Corpus Load(IEnumerable<string> paths) => Load(paths, progress: null);

    /// <summary>Loads one file or folder, telling <paramref name="progress"/> how far it has come: <c>Corpus.Load(path, ProgressBar.Show())</c>.</summary>
    /// <exception cref="CorpusException">The path does not exist, or nothing in it is an article; the message says why.</exception>
    public static Corpus Load(string path, IProgress<LoadProgress>? progress) => Load([path], progress);

    /// <summary>Loads articles as <see cref="Load(IEnumerable{string})"/> does, telling <paramref name="progress"/> how far it has come (a few times a second).</summary>
    /// <exception cref="CorpusException">A path does not exist, or nothing in it is an article; the message says why.</exception>
    public static Corpus Load(IEnumerable<string> paths, IProgress<LoadProgress>? progress)
    {
        var stream = CorpusStream.Open(paths, progress, keepText: true);
        foreach (var _ in stream.Batches()) { }
        return stream.Corpus;
    }

    /// <summary>
    /// Opens a corpus to read a batch at a time without keeping its text, for corpora too large for memory:
    /// <c>Corpus.Stream(path).Count(actors)</c>. Nothing is read until the stream is counted.
    /// </summary>
    /// <exception cref="CorpusException">A path does not exist; the message says which.</exception>
    public static CorpusStream Stream(params string[] paths) => Stream(paths, progress: null);

    /// <summary>Opens one file or folder as a stream, reporting progress while it is read: <c>Corpus.Stream(path, ProgressBar.Show())</c>.</summary>
    /// <exception cref="CorpusException">The path does not exist; the message says which.</exception>
    public static CorpusStream Stream(string path, IProgress<LoadProgress>? progress) => Stream([path], progress);

    /// <summary>Opens a corpus stream as <see cref="Stream(string[])"/> does, reporting progress while it is read.</summary>
    /// <exception cref="CorpusException">A path does not exist; the message says which.</exception>
    public static CorpusStream Stream(IEnumerable<string> paths, IProgress<LoadProgress>? progress) =>
        CorpusStream.Open(paths, progress, keepText: false);
}
