namespace NewsLens.Corpora;

/// <summary>Finds the files behind the paths a user gives: files as given, folders recursively, in a stable order.</summary>
internal static class CorpusFiles
{
    /// <summary>Every file under <paramref name="paths"/>, each path's files in ordinal order of their relative path.</summary>
    /// <exception cref="CorpusException">A path does not exist.</exception>
    public static List<string> Expand(IReadOnlyList<string> paths)
    {
        var files = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            if (File.Exists(path))
            {
                if (seen.Add(Path.GetFullPath(path))) files.Add(path);
            }
            else if (Directory.Exists(path))
            {
                var found = new List<string>();
                Walk(path, found, new HashSet<string>(StringComparer.Ordinal));
                found.Sort(StringComparer.Ordinal);
                files.AddRange(found.Where(f => seen.Add(Path.GetFullPath(f))));
            }
            else
            {
                throw new CorpusException(
                    $"corpus path not found: {path} (looked in {Path.GetFullPath(path)}; relative paths start at {Environment.CurrentDirectory})");
            }
        }
        return files;
    }

    private static void Walk(string folder, List<string> found, HashSet<string> visited)
    {
        // Symbolic links are followed, but a folder already visited (a link loop) is not entered again.
        var real = RealPath(folder);
        if (!visited.Add(real)) return;
        foreach (var entry in new DirectoryInfo(folder).EnumerateFileSystemInfos())
        {
            var path = Path.Combine(folder, entry.Name);
            if (entry is DirectoryInfo || (entry.LinkTarget is not null && Directory.Exists(path)))
                Walk(path, found, visited);
            else
                found.Add(path);
        }
    }

    private static string RealPath(string folder)
    {
        var info = new DirectoryInfo(folder);
        var target = info.LinkTarget is not null ? info.ResolveLinkTarget(returnFinalTarget: true) : null;
        return Path.GetFullPath((target ?? info).FullName).TrimEnd(Path.DirectorySeparatorChar);
    }
}
