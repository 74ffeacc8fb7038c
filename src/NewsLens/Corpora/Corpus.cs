using Microsoft.Data.Analysis;
using NewsLens.Reading;

namespace NewsLens.Corpora;

/// <summary>
/// A loaded news corpus: the articles (as records and as a typed DataFrame) and every record that could not be
/// loaded. <c>Articles.Rows.Count + Problems.Count</c> always equals the records read.
/// </summary>
public sealed class Corpus
{
    private readonly Lazy<DataFrame> _frame;

    private Corpus(IReadOnlyList<Article> articles, CorpusSummary summary)
    {
        ArticleList = articles;
        Summary = summary;
        _frame = new Lazy<DataFrame>(() => ArticleFrame.From(articles));
    }

    /// <summary>One row per article; columns are named in <see cref="ArticleColumns"/>. Built on first use.</summary>
    public DataFrame Articles => _frame.Value;

    /// <summary>The articles as records, in load order (paths as given, files in ordinal order, lines in order).</summary>
    public IReadOnlyList<Article> ArticleList { get; }

    /// <summary>Records that were not loaded, each with path, line and reason.</summary>
    public IReadOnlyList<Problem> Problems => Summary.Problems;

    /// <summary>Notes on loaded articles: unreadable dates, missing bodies, files re-read as Windows-1252.</summary>
    public IReadOnlyList<Problem> Warnings => Summary.Warnings;

    /// <summary>Counts, date range and sites.</summary>
    public CorpusSummary Summary { get; }

    /// <summary>Loads articles from files or folders (read recursively): seed-layout .txt, JSONL and CSV.</summary>
    /// <exception cref="CorpusException">A path does not exist, or nothing in it is an article; the message says why.</exception>
    public static Corpus Load(params string[] paths) => Load((IEnumerable<string>)paths);

    /// <summary>Loads articles from files or folders (read recursively): seed-layout .txt, JSONL and CSV.</summary>
    /// <exception cref="CorpusException">A path does not exist, or nothing in it is an article; the message says why.</exception>
    public static Corpus Load(IEnumerable<string> paths) => Load(paths, progress: null);

    /// <summary>Loads articles as <see cref="Load(IEnumerable{string})"/> does, telling <paramref name="progress"/> how far it has come (a few times a second).</summary>
    /// <exception cref="CorpusException">A path does not exist, or nothing in it is an article; the message says why.</exception>
    public static Corpus Load(IEnumerable<string> paths, IProgress<LoadProgress>? progress)
    {
        var list = paths.ToList();
        if (list.Count == 0)
            throw new CorpusException("no corpus path given: pass a file or a folder of articles");
        var files = CorpusFiles.Expand(list);

        // Files are read in parallel but merged in order, so ids, duplicates and problems never depend on timing.
        var results = new FileReadResult[files.Count];
        var tracker = progress is null ? null : new ProgressTracker(files, progress);
        Parallel.For(0, files.Count, i =>
        {
            results[i] = InputFormats.Read(files[i]);
            tracker?.Done(i);
        });
        tracker?.Finish();

        var articles = new List<Article>();
        var problems = new List<Problem>();
        var warnings = new List<Problem>();
        var duplicates = new Duplicates();
        var records = 0;
        foreach (var result in results)
        {
            records += result.Records;
            problems.AddRange(result.Problems);
            warnings.AddRange(result.Warnings);
            foreach (var article in result.Articles)
            {
                if (duplicates.Check(article) is { } repeat) problems.Add(repeat);
                else articles.Add(article);
            }
        }

        var summary = CorpusSummary.Of(files.Count, records, articles, problems, warnings);
        if (articles.Count == 0)
            throw new CorpusException(NoArticles.Explain(list, files, problems));
        return new Corpus(articles, summary);
    }

    /// <summary>Counts finished files from parallel readers and reports at most every quarter second.</summary>
    private sealed class ProgressTracker
    {
        private readonly IProgress<LoadProgress> _progress;
        private readonly long[] _sizes;
        private readonly long _total;
        private readonly System.Diagnostics.Stopwatch _clock = System.Diagnostics.Stopwatch.StartNew();
        private int _files;
        private long _bytes;
        private long _lastReport;

        public ProgressTracker(IReadOnlyList<string> files, IProgress<LoadProgress> progress)
        {
            _progress = progress;
            _sizes = files.Select(f => new FileInfo(f).Length).ToArray();
            _total = _sizes.Sum();
        }

        public void Done(int index)
        {
            var done = Interlocked.Increment(ref _files);
            var bytes = Interlocked.Add(ref _bytes, _sizes[index]);
            var now = _clock.ElapsedMilliseconds;
            var last = Interlocked.Read(ref _lastReport);
            if (now - last >= 250 && Interlocked.CompareExchange(ref _lastReport, now, last) == last)
                _progress.Report(new LoadProgress(done, _sizes.Length, bytes, _total, _clock.Elapsed));
        }

        public void Finish() => _progress.Report(new LoadProgress(_files, _sizes.Length, _bytes, _total, _clock.Elapsed));
    }
}
