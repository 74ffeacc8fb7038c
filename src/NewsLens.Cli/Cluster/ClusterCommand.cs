using System.CommandLine;
using NewsLens.Cli.Common;
using NewsLens.Cli.Count;

namespace NewsLens.Cli.Cluster;

/// <summary>
/// <c>newslens cluster submit|status|result</c>: a count on many machines, driven from one; and <c>newslens worker</c>,
/// which counts its shards.
/// </summary>
internal static class ClusterCommand
{
    private static Option<string> Db() => new("--db")
    {
        Description = "PostgreSQL connection string, e.g. \"Host=db;Database=newslens;Username=newslens;Password=...\" (or NEWSLENS_DB).",
        DefaultValueFactory = _ => Environment.GetEnvironmentVariable("NEWSLENS_DB") ?? "",
    };

    public static Command Create()
    {
        var command = new Command("cluster", "Count on many machines through PostgreSQL and Hangfire: submit a job, watch it, get its result.")
        {
            Submit(), Status(), Result(),
        };
        return command;
    }

    private static Command Submit()
    {
        var corpus = Inputs.CorpusPaths();
        var lexicons = Inputs.Lexicons(required: true);
        var metonyms = Inputs.Metonyms();
        var shards = new Option<int>("--shards") { Description = "Shards to cut the corpus into (one job each).", Required = true };
        var db = Db();
        var command = new Command("submit", "Put one job per shard in the database and print the job's id; workers ('newslens worker') count them.")
        {
            corpus, lexicons, metonyms, shards, db,
        };
        command.SetAction(parse => Guarded(parse.InvocationConfiguration.Error, error =>
        {
            if (Inputs.LoadLexicon(parse.GetRequiredValue(lexicons), parse.GetValue(metonyms), error) is not { } lexicon) return CommandLine.InputError;
            var paths = parse.GetRequiredValue(corpus);
            if (paths.FirstOrDefault(p => !File.Exists(p) && !Directory.Exists(p)) is { } missing)
            {
                error.WriteLine($"error: {missing}: no such file or folder here (workers read the same path, so it must exist where they run too)");
                return CommandLine.InputError;
            }
            var count = parse.GetValue(shards);
            if (count < 1)
            {
                error.WriteLine($"error: --shards {count}: a job needs at least one shard");
                return CommandLine.InputError;
            }
            var job = NewsLens.Cluster.Submit(Required(parse.GetValue(db)), paths.Select(Path.GetFullPath), lexicon, count);
            parse.InvocationConfiguration.Output.WriteLine(job.Id);
            return CommandLine.Ok;
        }));
        return command;
    }

    private static Command Status()
    {
        var id = new Argument<string>("job") { Description = "The job id 'cluster submit' printed." };
        var db = Db();
        var command = new Command("status", "How far a job has got: shards done, failed and running, articles counted, articles/s.") { id, db };
        command.SetAction(parse => Guarded(parse.InvocationConfiguration.Error, error =>
        {
            var progress = NewsLens.Cluster.Job(Required(parse.GetValue(db)), parse.GetRequiredValue(id)).Progress;
            var output = parse.InvocationConfiguration.Output;
            output.WriteLine(progress.ToString());
            foreach (var e in progress.Errors) output.WriteLine($"failed: {e}");
            return CommandLine.Ok;
        }));
        return command;
    }

    private static Command Result()
    {
        var id = new Argument<string>("job") { Description = "The job id 'cluster submit' printed." };
        var period = CountCommand.PeriodOption();
        var format = CountCommand.FormatOption();
        var db = Db();
        var allowFailed = new Option<bool>("--allow-failed")
        {
            Description = $"If shards failed on every attempt, write the rest anyway, name the failed ones on stderr and exit with {IncompleteResult}.",
        };
        var command = new Command("result", "The job's timeline, the same as 'newslens count' would write; fails, saying how far it is, until every shard is done.")
        {
            id, period, format, allowFailed, db,
        };
        command.SetAction(parse => Guarded(parse.InvocationConfiguration.Error, error =>
        {
            var merged = NewsLens.Cluster.Job(Required(parse.GetValue(db)), parse.GetRequiredValue(id))
                .Timeline(PeriodCalendar.Parse(parse.GetRequiredValue(period)), parse.GetValue(allowFailed));
            CountCommand.Write(merged.Timeline, parse.GetValue(format), parse.InvocationConfiguration.Output);
            var failed = merged.Summary.Problems.Where(p => p.Kind == ProblemKind.FailedShard).ToList();
            foreach (var p in failed) error.WriteLine($"warning: {p.Path} {p.Reason}");
            return failed.Count > 0 ? IncompleteResult : CommandLine.Ok;
        }));
        return command;
    }

    /// <summary><c>newslens worker --db ...</c>: counts shards until stopped (Ctrl+C or SIGTERM).</summary>
    public static Command Worker()
    {
        var db = Db();
        var retryAfter = new Option<int>("--retry-after")
        {
            Description = "Seconds before a shard held by a worker that stopped answering (killed, lost) is counted by another.",
            DefaultValueFactory = _ => (int)NewsLens.Cluster.DefaultRetryAfter.TotalSeconds,
        };
        var command = new Command("worker", "Count shards of cluster jobs from the database, one at a time on all cores, until stopped.") { db, retryAfter };
        command.SetAction(parse => Guarded(parse.InvocationConfiguration.Error, error =>
        {
            using var stop = new CancellationTokenSource();
            Console.CancelKeyPress += (_, e) => { e.Cancel = true; stop.Cancel(); };
            using var term = System.Runtime.InteropServices.PosixSignalRegistration.Create(System.Runtime.InteropServices.PosixSignal.SIGTERM, c => { c.Cancel = true; stop.Cancel(); });
            ClusterWorker.Run(Required(parse.GetValue(db)), TimeSpan.FromSeconds(Math.Max(1, parse.GetValue(retryAfter))), stop.Token, error);
            return CommandLine.Ok;
        }));
        return command;
    }

    /// <summary>Exit code of <c>cluster result --allow-failed</c> when shards are missing from what it wrote.</summary>
    private const int IncompleteResult = 2;

    private static string Required(string? db) => string.IsNullOrWhiteSpace(db)
        ? throw new ClusterException("no database: pass --db \"Host=...;Database=...;Username=...;Password=...\" or set NEWSLENS_DB")
        : db;

    private static int Guarded(TextWriter error, Func<TextWriter, int> run)
    {
        try
        {
            return run(error);
        }
        catch (ClusterException e)
        {
            error.WriteLine($"error: {e.Message}");
            return CommandLine.InputError;
        }
        catch (PartialException e)
        {
            error.WriteLine($"error: {e.Message}");
            return CommandLine.InputError;
        }
    }
}
