using System.Diagnostics;
using Hangfire;

namespace NewsLens;

/// <summary>
/// The job a worker runs for one shard: count it and save its partial in PostgreSQL. Idempotent: a shard already
/// saved (or given up on) is skipped, and of two workers that raced, the first to save wins. Retries are NewsLens's
/// own, at once and on any worker, up to <see cref="MaxAttempts"/>; Hangfire's delayed retries are off, and Hangfire
/// only brings back the job of a worker that died (after the invisibility timeout).
/// </summary>
public sealed class ShardWork
{
    /// <summary>Attempts before a shard that keeps failing is given up and reported.</summary>
    public const int MaxAttempts = 3;

    private readonly ClusterDatabase _db;
    private readonly IBackgroundJobClient _client;
    private readonly string _worker;
    // The last job's compiled lexicon: a worker takes shard after shard of one job, and compiling costs a second.
    private (string Job, Matcher Matcher)? _compiled;

    internal ShardWork(ClusterDatabase db, IBackgroundJobClient client, string worker) => (_db, _client, _worker) = (db, client, worker);

    /// <summary>Counts shard <paramref name="shard"/> of job <paramref name="job"/> (what Hangfire calls).</summary>
    [AutomaticRetry(Attempts = 0)]
    [Queue(ClusterQueue.Name)]
    public void Run(string job, int shard)
    {
        if (_db.IsSettled(job, shard)) return;
        var spec = _db.Job(job);
        var attempt = _db.StartAttempt(job, shard, _worker);
        var clock = Stopwatch.StartNew();
        var file = Path.Combine(Path.GetTempPath(), $"newslens-{job}-{shard}-{Guid.NewGuid():N}.parquet");
        try
        {
            var part = Corpus.Stream(spec.Corpus, progress: null).Shard(new CorpusShard(shard, spec.Shards));
            if (_compiled?.Job != job) _compiled = (job, Matcher.For(spec.CompileLexicon()));
            var mentions = Mentions.Count(part, _compiled.Value.Matcher);
            Partials.Save(part, mentions, file);
            var summary = part.Corpus.Summary;
            _db.SavePartial(job, shard, File.ReadAllBytes(file), summary.Articles, summary.Records, clock.Elapsed.TotalSeconds, _worker, attempt);
        }
        catch (Exception e) when (e is not ClusterException and not OutOfMemoryException)
        {
            var failures = _db.FailAttempt(job, shard, attempt, $"{e.GetType().Name}: {e.Message}");
            if (failures >= MaxAttempts) _db.Poison(job, shard, $"failed {failures} times; last: {e.Message}");
            else _client.Enqueue<ShardWork>(w => w.Run(job, shard));
        }
        finally
        {
            File.Delete(file);
        }
    }
}
