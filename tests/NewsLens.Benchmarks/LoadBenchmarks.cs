using BenchmarkDotNet.Attributes;
using NewsLens;

namespace NewsLens.Benchmarks;

/// <summary>Corpus.Load on generated corpora: seed-layout folders and one JSONL file.</summary>
[MemoryDiagnoser]
public class LoadBenchmarks
{
    private string _folder = "";
    private string _jsonl = "";

    [Params(1_000, 10_000)]
    public int Articles { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var root = Path.Combine(Path.GetTempPath(), "newslens-bench", $"load-{Articles}");
        _folder = Path.Combine(root, "txt");
        _jsonl = Path.Combine(root, "corpus.jsonl");
        if (!Directory.Exists(_folder)) new CorpusGenerator().WriteSeedLayout(_folder, Articles);
        if (!File.Exists(_jsonl)) new CorpusGenerator().WriteJsonLines(_jsonl, Articles);
    }

    [Benchmark]
    public int SeedLayoutFolder() => Corpus.Load(_folder).Summary.Articles;

    [Benchmark]
    public int JsonLines() => Corpus.Load(_jsonl).Summary.Articles;

    [Benchmark]
    public long SeedLayoutFolderToDataFrame() => Corpus.Load(_folder).Table.Rows.Count;
}
