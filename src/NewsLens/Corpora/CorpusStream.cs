using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;

namespace NewsLens;

/// <summary>
/// A corpus read from disk a batch at a time, in load order, with duplicates already dropped: for corpora too
/// large to hold in memory. Each batch's articles carry their text; the <see cref="Corpus"/> left at the end keeps
/// only their metadata. Get one from <see cref="Corpus.Stream(string[])"/>.
/// </summary>
public sealed class CorpusStream
{
    /// <summary>Small files read together on all cores; a group stays a few tens of megabytes.</summary>
    private const int GroupFiles = 2048;
    private const long GroupBytes = 64L << 20;
    /// <summary>Batches read ahead of the caller: enough to keep both sides busy, few enough to bound memory.</summary>
    private const int ReadAhead = 2;

    private readonly IReadOnlyList<string> _paths;
    private readonly IReadOnlyList<string> _files;
    private readonly IReadOnlyList<Problem> _folderProblems;
    private readonly IProgress<LoadProgress>? _progress;
    private readonly bool _keepText;
    private readonly CorpusShard? _shard;
    private Corpus? _corpus;
    private List<DuplicateKey>? _keys;
    private long[]? _sizes;
    private bool _started;

    private CorpusStream(IReadOnlyList<string> paths, IReadOnlyList<string> files, IReadOnlyList<Problem> folderProblems,
        IProgress<LoadProgress>? progress, bool keepText, CorpusShard? shard = null)
    {
        _shard = shard;
        _paths = paths;
        _files = files;
        _folderProblems = folderProblems;
        _progress = progress;
        _keepText = keepText;
    }

    /// <summary>Checks the paths and lists the files; nothing is read until <see cref="Batches"/> is enumerated.</summary>
    internal static CorpusStream Open(IEnumerable<string> paths, IProgress<LoadProgress>? progress, bool keepText)
    {
        var list = paths.ToList();
        if (list.Count == 0)
            throw new CorpusException("no corpus path given: pass a file or a folder of articles");
        var problems = new List<Problem>();
        var files = CorpusFiles.Expand(list, problems);
        return new CorpusStream(list, files, problems, progress, keepText);
    }

    /// <summary>The files that will be read, in load order.</summary>
    public IReadOnlyList<string> Files => _files;

    /// <summary>The paths the stream was opened with.</summary>
    public IReadOnlyList<string> Paths => _paths;

    /// <summary>
    /// Only one part of the corpus (<see cref="CorpusShard"/>), for counting it on one of several machines: nothing is
    /// dropped as a duplicate, since the first copy may lie in another part (the merge of all parts decides), and a
    /// part may hold no article at all.
    /// </summary>
    /// <exception cref="InvalidOperationException">The stream has been read already.</exception>
    public CorpusStream Shard(CorpusShard shard)
    {
        if (_started) throw new InvalidOperationException("a stream is cut into shards before it is read");
        return new CorpusStream(_paths, _files, _folderProblems, _progress, _keepText, shard);
    }

    /// <summary>The part read, or null for the whole corpus.</summary>
    public CorpusShard? Part => _shard;

    /// <summary>Each file's size in bytes as the reading found it (what shards are cut by), once read.</summary>
    internal IReadOnlyList<long> Sizes => _sizes ?? throw new InvalidOperationException("the sizes are known once the stream is read");

    /// <summary>A shard's duplicate fingerprints, one per article of <see cref="Corpus"/>, once read.</summary>
    internal IReadOnlyList<DuplicateKey> DuplicateKeys => _keys ?? throw new InvalidOperationException("only a shard keeps its fingerprints, once read");

    /// <summary>The corpus read, once <see cref="Batches"/> has run to the end; its articles have no text unless loaded with <see cref="Corpus.Load(string[])"/>.</summary>
    /// <exception cref="InvalidOperationException">The batches have not been read to the end yet.</exception>
    public Corpus Corpus => _corpus ?? throw new InvalidOperationException(
        "the corpus is known only once its batches have been read: count it first (stream.Count(lexicon)), then ask for stream.Corpus");

    /// <summary>
    /// Batches of loaded articles with their text, in load order. Readable once: the text is let go as the reading
    /// moves on, so the peak memory is one batch's text plus every article's metadata.
    /// </summary>
    /// <exception cref="CorpusException">At the end, when nothing read was an article; the message says why.</exception>
    public IEnumerable<IReadOnlyList<Article>> Batches()
    {
        if (_started) throw new InvalidOperationException("a corpus stream is read once; open a new one with Corpus.Stream(paths)");
        _started = true;
        return Read();
    }

    private IEnumerable<IReadOnlyList<Article>> Read()
    {
        // Reading runs one batch ahead of the caller on its own thread: while the caller counts a batch on all cores,
        // the next is split, parsed and merged, so neither side leaves a core idle at its sequential steps. Only one
        // thread reads and merges, so load order, ids and duplicates stay what they were.
        using var ready = new BlockingCollection<List<Article>>(ReadAhead);
        using var stop = new CancellationTokenSource();
        Exception? failure = null;
        var reader = Task.Factory.StartNew(() =>
        {
            try
            {
                foreach (var batch in ReadInOrder())
                    ready.Add(batch, stop.Token);
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested) { }
            catch (Exception e) { failure = e; }
            finally { ready.CompleteAdding(); }
        }, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        try
        {
            foreach (var batch in ready.GetConsumingEnumerable())
                yield return batch;
            reader.Wait();
            if (failure is not null) ExceptionDispatchInfo.Throw(failure);
        }
        finally
        {
            // A caller that stops early (or fails) stops the reader too, so no file stays open behind it.
            stop.Cancel();
            try { reader.Wait(); } catch (AggregateException) { }
        }
    }

    /// <summary>Batches of ready articles; must be run to the end by one thread.</summary>
    private IEnumerable<List<Article>> ReadInOrder()
    {
        var merger = new StreamMerger(_keepText, keepDuplicates: _shard is not null);
        // A folder that could not be listed counts as one record not loaded, so records still add up.
        if (_shard is null || _shard.Index == 0)
            merger.Add(_folderProblems.Select(p => new FileReadResult(1, [], [p], [])).ToList());
        // Sizes are read once: they decide the groups, the shards and measure the progress.
        var sizes = _files.Select(SafeLength).ToArray();
        _sizes = sizes;
        var starts = new long[sizes.Length];
        for (var i = 1; i < sizes.Length; i++) starts[i] = starts[i - 1] + sizes[i - 1];
        var total = sizes.Sum();
        var part = _shard?.Bytes(total);
        var tracker = new StreamProgress(sizes, _progress);
        foreach (var (all, batched) in Groups(sizes))
        {
            var group = part is not { } p ? all : all.Where(i => Touches(p, starts[i], sizes[i], InputFormats.IsSplittable(_files[i]))).ToList();
            if (group.Count == 0) continue;
            if (batched)
            {
                var file = group[0];
                var batches = InputFormats.ReadInBatches(_files[file], part is { } range ? LinesOf(range, starts[file], sizes[file]) : null);
                foreach (var batch in batches)
                {
                    var loaded = merger.Add([batch]);
                    tracker.Reached(group[0], batch.Position, merger.Articles.Count);
                    if (loaded.Count > 0) yield return loaded;
                }
                tracker.Done(group, merger.Articles.Count);
            }
            else
            {
                var results = new FileReadResult[group.Count];
                Parallel.For(0, group.Count, i => results[i] = InputFormats.Read(_files[group[i]]));
                var loaded = merger.Add(results);
                tracker.Done(group, merger.Articles.Count);
                if (loaded.Count > 0) yield return loaded;
            }
        }
        tracker.Finish(merger.Articles.Count);

        var summary = CorpusSummary.Of(_files.Count, merger.Records, merger.Articles, merger.Problems, merger.Warnings);
        if (_shard is not null) _keys = merger.Keys;
        else if (merger.Articles.Count == 0)
            throw new CorpusException(NoArticles.Explain(_paths, _files, merger.Problems));
        _corpus = new Corpus(merger.Articles, summary, _keepText);
    }

    /// <summary>
    /// Consecutive small files grouped for parallel reading; a JSONL or Parquet file alone (batched), read in its own
    /// batches.
    /// </summary>
    private IEnumerable<(List<int> Files, bool Batched)> Groups(long[] sizes)
    {
        var group = new List<int>();
        long bytes = 0;
        for (var i = 0; i < _files.Count; i++)
        {
            if (InputFormats.IsBatched(InputFormats.Of(_files[i])))
            {
                if (group.Count > 0) { yield return (group, false); group = []; bytes = 0; }
                yield return ([i], true);
                continue;
            }
            group.Add(i);
            bytes += sizes[i];
            if (group.Count == GroupFiles || bytes >= GroupBytes) { yield return (group, false); group = []; bytes = 0; }
        }
        if (group.Count > 0) yield return (group, false);
    }

    /// <summary>Whether a shard reads any of a file: the stretch of its first byte, or for a splittable file any of its bytes.</summary>
    private static bool Touches(ByteRange part, long start, long size, bool splittable) =>
        splittable ? start < part.To && start + Math.Max(1, size) > part.From : part.Holds(start);

    /// <summary>
    /// The lines of a splittable file a shard reads, by where they start in the file; the shard that holds the file's
    /// last byte reads on to the end (a UTF-16 file's lines are placed in its UTF-8 form, which may be longer).
    /// </summary>
    private static ByteRange LinesOf(ByteRange part, long start, long size) =>
        new(Math.Max(0, part.From - start), start + Math.Max(1, size) - 1 < part.To ? long.MaxValue : part.To - start);

    private static long SafeLength(string file)
    {
        try { return new FileInfo(file).Length; }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { return 0; }
    }
}
