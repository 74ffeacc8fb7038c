using System.Diagnostics;
using System.Text;

namespace NewsLens.Benchmarks;

/// <summary>
/// Where a JSONL record's reading cost goes: each step run over every record of a file on one thread (best of three
/// rounds), with the bytes it allocates, then the whole read of the file as <c>Corpus.Stream</c> does it on all cores.
/// </summary>
internal static class ReadingSteps
{
    public static int Run(string path)
    {
        var lines = File.ReadLines(path).Where(l => l.Length > 0).Select(l => (ReadOnlyMemory<byte>)Encoding.UTF8.GetBytes(l)).ToArray();
        var records = lines.Select(l => JsonLinesReader.Parse(l, out _)).OfType<RecordFields>().ToArray();
        var articles = lines.Select((l, i) => JsonLinesReader.ParseLine(l, i + 1, path).Article).OfType<Article>().ToArray();
        Console.WriteLine($"{path}: {lines.Length:N0} records, {lines.Sum(l => (long)l.Length) / (double)lines.Length:F0} bytes each");
        Console.WriteLine("| step | µs per record | bytes allocated per record |");
        Console.WriteLine("|---|---:|---:|");
        long sink = 0;
        Step("JSON parse and field strings", lines, l => sink += JsonLinesReader.Parse(l, out _)?.Title?.Length ?? 0);
        Step("date", records, r => sink += DateReading.Read(r.Published ?? "").Success ? 1 : 0);
        Step("site from url", records, r => sink += SourceSite.FromUrl(r.Url)?.Length ?? 0);
        Step("dateline place", records, r => sink += Datelines.PlaceOf(r.Text ?? "")?.Length ?? 0);
        Step("word count", records, r => sink += WordCount.Of(r.Text ?? ""));
        Step("id (SHA-256)", records, r => sink += ArticleId.For(r.Title ?? "", null, r.Url, r.Text ?? "").Length);
        var problems = new List<Problem>();
        Step("article from fields (all of the above but parsing)", records, r => { problems.Clear(); sink += r.ToArticle(path, 1, problems, problems, true)?.Words ?? 0; });
        Step("duplicate key (SHA-256 of the text, url)", articles, a => sink += DuplicateKey.Of(a).Content > 0 ? 1 : 0);
        Step("whole line (`ParseLine`)", lines, l => sink += JsonLinesReader.ParseLine(l, 1, path).Article?.Words ?? 0);

        foreach (var round in new[] { 1, 2 })
        {
            double Wall<T>(IReadOnlyList<T> items, Func<T, long> step)
            {
                var c = Stopwatch.StartNew();
                long total = 0;
                Parallel.For(0, items.Count, () => 0L, (i, _, sum) => sum + step(items[i]), sum => Interlocked.Add(ref total, sum));
                sink += total;
                return c.Elapsed.TotalSeconds * 1e6 / items.Count;
            }
            Console.WriteLine($"all cores, µs wall per record: words {Wall(records, r => WordCount.Of(r.Text ?? "")):F2}, " +
                $"ParseLine {Wall(lines, l => JsonLinesReader.ParseLine(l, 1, path).Article?.Words ?? 0):F2}, " +
                $"dateline {Wall(records, r => Datelines.PlaceOf(r.Text ?? "")?.Length ?? 0):F2}, " +
                $"id {Wall(records, r => ArticleId.For("", null, null, r.Text ?? "").Length):F2}, " +
                $"json {Wall(lines, l => JsonLinesReader.Parse(l, out _)?.Title?.Length ?? 0):F2}");
        }
        for (var round = 0; round < 2; round++)
        {
            var c = Stopwatch.StartNew();
            var n = 0;
            foreach (var b in JsonLinesReader.ReadFileInBatches(path)) n += b.Articles.Count;
            Console.WriteLine($"JsonLinesReader alone: {c.Elapsed.TotalSeconds:F2} s");
        }
        var clock = Stopwatch.StartNew();
        var stream = Corpus.Stream(path);
        foreach (var _ in stream.Batches()) { }
        var seconds = clock.Elapsed.TotalSeconds;
        Console.WriteLine($"\nCorpus.Stream on {Environment.ProcessorCount} cores: {seconds:F2} s, {stream.Corpus.Summary.Articles / seconds:N0} articles/s, " +
                          $"{seconds * 1e6 * Environment.ProcessorCount / lines.Length:F1} µs of core time per record ({sink % 10})");
        return 0;
    }

    private static void Step<T>(string name, IReadOnlyList<T> items, Action<T> step)
    {
        var best = double.MaxValue;
        long bytes = 0;
        for (var round = 0; round < 3; round++)
        {
            var allocated = GC.GetAllocatedBytesForCurrentThread();
            var clock = Stopwatch.StartNew();
            foreach (var item in items) step(item);
            best = Math.Min(best, clock.Elapsed.TotalSeconds);
            bytes = GC.GetAllocatedBytesForCurrentThread() - allocated;
        }
        Console.WriteLine($"| {name} | {best * 1e6 / items.Count:F2} | {bytes / items.Count:N0} |");
    }
}
