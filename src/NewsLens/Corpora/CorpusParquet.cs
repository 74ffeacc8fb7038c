
namespace NewsLens;

/// <summary>Saves a corpus as its columnar copy: <c>corpus.SaveParquet("corpus.parquet")</c>, loaded back by <see cref="Corpus.Load(string[])"/>.</summary>
public static class CorpusParquet
{
    /// <summary>Writes every article as one Parquet row (columns as in <see cref="ArticleColumns"/>, plus Related).</summary>
    /// <exception cref="InvalidOperationException">The corpus was streamed and kept no text.</exception>
    public static void SaveParquet(this Corpus corpus, string path)
    {
        if (!corpus.HasText)
            throw new InvalidOperationException("this corpus was streamed and kept no text: save it while streaming, Corpus.Stream(path).SaveParquet(target)");
        ParquetArticles.Write(corpus.Rows, path);
    }

    /// <summary>Writes the articles as they stream from disk, a row group at a time, and returns the corpus read (metadata only).</summary>
    /// <exception cref="CorpusException">Nothing read was an article; nothing is written.</exception>
    public static Corpus SaveParquet(this CorpusStream stream, string path)
    {
        using var writer = new ParquetArticleWriter(path);
        foreach (var batch in stream.Batches()) writer.Append(batch);
        writer.Commit();
        return stream.Corpus;
    }
}
