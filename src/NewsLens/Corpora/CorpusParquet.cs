using NewsLens.Reading;

namespace NewsLens.Corpora;

/// <summary>Saves a corpus as its columnar copy: <c>corpus.SaveParquet("corpus.parquet")</c>, loaded back by <see cref="Corpus.Load(string[])"/>.</summary>
public static class CorpusParquet
{
    /// <summary>Writes every article as one Parquet row (columns as in <see cref="ArticleColumns"/>, plus Related).</summary>
    public static void SaveParquet(this Corpus corpus, string path) => ParquetArticles.Write(corpus.ArticleList, path);
}
