using Parquet.Serialization;

namespace NewsLens.Reading;

/// <summary>
/// Writes articles to a Parquet file batch by batch, in row groups of 2,000, so a corpus streamed from disk never
/// sits in memory whole. The file appears only on <see cref="Commit"/>; disposed before that, nothing is left behind.
/// </summary>
public sealed class ParquetArticleWriter : IDisposable
{
    private readonly string _path;
    private readonly string _temporary;
    private readonly FileStream _stream;
    private readonly List<Article> _pending = [];
    private bool _started;
    private bool _done;

    /// <summary>Starts a file at <paramref name="path"/> (its folder is made); nothing is visible there until <see cref="Commit"/>.</summary>
    public ParquetArticleWriter(string path)
    {
        _path = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(_path)!);
        _temporary = _path + ".tmp";
        _stream = new FileStream(_temporary, FileMode.Create, FileAccess.ReadWrite);
    }

    /// <summary>Adds articles; full row groups are written at once, the rest waits for the next batch.</summary>
    public void Append(IEnumerable<Article> articles)
    {
        ObjectDisposedException.ThrowIf(_done, this);
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
        ObjectDisposedException.ThrowIf(_done, this);
        if (_pending.Count > 0 || !_started) Flush(_pending);
        _pending.Clear();
        _stream.Dispose();
        File.Move(_temporary, _path, overwrite: true);
        _done = true;
    }

    /// <summary>Closes the file; without a commit, the partial file is deleted.</summary>
    public void Dispose()
    {
        if (_done) return;
        _done = true;
        _stream.Dispose();
        NewsLens.Text.AtomicFile.Discard(_temporary);
    }

    private void Flush(IReadOnlyList<Article> group)
    {
        var rows = group.Select(ArticleRow.From).ToList();
        var options = new Parquet.ParquetOptions { Append = _started, RowGroupSize = ParquetArticles.RowGroupSize };
        // Parquet.Net is async-only; a dedicated task keeps this safe under any synchronization context (notebooks).
        Task.Run(() => ParquetSerializer.SerializeAsync(rows, _stream, options)).GetAwaiter().GetResult();
        _started = true;
    }
}
