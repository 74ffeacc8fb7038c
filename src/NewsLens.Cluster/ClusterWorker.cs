using Hangfire;

namespace NewsLens;

/// <summary>A worker process: takes shards from the job database and counts them, one at a time on all cores, until stopped.</summary>
public static class ClusterWorker
{
    /// <summary>Runs until <paramref name="stop"/> is cancelled.</summary>
    /// <param name="db">PostgreSQL connection string.</param>
    /// <param name="retryAfter">How long a shard held by a worker that stopped answering waits before another takes it.</param>
    /// <param name="stop">Cancelled to stop; the shard being counted is left for another worker.</param>
    /// <param name="log">Where a line per shard goes.</param>
    /// <exception cref="ClusterException">PostgreSQL unreachable.</exception>
    public static void Run(string db, TimeSpan retryAfter, CancellationToken stop, TextWriter? log = null)
    {
        var database = new ClusterDatabase(db);
        database.Prepare();
        var storage = ClusterQueue.Storage(db, retryAfter);
        var name = $"{Environment.MachineName}:{Environment.ProcessId}";
        var client = new BackgroundJobClient(storage);
        var options = new BackgroundJobServerOptions
        {
            // One shard at a time: a shard's count already uses every core.
            WorkerCount = 1,
            Queues = [ClusterQueue.Name],
            ServerName = name,
            Activator = new Activator(new ShardWork(database, client, name)),
            SchedulePollingInterval = TimeSpan.FromSeconds(1),
        };
        using var server = new BackgroundJobServer(options, storage);
        log?.WriteLine($"worker {name} waiting for shards (a dead worker's shard is retried after {retryAfter.TotalSeconds:N0} s)");
        stop.WaitHandle.WaitOne();
        server.SendStop();
    }

    /// <summary>Gives Hangfire the one <see cref="ShardWork"/> this worker runs.</summary>
    private sealed class Activator(ShardWork work) : JobActivator
    {
        public override object ActivateJob(Type jobType) => jobType == typeof(ShardWork) ? work : base.ActivateJob(jobType);
    }
}
