using System.Diagnostics;
using BenchmarkDotNet.Running;
using NewsLens.Benchmarks;
using NewsLens;

// generate <seed|jsonl|wire> <count> <out>  write a deterministic corpus (wire: short wire stories as JSONL)
// measure <path>...                      one timed load outside BenchmarkDotNet: articles/s, MB/s, peak memory
// stream <path>...                       one timed streaming read (text let go batch by batch): articles/s, MB/s, peak memory
// steps <file.jsonl>                     where one record's reading time and memory go, step by step, on one thread
// match <articles|corpus path> <aliases|lexicon.yaml...>  counting rate in MB/s on one core and on all cores
// spikes <corpus> [entities] [period]   spikes and explanations of a streamed count: time and peak memory
// anything else                          BenchmarkDotNet (e.g. --filter '*Load*')
switch (args.FirstOrDefault())
{
    case "generate" when args.Length == 4:
    {
        var count = int.Parse(args[2]);
        var generator = new CorpusGenerator(wire: args[1] == "wire");
        var bytes = args[1] is "jsonl" or "wire" ? generator.WriteJsonLines(args[3], count) : generator.WriteSeedLayout(args[3], count);
        Console.WriteLine($"wrote {count:N0} articles, {bytes / 1e6:F1} MB, to {args[3]}");
        return 0;
    }
    case "steps" when args.Length == 2:
        return ReadingSteps.Run(args[1]);
    case "measure" when args.Length >= 2:
    {
        var paths = args[1..];
        var bytes = paths.Sum(SizeOf);
        var clock = Stopwatch.StartNew();
        var corpus = Corpus.Load(paths);
        var loaded = clock.Elapsed.TotalSeconds;
        var rows = corpus.Table.Rows.Count;
        var withFrame = clock.Elapsed.TotalSeconds;
        var peak = Process.GetCurrentProcess().PeakWorkingSet64;
        Console.WriteLine($"| {string.Join(" ", paths)} | {corpus.Summary.Records:N0} records | {rows:N0} articles | " +
                          $"{bytes / 1e6:F1} MB | load {loaded:F2} s | +DataFrame {withFrame:F2} s | " +
                          $"{rows / withFrame:N0} articles/s | {bytes / 1e6 / withFrame:F1} MB/s | peak {peak / 1e6:F0} MB |");
        return 0;
    }
    case "stream" when args.Length >= 2:
    {
        var paths = args[1..];
        var bytes = paths.Sum(SizeOf);
        var clock = Stopwatch.StartNew();
        var stream = Corpus.Stream(paths);
        long textChars = 0;
        foreach (var batch in stream.Batches())
            foreach (var article in batch) textChars += article.Text.Length;
        var seconds = clock.Elapsed.TotalSeconds;
        var articles = stream.Corpus.Summary.Articles;
        var peak = Process.GetCurrentProcess().PeakWorkingSet64;
        // Tab-separated for scale.sh: articles, seconds, articles/s, MB/s, peak MB, text characters seen.
        Console.WriteLine($"{articles}\t{seconds:F2}\t{articles / seconds:F0}\t{bytes / 1e6 / seconds:F1}\t{peak / 1e6:F0}\t{textChars}");
        Console.Error.WriteLine($"allocated {GC.GetTotalAllocatedBytes() / 1e6:F0} MB; collections gen0 {GC.CollectionCount(0)}, gen1 {GC.CollectionCount(1)}, gen2 {GC.CollectionCount(2)}; paused {GC.GetTotalPauseDuration().TotalSeconds:F2} s");
        return 0;
    }
    case "match" when args.Length >= 3:
    {
        // A number generates that many articles; a path loads a real corpus, repeated to at least 50 MB so timings are stable.
        var articles = int.TryParse(args[1], out var count) ? GeneratedArticles.InMemory(count) : GeneratedArticles.Repeated(Corpus.Load(args[1]).Rows, 50_000_000);
        var bytes = GeneratedArticles.TextBytes(articles);
        var lexicon = int.TryParse(args[2], out var aliases) ? SyntheticLexicon.Build(aliases) : NewsLens.Lexicon.Load(args[2..]);
        var aliasCount = lexicon.Entries.Sum(e => e.Aliases.Count(a => !a.IsMetonym));
        var matcher = NewsLens.Matcher.For(lexicon);
        NewsLens.Mentions.Count(articles, matcher); // warm up the JIT
        foreach (var threads in new[] { 1, Environment.ProcessorCount })
        {
            var best = double.MaxValue;
            IReadOnlyList<NewsLens.MentionRow> rows = [];
            for (var run = 0; run < 6; run++)
            {
                var clock = Stopwatch.StartNew();
                rows = NewsLens.Mentions.Count(articles, matcher, threads).Rows;
                best = Math.Min(best, clock.Elapsed.TotalSeconds);
            }
            Console.WriteLine($"| {aliasCount:N0} aliases | {threads} thread(s) | {bytes / 1e6:F1} MB | {best:F3} s | {bytes / 1e6 / best:F0} MB/s | {rows.Sum(r => r.Count):N0} mentions |");
        }
        return 0;
    }
    case "spikes" when args.Length >= 2:
    {
        // spikes <corpus> [entities] [period]: stream-count with the shipped lexicons, then time spikes and their
        // explanations for the most mentioned entities, with the default options and with loose ones that find many.
        var entities = args.Length > 2 ? int.Parse(args[2]) : 200;
        var period = args.Length > 3 ? Enum.Parse<Period>(args[3], ignoreCase: true) : Period.Week;
        var lexicon = NewsLens.Lexicon.Load(Directory.GetFiles(Path.Combine(CorpusGenerator.RepoRoot(), "data", "lexicons"), "*.yaml").Order(StringComparer.Ordinal).ToArray());
        var clock = Stopwatch.StartNew();
        var mentions = Corpus.Stream(args[1]).Count(lexicon);
        var counted = clock.Elapsed.TotalSeconds;
        Console.WriteLine($"counted {mentions.Articles.Count:N0} articles, {mentions.Rows.Count:N0} article × entity rows (streamed, no text kept) in {counted:F1} s; peak {Process.GetCurrentProcess().PeakWorkingSet64 / 1e6:F0} MB");
        foreach (var (name, options) in new[] { ("default", SpikeOptions.Default), ("loose", new SpikeOptions(MinRatio: 1.2, FalseDiscoveryRate: 0.5)) })
        {
            clock.Restart();
            var timeline = mentions.Timeline(period).Top(entities);
            var built = clock.Elapsed.TotalSeconds;
            var spikes = timeline.Spikes(options);
            var total = clock.Elapsed.TotalSeconds;
            var read = spikes.Sum(s => s.Phrases.Count > 0 ? 1 : 0);
            Console.WriteLine($"| {name} | {timeline.Entities.Count} entities × {timeline.Periods.Count} {period.ToString().ToLowerInvariant()}s | {spikes.Count:N0} spikes, {read:N0} with phrases | timeline {built:F2} s | spikes + explanations {total - built:F2} s | total {total:F2} s | peak {Process.GetCurrentProcess().PeakWorkingSet64 / 1e6:F0} MB |");
            foreach (var s in spikes.Take(3)) Console.WriteLine($"    {s.Label} {s.First:yyyy-MM-dd}: {s.Articles} articles, {s.Expected:F1} expected; {string.Join(", ", s.Phrases.Take(4).Select(p => p.Phrase))}");
        }
        return 0;
    }
    default:
        BenchmarkSwitcher.FromAssembly(typeof(LoadBenchmarks).Assembly).Run(args);
        return 0;
}

static long SizeOf(string path) => File.Exists(path)
    ? new FileInfo(path).Length
    : new DirectoryInfo(path).EnumerateFiles("*", SearchOption.AllDirectories).Sum(f => f.Length);
