using NewsLens.Corpora;
using NewsLens.Lexicons;

namespace NewsLens.Matching;

/// <summary>The sentence-like entry point from a corpus: <c>corpus.Count(actors)</c>.</summary>
public static class CorpusMentions
{
    /// <summary>Counts mentions of the lexicon's entries in the corpus's articles.</summary>
    public static Mentions Count(this Corpus corpus, Lexicon lexicon) => Mentions.Count(corpus.ArticleList, lexicon);

    /// <summary>Candidate actors the lexicon lacks; see <see cref="Discovery.Candidates"/>.</summary>
    public static IReadOnlyList<Candidate> Discover(this Corpus corpus, Lexicon? known = null, int minArticles = 2) =>
        Discovery.Candidates(corpus.ArticleList, known, minArticles);
}
