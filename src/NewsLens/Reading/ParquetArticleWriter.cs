
namespace NewsLens;

/// <summary>
/// Writes articles to a Parquet file batch by batch, in row groups of 2,000, so a corpus streamed from disk never
/// sits in memory whole. The file appears only on <see cref="Commit"/>; disposed before that, nothing is left behind.
/// </summary>
public sealed class ParquetArticleWriter : IDisposable
{
    private readonly ParquetFile<ArticleRow> _file;
    private readonly List<Article> _pending = [];

    /// <summary>Starts a file at <paramref name="path"/> (its folder is made); nothing is visible there until <see cref="Commit"/>.</summary>
    public ParquetArticleWriter(string path) => _file = new ParquetFile<ArticleRow>(path, ParquetArticles.RowGroupSize);

    /// <summary>Adds articles; full row groups are written at once, the rest waits for the next batch.</summary>
    public void Append(IEnumerable<Article> articles)
    {
        ObjectDisposedException.ThrowIf(_file.Closed, this);
        _pending.AddRange(articles);
        while (_pending.Count >= ParquetArticles.RowGroupSize)
        {
            Flush(_pending.GetRange(0, ParquetArticles.RowGroupSize));
            _pending.RemoveRange(0, ParquetArticles.RowGroupSize);
        }
    }

    /// <summary>Writes what is left and moves the file into place.</summary>
    public void Commit()
    {
        ObjectDisposedException.ThrowIf(_file.Closed, this);
        if (_pending.Count > 0) Flush(_pending);
        _pending.Clear();
        _file.Commit();
    }

    /// <summary>Closes the file; without a commit, the partial file is deleted.</summary>
    public void Dispose() => _file.Dispose();

    private void Flush(IEnumerable<Article> group) => _file.Write(group.Select(ArticleRow.From).ToList());
}
