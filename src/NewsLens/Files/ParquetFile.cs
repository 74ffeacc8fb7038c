using Parquet.Serialization;

namespace NewsLens;

/// <summary>
/// A Parquet file written one row group at a time into a temporary file beside it and moved into place by
/// <see cref="Commit"/>, like <see cref="AtomicFile"/>: disposed before that, nothing is left behind.
/// </summary>
internal sealed class ParquetFile<TRow> : IDisposable where TRow : new()
{
    private readonly string _path;
    private readonly string _temporary;
    private readonly int _rowGroupSize;
    private readonly FileStream _stream;
    private bool _started;
    private bool _done;

    /// <summary>Starts the file (its folder is made); nothing is visible at <paramref name="path"/> until <see cref="Commit"/>.</summary>
    public ParquetFile(string path, int rowGroupSize)
    {
        _path = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(_path)!);
        _temporary = _path + ".tmp";
        _rowGroupSize = rowGroupSize;
        _stream = new FileStream(_temporary, FileMode.Create, FileAccess.ReadWrite);
    }

    /// <summary>True once committed or disposed: nothing more can be written.</summary>
    public bool Closed => _done;

    /// <summary>Writes the rows as the next row group.</summary>
    public void Write(IReadOnlyCollection<TRow> rows)
    {
        ObjectDisposedException.ThrowIf(_done, this);
        var options = new Parquet.ParquetOptions { Append = _started, RowGroupSize = _rowGroupSize };
        // Parquet.Net is async-only; a dedicated task keeps this safe under any synchronization context (notebooks).
        Task.Run(() => ParquetSerializer.SerializeAsync(rows, _stream, options)).GetAwaiter().GetResult();
        _started = true;
    }

    /// <summary>Moves the file into place; a file with no rows still gets its schema, so readers can open it.</summary>
    public void Commit()
    {
        ObjectDisposedException.ThrowIf(_done, this);
        if (!_started) Write([]);
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
        AtomicFile.Discard(_temporary);
    }
}
