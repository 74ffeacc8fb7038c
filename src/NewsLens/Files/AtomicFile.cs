namespace NewsLens;

/// <summary>Writes a file whole or not at all: into a temporary file beside it, then moved over it.</summary>
public static class AtomicFile
{
    /// <summary>Creates the folder, lets <paramref name="write"/> fill a temporary path, and moves it to <paramref name="path"/>.</summary>
    public static void Write(string path, Action<string> write)
    {
        var full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        // A reader (a browser, DuckDB, a later render) never sees half a file.
        var temporary = full + ".tmp";
        try
        {
            write(temporary);
            File.Move(temporary, full, overwrite: true);
        }
        catch
        {
            Discard(temporary);
            throw;
        }
    }

    /// <summary>Deletes a temporary file left by a write that failed; a failure to delete must not hide the first error.</summary>
    public static void Discard(string temporary)
    {
        try { File.Delete(temporary); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { }
    }

    /// <summary>Writes UTF-8 text whole or not at all.</summary>
    public static void WriteAllText(string path, string text) => Write(path, t => File.WriteAllText(t, text));

    /// <summary>Writes bytes whole or not at all.</summary>
    public static void WriteAllBytes(string path, byte[] bytes) => Write(path, t => File.WriteAllBytes(t, bytes));
}
