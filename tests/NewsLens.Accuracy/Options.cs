namespace NewsLens.Accuracy;

/// <summary>Command-line options; paths default to the team's layout (the repository beside ../shared).</summary>
internal sealed record Options(string Corpus, string Lexicons, bool Metonyms, int Top, int Examples)
{
    public static Options Parse(string[] args)
    {
        var root = RepositoryRoot();
        var options = new Options(
            Path.GetFullPath(Path.Combine(root, "..", "shared", "corpora", "reuters21578-train", "reuters21578-train.jsonl")),
            Path.Combine(root, "data", "lexicons"), Metonyms: false, Top: 40, Examples: 12);
        for (var i = 0; i < args.Length; i++)
        {
            string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
            options = args[i] switch
            {
                "--corpus" => options with { Corpus = Next() },
                "--lexicons" => options with { Lexicons = Next() },
                "--metonyms" => options with { Metonyms = true },
                "--top" => options with { Top = int.Parse(Next(), System.Globalization.CultureInfo.InvariantCulture) },
                "--examples" => options with { Examples = int.Parse(Next(), System.Globalization.CultureInfo.InvariantCulture) },
                _ => throw new ArgumentException($"unknown option {args[i]}; known: --corpus, --lexicons, --metonyms, --top, --examples"),
            };
        }
        return options;
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(Environment.CurrentDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Analysis.sln"))) return dir.FullName;
        return Environment.CurrentDirectory;
    }
}
