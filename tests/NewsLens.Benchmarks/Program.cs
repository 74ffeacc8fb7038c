using System.Diagnostics;
using BenchmarkDotNet.Running;
using NewsLens.Benchmarks;
using NewsLens.Corpora;

// generate <seed|jsonl> <count> <out>   write a deterministic corpus
// measure <path>...                      one timed load outside BenchmarkDotNet: articles/s, MB/s, peak memory
// anything else                          BenchmarkDotNet (e.g. --filter '*Load*')
switch (args.FirstOrDefault())
{
    case "generate" when args.Length == 4:
    {
        var count = int.Parse(args[2]);
        var generator = new CorpusGenerator();
        var bytes = args[1] == "jsonl" ? generator.WriteJsonLines(args[3], count) : generator.WriteSeedLayout(args[3], count);
        Console.WriteLine($"wrote {count:N0} articles, {bytes / 1e6:F1} MB, to {args[3]}");
        return 0;
    }
    case "measure" when args.Length >= 2:
    {
        var paths = args[1..];
        var bytes = paths.Sum(SizeOf);
        var clock = Stopwatch.StartNew();
        var corpus = Corpus.Load(paths);
        var loaded = clock.Elapsed.TotalSeconds;
        var rows = corpus.Articles.Rows.Count;
        var withFrame = clock.Elapsed.TotalSeconds;
        var peak = Process.GetCurrentProcess().PeakWorkingSet64;
        Console.WriteLine($"| {string.Join(" ", paths)} | {corpus.Summary.Records:N0} records | {rows:N0} articles | " +
                          $"{bytes / 1e6:F1} MB | load {loaded:F2} s | +DataFrame {withFrame:F2} s | " +
                          $"{rows / withFrame:N0} articles/s | {bytes / 1e6 / withFrame:F1} MB/s | peak {peak / 1e6:F0} MB |");
        return 0;
    }
    default:
        BenchmarkSwitcher.FromAssembly(typeof(LoadBenchmarks).Assembly).Run(args);
        return 0;
}

static long SizeOf(string path) => File.Exists(path)
    ? new FileInfo(path).Length
    : new DirectoryInfo(path).EnumerateFiles("*", SearchOption.AllDirectories).Sum(f => f.Length);
