
namespace NewsLens;

/// <summary>The sentence-like entry points from a corpus: <c>corpus.Count(actors)</c>, <c>Corpus.Stream(path).Count(actors)</c>.</summary>
public static class CorpusMentions
{
    /// <summary>Counts mentions of the lexicon's entries in the corpus's articles.</summary>
    /// <exception cref="InvalidOperationException">The corpus was streamed and kept no text.</exception>
    public static Mentions Count(this Corpus corpus, Lexicon lexicon) => Mentions.Count(WithText(corpus, "count mentions in it").Rows, lexicon);

    /// <summary>Counts mentions while the corpus streams from disk, keeping only metadata and counts; <c>stream.Corpus</c> is ready afterwards.</summary>
    public static Mentions Count(this CorpusStream stream, Lexicon lexicon) => Mentions.Count(stream, Matcher.For(lexicon));

    /// <summary>Candidate actors the lexicon lacks; see <see cref="Discovery.Find"/>.</summary>
    /// <exception cref="InvalidOperationException">The corpus was streamed and kept no text.</exception>
    public static Candidates Discover(this Corpus corpus, Lexicon? known = null, int minArticles = 2) =>
        Discovery.Find(WithText(corpus, "discover names in it").Rows, known, minArticles);

    private static Corpus WithText(Corpus corpus, string what) => corpus.HasText ? corpus : throw new InvalidOperationException(
        $"this corpus was streamed and kept no text, so nothing can {what}: count while streaming (Corpus.Stream(path).Count(lexicon)) or load it with Corpus.Load(path)");
}
