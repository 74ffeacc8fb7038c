using System.Diagnostics;
using System.Text;
using System.Text.Json;
using NewsLens.Tests.Cli;
using NewsLens.Tests.Support;
using Xunit.Abstractions;

namespace NewsLens.Tests.Cluster;

/// <summary>
/// Counting on a cluster with real PostgreSQL and real worker processes: the result is byte-identical to one machine's
/// count, a worker killed mid-shard loses nothing, the driver may leave and come back, a shard that always fails is
/// reported, a wrong connection string gives one line.
/// </summary>
[Collection(nameof(ClusterTests))]
public sealed class ClusterTests(ITestOutputHelper output) : IDisposable
{
    private readonly TempFolder _dir = new();

    public void Dispose() => _dir.Dispose();

    [ClusterFact]
    public void Two_worker_processes_count_100k_articles_as_one_machine_does()
    {
        using var db = new TestDatabase();
        var (corpus, lexicon) = WriteCorpus(100_000);
        var clock = Stopwatch.StartNew();
        var job = Submit(db, corpus, lexicon, shards: 8);
        using (new WorkerProcess(db.ConnectionString, 10))
        using (new WorkerProcess(db.ConnectionString, 10))
        {
            var progress = NewsLens.Cluster.Job(db.ConnectionString, job).Wait(TimeSpan.FromMinutes(10));
            Assert.Equal((8, 0), (progress.Done, progress.Failed));
            Assert.Equal(100_000, progress.Articles);
        }
        output.WriteLine($"100,000 articles in 8 shards on two workers: {clock.Elapsed.TotalSeconds:F1} s from submit to the last shard");

        foreach (var format in new[] { "csv", "json" })
        {
            var one = CliRunner.Run("count", corpus, "--lexicon", lexicon, "--period", "month", "--format", format);
            var cluster = CliRunner.Run("cluster", "result", job, "--db", db.ConnectionString, "--period", "month", "--format", format);
            Assert.True(cluster.Exit == 0, cluster.Err);
            Assert.Equal(one.Out, cluster.Out);
        }
        // Both workers took shards.
        Assert.Equal(2L, db.Scalar("select count(distinct worker) from newslens.partials"));
    }

    [ClusterFact]
    public void A_worker_killed_while_it_holds_a_shard_loses_nothing_and_counts_nothing_twice()
    {
        using var db = new TestDatabase();
        var (corpus, lexicon) = WriteCorpus(60_000);
        var job = Submit(db, corpus, lexicon, shards: 3);
        const int retryAfter = 5;
        var doomed = new WorkerProcess(db.ConnectionString, retryAfter);
        // Wait until it holds a shard: an attempt started and not finished.
        var wait = Stopwatch.StartNew();
        while (Convert.ToInt64(db.Scalar("select count(*) from newslens.attempts where finished is null")) == 0)
        {
            Assert.True(wait.Elapsed < TimeSpan.FromMinutes(2), "the worker never started a shard");
            Thread.Sleep(20);
        }
        doomed.Kill();
        var killed = Stopwatch.StartNew();
        doomed.Dispose();
        using (new WorkerProcess(db.ConnectionString, retryAfter))
        {
            var progress = NewsLens.Cluster.Job(db.ConnectionString, job).Wait(TimeSpan.FromMinutes(5));
            Assert.Equal((3, 0), (progress.Done, progress.Failed));
        }
        output.WriteLine($"killed with kill -9 while counting; every shard done {killed.Elapsed.TotalSeconds:F1} s later (retry after {retryAfter} s)");

        // The killed attempt stays unfinished; its shard was counted again elsewhere, and saved once.
        Assert.True(Convert.ToInt64(db.Scalar("select count(*) from newslens.attempts where finished is null")) >= 1);
        Assert.Equal(3L, db.Scalar("select count(*) from newslens.partials"));
        var one = CliRunner.Run("count", corpus, "--lexicon", lexicon, "--period", "week");
        var cluster = CliRunner.Run("cluster", "result", job, "--db", db.ConnectionString, "--period", "week");
        Assert.Equal(one.Out, cluster.Out);
    }

    [ClusterFact]
    public void The_driver_may_leave_after_submitting_and_the_result_waits_for_every_shard()
    {
        using var db = new TestDatabase();
        var (corpus, lexicon) = WriteCorpus(5_000);
        // The driver is its own process and is gone once it has submitted.
        var submit = RunProcess("cluster", "submit", corpus, "--lexicon", lexicon, "--shards", "4", "--db", db.ConnectionString);
        Assert.True(submit.Exit == 0, submit.Err);
        var job = submit.Out.Trim();

        var early = CliRunner.Run("cluster", "result", job, "--db", db.ConnectionString);
        Assert.Equal(1, early.Exit);
        Assert.Equal("", early.Out);
        Assert.Contains("0 of 4 shards done", early.Err);

        using (new WorkerProcess(db.ConnectionString, 10))
            NewsLens.Cluster.Job(db.ConnectionString, job).Wait(TimeSpan.FromMinutes(5));
        var status = CliRunner.Run("cluster", "status", job, "--db", db.ConnectionString);
        Assert.StartsWith("4 of 4 shards done, 0 failed", status.Out);
        var late = CliRunner.Run("cluster", "result", job, "--db", db.ConnectionString);
        Assert.Equal(0, late.Exit);
        Assert.Equal(CliRunner.Run("count", corpus, "--lexicon", lexicon).Out, late.Out);
    }

    [ClusterFact]
    public void A_shard_that_fails_every_time_is_reported_not_retried_for_ever()
    {
        using var db = new TestDatabase();
        var (corpus, lexicon) = WriteCorpus(1_000);
        var job = Submit(db, corpus, lexicon, shards: 2);
        // The workers cannot see the corpus (gone from the shared disk): every attempt fails.
        Directory.Delete(corpus, recursive: true);
        using (new WorkerProcess(db.ConnectionString, 10))
        {
            var progress = NewsLens.Cluster.Job(db.ConnectionString, job).Wait(TimeSpan.FromMinutes(3));
            Assert.Equal((0, 2), (progress.Done, progress.Failed));
        }
        Assert.Equal((long)ShardWork.MaxAttempts * 2, db.Scalar("select count(*) from newslens.attempts where error is not null"));
        var result = CliRunner.Run("cluster", "result", job, "--db", db.ConnectionString);
        Assert.Equal(1, result.Exit);
        Assert.Equal("", result.Out);
        Assert.Contains("2 of 2 shards failed on every attempt", result.Err);
        Assert.Contains("0/2: failed 3 times", result.Err);
        Assert.Contains("corpus path not found", result.Err);
        Assert.Contains("--allow-failed merges the rest", result.Err);
    }

    [ClusterFact]
    public void With_allow_failed_the_shards_that_succeeded_are_written_and_the_failed_one_is_a_problem()
    {
        using var db = new TestDatabase();
        var (corpus, lexicon) = WriteCorpus(4_000);
        var job = Submit(db, corpus, lexicon, shards: 2);
        using (new WorkerProcess(db.ConnectionString, 10))
            NewsLens.Cluster.Job(db.ConnectionString, job).Wait(TimeSpan.FromMinutes(3));
        // Shard 1 is made to have failed: its partial gone, given up with a reason.
        db.Scalar($"delete from newslens.partials where job = '{job}' and shard = 1");
        db.Scalar($"insert into newslens.poisoned (job, shard, error) values ('{job}', 1, 'failed 3 times; last: disk read error')");

        var refused = CliRunner.Run("cluster", "result", job, "--db", db.ConnectionString);
        Assert.Equal(1, refused.Exit);
        Assert.Equal("", refused.Out);

        var partial = CliRunner.Run("cluster", "result", job, "--db", db.ConnectionString, "--allow-failed");
        Assert.Equal(2, partial.Exit);
        Assert.Equal("warning: shard 1/2 failed on every attempt, its records are not counted: failed 3 times; last: disk read error", partial.Err.TrimEnd());
        var merged = NewsLens.Cluster.Job(db.ConnectionString, job).Result(allowFailed: true);
        var whole = Corpus.Stream(corpus).Count(Lexicon.Load(lexicon));
        // About half the corpus: shard 0's articles only.
        Assert.InRange(merged.Mentions.Articles.Count, whole.Articles.Count / 3, 2 * whole.Articles.Count / 3);
        Assert.Single(merged.Summary.Problems, p => p.Kind == ProblemKind.FailedShard);
        Assert.Equal(merged.Summary.Articles + merged.Summary.Problems.Count, merged.Summary.Records);
        Assert.False(string.IsNullOrEmpty(partial.Out));
    }

    [Theory]
    [InlineData("Host=127.0.0.1;Port=1;Database=nowhere;Username=someone;Password=s3cret-pw;Timeout=3")]
    [InlineData("Hostname==;;Port=abc")]
    public void A_wrong_connection_string_gives_one_clear_line_without_the_password(string db)
    {
        foreach (var args in new[]
        {
            new[] { "cluster", "status", "abc", "--db", db },
            new[] { "cluster", "result", "abc", "--db", db },
            new[] { "cluster", "submit", _dir.Path, "--lexicon", _dir.Write("l.yaml", HarbourWire.LexiconYaml), "--shards", "2", "--db", db },
        })
        {
            var result = CliRunner.Run(args);
            Assert.Equal(1, result.Exit);
            Assert.Single(result.Err.TrimEnd().Split('\n'));
            Assert.StartsWith("error: cannot reach PostgreSQL with --db", result.Err);
            Assert.DoesNotContain("s3cret-pw", result.Err);
        }
    }

    private static string Submit(TestDatabase db, string corpus, string lexicon, int shards)
    {
        var submit = CliRunner.Run("cluster", "submit", corpus, "--lexicon", lexicon, "--shards", shards.ToString(), "--db", db.ConnectionString);
        Assert.True(submit.Exit == 0, submit.Err);
        return submit.Out.Trim();
    }

    /// <summary>Short wire stories as JSONL in a folder of their own (two files), with a repeated story in each tenth thousand.</summary>
    private (string Corpus, string Lexicon) WriteCorpus(int articles)
    {
        var folder = Path.Combine(_dir.Path, "corpus");
        Directory.CreateDirectory(folder);
        string[] names = ["Marta Alvarez", "Daniel Okafor", "the Dockers' Union", "a Norwegian shipowner", "harbour pilots"];
        string[] events = ["inspected the storm damage", "met ferry operators", "called for a ballot", "signed a berth contract", "warned of gales"];
        for (var f = 0; f < 2; f++)
        {
            using var writer = new StreamWriter(Path.Combine(folder, $"wire-{f}.jsonl"), false, new UTF8Encoding(false));
            for (var i = f * articles / 2; i < (f + 1) * articles / 2; i++)
            {
                var date = new DateOnly(2019, 1, 1).AddDays(i % 700);
                var who = names[i % names.Length];
                var what = events[i / 7 % events.Length];
                // Every thousandth story repeats one from far earlier, url and all, so duplicates cross shard borders.
                var id = i % 1000 == 999 ? i / 3 : i;
                var text = $"PORTSMOUTH, {date:MMMM d} (Harbour Wire) - {who} {what} on {date:dddd}, story {id}. Okafor said the port would stay open.";
                writer.WriteLine(JsonSerializer.Serialize(new { title = $"{who.ToUpperInvariant()} {what.ToUpperInvariant()} {id}", date = date.ToString("yyyy-MM-dd"), url = $"https://harbourwire.example/{id}", text }));
            }
        }
        return (folder, _dir.Write("harbour.yaml", HarbourWire.LexiconYaml));
    }

    private static (int Exit, string Out, string Err) RunProcess(params string[] args)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "NewsLens.Cli.dll"));
        foreach (var a in args) start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output, error.Result);
    }
}
