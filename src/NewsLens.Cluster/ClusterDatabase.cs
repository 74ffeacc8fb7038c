using Npgsql;

namespace NewsLens;

/// <summary>
/// NewsLens's own tables beside Hangfire's, in the schema <c>newslens</c>: jobs (corpus, lexicon YAML, shard count),
/// the saved partial of each done shard (its primary key makes a shard done once, whoever finishes first), every
/// attempt (who started it, when, how it ended), and the shards given up on.
/// </summary>
internal sealed class ClusterDatabase(string connectionString)
{
    private const string Schema = """
        create schema if not exists newslens;
        create table if not exists newslens.jobs (
            id text primary key, created timestamptz not null default now(), corpus text[] not null,
            lexicon_names text[] not null, lexicon_yaml text[] not null, metonyms boolean not null, shards int not null);
        create table if not exists newslens.partials (
            job text not null references newslens.jobs(id), shard int not null, partial bytea not null,
            articles int not null, records int not null, seconds double precision not null, worker text not null,
            finished timestamptz not null default now(), primary key (job, shard));
        create table if not exists newslens.attempts (
            id bigserial primary key, job text not null references newslens.jobs(id), shard int not null, worker text not null,
            started timestamptz not null default now(), finished timestamptz, error text);
        create table if not exists newslens.poisoned (
            job text not null references newslens.jobs(id), shard int not null, error text not null, primary key (job, shard));
        """;

    /// <summary>The connection string as given, for Hangfire's storage.</summary>
    public string ConnectionString => connectionString;

    /// <summary>Makes the tables if they are missing; fails with one line when PostgreSQL cannot be reached.</summary>
    /// <exception cref="ClusterException">PostgreSQL unreachable or the connection string unreadable.</exception>
    public void Prepare() => Run(c => Execute(c, Schema));

    public void AddJob(ClusterJobSpec job) => Run(c =>
    {
        using var command = new NpgsqlCommand(
            "insert into newslens.jobs (id, corpus, lexicon_names, lexicon_yaml, metonyms, shards) values ($1, $2, $3, $4, $5, $6)", c);
        command.Parameters.AddWithValue(job.Id);
        command.Parameters.AddWithValue(job.Corpus.ToArray());
        command.Parameters.AddWithValue(job.Lexicon.Select(s => s.Name).ToArray());
        command.Parameters.AddWithValue(job.Lexicon.Select(s => s.Yaml).ToArray());
        command.Parameters.AddWithValue(job.Metonyms);
        command.Parameters.AddWithValue(job.Shards);
        command.ExecuteNonQuery();
    });

    /// <exception cref="ClusterException">No job has this id.</exception>
    public ClusterJobSpec Job(string id) => Run(c =>
    {
        using var command = new NpgsqlCommand("select corpus, lexicon_names, lexicon_yaml, metonyms, shards from newslens.jobs where id = $1", c);
        command.Parameters.AddWithValue(id);
        using var reader = command.ExecuteReader();
        if (!reader.Read()) throw new ClusterException($"no cluster job '{id}' in this database; 'newslens cluster submit' prints the id of each job");
        var names = reader.GetFieldValue<string[]>(1);
        var yaml = reader.GetFieldValue<string[]>(2);
        return new ClusterJobSpec(id, reader.GetFieldValue<string[]>(0), [.. names.Zip(yaml, (n, y) => new LexiconSource(n, y))], reader.GetBoolean(3), reader.GetInt32(4));
    });

    /// <summary>Whether the shard needs no more work: saved, or given up on.</summary>
    public bool IsSettled(string job, int shard) => Run(c =>
    {
        using var command = new NpgsqlCommand(
            "select exists (select 1 from newslens.partials where job = $1 and shard = $2) or exists (select 1 from newslens.poisoned where job = $1 and shard = $2)", c);
        command.Parameters.AddWithValue(job);
        command.Parameters.AddWithValue(shard);
        return (bool)command.ExecuteScalar()!;
    });

    public long StartAttempt(string job, int shard, string worker) => Run(c =>
    {
        using var command = new NpgsqlCommand("insert into newslens.attempts (job, shard, worker) values ($1, $2, $3) returning id", c);
        command.Parameters.AddWithValue(job);
        command.Parameters.AddWithValue(shard);
        command.Parameters.AddWithValue(worker);
        return (long)command.ExecuteScalar()!;
    });

    /// <summary>Saves a shard's partial unless another worker saved it first (then this one is dropped).</summary>
    public void SavePartial(string job, int shard, byte[] partial, int articles, int records, double seconds, string worker, long attempt) => Run(c =>
    {
        using var transaction = c.BeginTransaction();
        using (var command = new NpgsqlCommand(
            "insert into newslens.partials (job, shard, partial, articles, records, seconds, worker) values ($1, $2, $3, $4, $5, $6, $7) on conflict do nothing", c, transaction))
        {
            foreach (var value in new object[] { job, shard, partial, articles, records, seconds, worker }) command.Parameters.AddWithValue(value);
            command.ExecuteNonQuery();
        }
        using (var command = new NpgsqlCommand("update newslens.attempts set finished = now() where id = $1", c, transaction))
        {
            command.Parameters.AddWithValue(attempt);
            command.ExecuteNonQuery();
        }
        transaction.Commit();
    });

    /// <summary>Records a failed attempt and returns how many attempts of the shard have failed.</summary>
    public int FailAttempt(string job, int shard, long attempt, string error) => Run(c =>
    {
        using (var command = new NpgsqlCommand("update newslens.attempts set finished = now(), error = $2 where id = $1", c))
        {
            command.Parameters.AddWithValue(attempt);
            command.Parameters.AddWithValue(error);
            command.ExecuteNonQuery();
        }
        using var count = new NpgsqlCommand("select count(*) from newslens.attempts where job = $1 and shard = $2 and error is not null", c);
        count.Parameters.AddWithValue(job);
        count.Parameters.AddWithValue(shard);
        return (int)(long)count.ExecuteScalar()!;
    });

    public void Poison(string job, int shard, string error) => Run(c =>
    {
        using var command = new NpgsqlCommand("insert into newslens.poisoned (job, shard, error) values ($1, $2, $3) on conflict do nothing", c);
        command.Parameters.AddWithValue(job);
        command.Parameters.AddWithValue(shard);
        command.Parameters.AddWithValue(error);
        command.ExecuteNonQuery();
    });

    public ClusterProgress Progress(ClusterJobSpec job) => Run(c =>
    {
        using var command = new NpgsqlCommand("""
            select (select count(*) from newslens.partials where job = $1),
                   (select count(*) from newslens.poisoned where job = $1),
                   (select count(*) from newslens.attempts a where job = $1 and finished is null
                        and not exists (select 1 from newslens.partials p where p.job = a.job and p.shard = a.shard)),
                   (select coalesce(sum(articles), 0) from newslens.partials where job = $1),
                   (select extract(epoch from (coalesce((select max(finished) from newslens.partials where job = $1), now())
                        - (select min(started) from newslens.attempts where job = $1))))
            """, c);
        command.Parameters.AddWithValue(job.Id);
        long done, failed, running, articles;
        double? seconds;
        using (var reader = command.ExecuteReader())
        {
            reader.Read();
            (done, failed, running, articles) = (reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2), reader.GetInt64(3));
            seconds = reader.IsDBNull(4) ? null : (double)reader.GetDecimal(4);
        }
        var errors = new List<string>();
        using (var poisoned = new NpgsqlCommand("select shard, error from newslens.poisoned where job = $1 order by shard", c))
        {
            poisoned.Parameters.AddWithValue(job.Id);
            using var reader = poisoned.ExecuteReader();
            while (reader.Read()) errors.Add($"{reader.GetInt32(0)}/{job.Shards}: {reader.GetString(1)}");
        }
        return new ClusterProgress(job.Shards, (int)done, (int)failed, (int)running, articles,
            seconds is > 0 ? articles / seconds.Value : 0, errors);
    });

    /// <summary>The shards given up on, with why.</summary>
    public Dictionary<int, string> Poisoned(string job) => Run(c =>
    {
        using var command = new NpgsqlCommand("select shard, error from newslens.poisoned where job = $1", c);
        command.Parameters.AddWithValue(job);
        using var reader = command.ExecuteReader();
        var found = new Dictionary<int, string>();
        while (reader.Read()) found[reader.GetInt32(0)] = reader.GetString(1);
        return found;
    });

    /// <summary>
    /// Copies a job's saved partials into <paramref name="folder"/>, one file per shard, and returns their paths. Each is
    /// streamed from its row to its file, so the driver never holds more than a buffer of them (at 100M articles the
    /// partials are ~20 GB; the merge that reads them keeps only fingerprints).
    /// </summary>
    public List<string> SavePartials(string job, string folder) => Run(c =>
    {
        using var command = new NpgsqlCommand("select shard, partial from newslens.partials where job = $1 order by shard", c);
        command.Parameters.AddWithValue(job);
        using var reader = command.ExecuteReader(System.Data.CommandBehavior.SequentialAccess);
        var files = new List<string>();
        while (reader.Read())
        {
            var file = Path.Combine(folder, $"{reader.GetInt32(0)}.parquet");
            using (var partial = reader.GetStream(1))
            using (var output = File.Create(file))
                partial.CopyTo(output);
            files.Add(file);
        }
        return files;
    });

    private T Run<T>(Func<NpgsqlConnection, T> use)
    {
        NpgsqlConnection connection;
        try
        {
            connection = new NpgsqlConnection(connectionString);
            connection.Open();
        }
        catch (Exception e) when (e is NpgsqlException or ArgumentException or InvalidOperationException or System.Net.Sockets.SocketException or TimeoutException)
        {
            throw new ClusterException($"cannot reach PostgreSQL with --db '{Masked(connectionString)}': {e.Message}; check host, port, database, user and password", e);
        }
        using (connection) return use(connection);
    }

    private void Run(Action<NpgsqlConnection> use) => Run<bool>(c => { use(c); return true; });

    private static void Execute(NpgsqlConnection connection, string sql)
    {
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }

    /// <summary>The connection string without its password, for messages.</summary>
    internal static string Masked(string connectionString)
    {
        try
        {
            var builder = new NpgsqlConnectionStringBuilder(connectionString);
            if (!string.IsNullOrEmpty(builder.Password)) builder.Password = "***";
            return builder.ConnectionString;
        }
        catch (ArgumentException)
        {
            return "(unreadable connection string)";
        }
    }
}
