namespace NewsLens;

/// <summary>A count running on the cluster: its progress, and once every shard is done, its result.</summary>
public sealed class ClusterJob
{
    private readonly ClusterDatabase _db;

    internal ClusterJob(ClusterDatabase db, string id) => (_db, Id) = (db, id);

    /// <summary>The job's id, for <c>newslens cluster status ID</c> and <see cref="Cluster.Job"/>.</summary>
    public string Id { get; }

    /// <summary>Shards done, failed and running, articles counted and the rate, read now.</summary>
    public ClusterProgress Progress => _db.Progress(_db.Job(Id));

    /// <summary>Waits until every shard is done or failed, polling the database.</summary>
    /// <exception cref="TimeoutException">Not finished within <paramref name="timeout"/>.</exception>
    public ClusterProgress Wait(TimeSpan timeout)
    {
        var until = DateTime.UtcNow + timeout;
        while (true)
        {
            var progress = Progress;
            if (progress.Finished) return progress;
            if (DateTime.UtcNow > until) throw new TimeoutException($"cluster job {Id} not finished after {timeout}: {progress}");
            Thread.Sleep(500);
        }
    }

    /// <summary>The merged count, identical to one machine's: <c>job.Result().Timeline(Period.Month)</c>.</summary>
    /// <param name="allowFailed">Merge the shards that succeeded even if some failed on every attempt; each failed shard is then a
    /// <see cref="ProblemKind.FailedShard"/> problem in <see cref="MergedCount.Summary"/>. Without it, such a job has no result.</param>
    /// <exception cref="ClusterException">Not every shard is done (the message says how many are), or a shard failed on every attempt and <paramref name="allowFailed"/> is off.</exception>
    public MergedCount Result(bool allowFailed = false) =>
        WithPartials(allowFailed, (files, failed) => Partials.Merge(files, failed));

    /// <summary>The merged timeline alone, streamed from the partials without keeping the articles (what <c>newslens cluster result</c> writes).</summary>
    /// <param name="period">The bucket size.</param>
    /// <param name="allowFailed">As for <see cref="Result"/>.</param>
    /// <exception cref="ClusterException">As for <see cref="Result"/>.</exception>
    public MergedTimeline Timeline(Period period, bool allowFailed = false) =>
        WithPartials(allowFailed, (files, failed) => Partials.MergeTimeline(files, period, failed));

    private T WithPartials<T>(bool allowFailed, Func<List<string>, IReadOnlyDictionary<int, string>, T> merge)
    {
        var spec = _db.Job(Id);
        var progress = _db.Progress(spec);
        if (progress.Failed > 0 && !allowFailed)
            throw new ClusterException($"{progress.Failed} of {progress.Shards} shards failed on every attempt, so the count is incomplete: {string.Join("; ", progress.Errors)} (--allow-failed merges the rest)");
        if (progress.Done + progress.Failed < progress.Shards)
            throw new ClusterException($"{progress.Done} of {progress.Shards} shards done; the result is ready when all are ('newslens cluster status {Id}')");
        if (progress.Done == 0)
            throw new ClusterException($"no shard of {progress.Shards} succeeded: {string.Join("; ", progress.Errors)}");
        var folder = Path.Combine(Path.GetTempPath(), $"newslens-result-{Id}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        try
        {
            var files = _db.SavePartials(Id, folder);
            return merge(files, allowFailed ? _db.Poisoned(Id) : new Dictionary<int, string>());
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
