namespace NewsLens;

/// <summary>What a cluster job counts: the corpus paths (as the workers see them), the lexicon's YAML, the shard count.</summary>
internal sealed record ClusterJobSpec(string Id, IReadOnlyList<string> Corpus, IReadOnlyList<LexiconSource> Lexicon, bool Metonyms, int Shards)
{
    /// <summary>The lexicon compiled from its YAML, as on the machine that submitted the job.</summary>
    public NewsLens.Lexicon CompileLexicon() => NewsLens.Lexicon.Of(Lexicon).WithMetonyms(Metonyms);
}
