using BenchmarkDotNet.Attributes;
using NewsLens;

namespace NewsLens.Benchmarks;

/// <summary>Counting mentions on one core, by lexicon size: the text is 2,000 generated articles (about 6 MB).</summary>
[MemoryDiagnoser]
public class MatchBenchmarks
{
    private List<Article> _articles = [];
    private Matcher _matcher = null!;

    [Params(10, 100, 1_000, 10_000)]
    public int Aliases { get; set; }

    /// <summary>UTF-8 bytes of titles and bodies: divide by the mean time for MB/s.</summary>
    public static long TextBytes { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        _articles = GeneratedArticles.InMemory(2_000);
        TextBytes = GeneratedArticles.TextBytes(_articles);
        // Compiled once: the benchmark times the scan and the tally, not building the trie.
        _matcher = Matcher.For(SyntheticLexicon.Build(Aliases));
    }

    [Benchmark]
    public int CountOneCore() => Mentions.Count(_articles, _matcher, threads: 1).Rows.Count;
}
