using Hangfire;

namespace NewsLens;

/// <summary>
/// Counting on many machines through Hangfire and PostgreSQL: <c>var job = Cluster.Submit(db, [corpus], lexicon,
/// shards: 64)</c> puts one job per shard in the database, workers (<c>newslens worker --db ...</c>, any number, on
/// any machine that sees the corpus path) count them, and <c>job.Result()</c> merges them into what one machine's
/// count gives. The driver may stop and come back: <c>Cluster.Job(db, id)</c>.
/// </summary>
public static class Cluster
{
    /// <summary>How long a shard held by a worker that stopped answering waits before another worker takes it, unless set.</summary>
    public static readonly TimeSpan DefaultRetryAfter = TimeSpan.FromMinutes(1);

    /// <summary>Submits a count of <paramref name="corpus"/> in <paramref name="shards"/> shards; returns at once.</summary>
    /// <param name="db">PostgreSQL connection string (Npgsql form: <c>Host=...;Database=...;Username=...;Password=...</c>).</param>
    /// <param name="corpus">Files or folders, as the workers will see them.</param>
    /// <param name="lexicon">The lexicon; its YAML travels with the job.</param>
    /// <param name="shards">Shards, at least 1; more shards than workers balance uneven ones.</param>
    /// <exception cref="ClusterException">PostgreSQL unreachable.</exception>
    /// <exception cref="ArgumentException">No corpus path, fewer than one shard, or a lexicon built in code rather than read from YAML.</exception>
    public static ClusterJob Submit(string db, IEnumerable<string> corpus, Lexicon lexicon, int shards)
    {
        var paths = corpus.ToList();
        if (paths.Count == 0) throw new ArgumentException("no corpus path given: pass the files or folders the workers will read", nameof(corpus));
        if (shards < 1) throw new ArgumentException($"{shards} shards: a job needs at least one", nameof(shards));
        if (lexicon.Sources.Count == 0) throw new ArgumentException("the lexicon has no YAML to send to the workers: load it with Lexicon.Load or Lexicon.Parse", nameof(lexicon));
        var database = new ClusterDatabase(db);
        database.Prepare();
        var spec = new ClusterJobSpec(Guid.NewGuid().ToString("N")[..12], paths, lexicon.Sources, lexicon.UsesMetonyms, shards);
        database.AddJob(spec);
        var client = new BackgroundJobClient(ClusterQueue.Storage(db, DefaultRetryAfter));
        for (var k = 0; k < shards; k++)
        {
            var shard = k;
            client.Enqueue<ShardWork>(w => w.Run(spec.Id, shard));
        }
        return new ClusterJob(database, spec.Id);
    }

    /// <summary>A job submitted earlier, by its id.</summary>
    /// <exception cref="ClusterException">PostgreSQL unreachable, or no job with that id.</exception>
    public static ClusterJob Job(string db, string id)
    {
        var database = new ClusterDatabase(db);
        database.Prepare();
        database.Job(id);
        return new ClusterJob(database, id);
    }
}
