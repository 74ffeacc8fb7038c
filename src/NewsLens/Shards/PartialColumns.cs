namespace NewsLens;

/// <summary>Which columns of a partial's row group a reader needs.</summary>
internal enum PartialColumns
{
    /// <summary>The shard row and the lexicon: what a merge checks before it reads on.</summary>
    Header,
    /// <summary>What a timeline and the corpus summary need: dates, words, sites, fingerprints, mentions, problems.</summary>
    Counts,
    /// <summary>Those and the articles' ids, titles, bylines and datelines, for merged mentions one can go back through.</summary>
    Articles,
}
