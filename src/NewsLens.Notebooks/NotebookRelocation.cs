using System.Text.RegularExpressions;

namespace NewsLens.Notebooks;

/// <summary>
/// Rewrites the relative paths of a notebook saved into another folder (its path parameters), so that the rendered copy
/// re-runs from where it was written, in Jupyter or VS Code, as the original did from its own.
/// </summary>
internal static partial class NotebookRelocation
{
    /// <summary>Points the code at the same files from <paramref name="toFolder"/>.</summary>
    public static string Code(string code, string fromFolder, string toFolder, bool isParameters)
    {
        if (!isParameters) return code;
        return StringParameter().Replace(code, m =>
        {
            var value = m.Groups["value"].Value;
            if (!NotebookParameters.IsPath(m.Groups["name"].Value) || value.Length == 0 || Path.IsPathRooted(value) || value.Contains('\\')) return m.Value;
            return m.Groups["head"].Value + Relative(toFolder, Path.Combine(fromFolder, value)) + "\";";
        });
    }

    private static string Relative(string folder, string path) =>
        Path.GetRelativePath(folder, Path.GetFullPath(path)).Replace('\\', '/');

    // A parameter declared as a plain string literal; NotebookParameters.IsPath says whether it names a path.
    [GeneratedRegex("""^(?<head>\s*var\s+(?<name>[A-Za-z_][A-Za-z0-9_]*)\s*=\s*")(?<value>[^"\\]*)";""", RegexOptions.Multiline)]
    private static partial Regex StringParameter();
}
