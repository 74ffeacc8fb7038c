
namespace NewsLens;

/// <summary>Finds the files behind the paths a user gives: files as given, folders recursively, in a stable order.</summary>
internal static class CorpusFiles
{
    /// <summary>
    /// Every file under <paramref name="paths"/>, each path's files in ordinal order of their relative path; folders
    /// that cannot be listed go to <paramref name="problems"/> and the walk goes on.
    /// </summary>
    /// <exception cref="CorpusException">A path does not exist.</exception>
    public static List<string> Expand(IReadOnlyList<string> paths, List<Problem> problems)
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
                Walk(path, found, problems);
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

    private static void Walk(string root, List<string> found, List<Problem> problems)
    {
        // A stack, not recursion: a folder tree thousands deep must not overflow the thread's stack.
        var visited = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            var folder = pending.Pop();
            try
            {
                // Symbolic links are followed, but a folder already visited (a link loop) is not entered again.
                if (!visited.Add(RealPath(folder))) continue;
                foreach (var entry in new DirectoryInfo(folder).EnumerateFileSystemInfos())
                {
                    var path = Path.Combine(folder, entry.Name);
                    if (entry is DirectoryInfo || (entry.LinkTarget is not null && Directory.Exists(path)))
                        pending.Push(path);
                    else
                        found.Add(path);
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                problems.Add(new Problem(folder, 1, $"cannot read the folder: {e.Message}; its files are not loaded", ProblemKind.UnreadableFile));
            }
        }
    }

    private static string RealPath(string folder)
    {
        var info = new DirectoryInfo(folder);
        var target = info.LinkTarget is not null ? info.ResolveLinkTarget(returnFinalTarget: true) : null;
        return Path.GetFullPath((target ?? info).FullName).TrimEnd(Path.DirectorySeparatorChar);
    }
}
