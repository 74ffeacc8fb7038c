using System.Text.RegularExpressions;

namespace NewsLens.Tests.Architecture;

/// <summary>
/// The pipeline's rooms, in the order data flows through them: files → Article → corpus → matches → mentions →
/// timeline → chart → notebook/page. A room may use what an earlier room (or its own) declares, never a later one.
/// Users see one namespace (NewsLens), so the rooms are the source folders, not namespaces.
/// </summary>
internal static partial class Stages
{
    /// <summary>Source folders (relative to src/) by rank; one rank may hold several rooms that do not use each other.</summary>
    public static readonly IReadOnlyList<string[]> Order =
    [
        ["NewsLens/Text", "NewsLens/Files"],   // rules every stage shares: normalising text, writing files whole
        ["NewsLens/Reading"],                  // files → Article
        ["NewsLens/Corpora"],                  // Articles → corpus
        ["NewsLens/Lexicons"],                 // what to look for
        ["NewsLens/Matching"],                 // text → matches (the engine)
        ["NewsLens/Mentions"],                 // corpus + matches → mentions and what is built on them
        ["NewsLens/Timelines", "NewsLens/Keyness"], // mentions → timeline; articles → the words that set a group apart
        ["NewsLens/Spikes", "NewsLens/Groups", "NewsLens/Shards"], // timeline + mentions → spikes explained; groups compared; shards' counts merged
        ["NewsLens.Cluster", "NewsLens.Charts"], // shards counted on many machines → merged mentions; timeline → chart
        ["NewsLens.Interactive"],              // → notebook views
        ["NewsLens.Notebooks"],                // → rendered notebooks and pages
        ["NewsLens.Cli"],                      // the command that drives them
    ];

    /// <summary>One use of a later room's type: the file, the type used, and the two rooms.</summary>
    public sealed record Violation(string File, string Type, string Room, string LaterRoom)
    {
        public override string ToString() => $"{File} ({Room}) uses {Type}, declared in the later {LaterRoom}";
    }

    /// <summary>Every use of a type declared in a later room. <paramref name="files"/> are (path relative to src/, text).</summary>
    public static IReadOnlyList<Violation> Check(IReadOnlyList<(string Path, string Text)> files)
    {
        var declared = new Dictionary<string, int>(StringComparer.Ordinal);
        var roomOf = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (path, text) in files)
        {
            if (Rank(path) is not var (rank, room)) continue;
            foreach (System.Text.RegularExpressions.Match m in Declaration().Matches(Code(text)))
            {
                var name = m.Groups["name"].Value;
                // A name declared in two rooms (a nested helper, say) belongs to the earliest: using it is no arrow back.
                if (!declared.TryGetValue(name, out var at) || rank < at)
                {
                    declared[name] = rank;
                    roomOf[name] = room;
                }
            }
        }
        var violations = new List<Violation>();
        foreach (var (path, text) in files)
        {
            if (Rank(path) is not var (rank, room)) continue;
            foreach (var name in Identifiers(Code(text)).Distinct())
                if (declared.TryGetValue(name, out var at) && at > rank)
                    violations.Add(new Violation(path, name, room, roomOf[name]));
        }
        return violations;
    }

    /// <summary>The shipped sources under <paramref name="src"/>, paths relative to it with '/' separators.</summary>
    public static IReadOnlyList<(string Path, string Text)> Sources(string src) =>
        Directory.EnumerateFiles(src, "*.cs", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(src, f).Replace('\\', '/'))
            .Where(f => !f.Contains("/obj/", StringComparison.Ordinal) && !f.Contains("/bin/", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(f => (f, File.ReadAllText(Path.Combine(src, f))))
            .ToList();

    private static (int Rank, string Room)? Rank(string path)
    {
        for (var rank = 0; rank < Order.Count; rank++)
            foreach (var room in Order[rank])
                if (path.StartsWith(room + "/", StringComparison.Ordinal)) return (rank, room);
        return null;
    }

    // Uses, not member names: an identifier after '.' is a member (x.Mentions), not the type Mentions.
    private static IEnumerable<string> Identifiers(string code) =>
        Identifier().Matches(code).Select(m => m.Value);

    /// <summary>The code without comments, string and character literals, so words in prose do not count as uses.</summary>
    private static string Code(string text) => NotCode().Replace(text, m => m.Value.StartsWith('"') || m.Value.StartsWith('@') || m.Value.StartsWith('$') ? "\"\"" : " ");

    [GeneratedRegex(@"\b(?:class|record(?:\s+struct)?|struct|enum|interface)\s+(?<name>[A-Z][A-Za-z0-9_]*)")]
    private static partial Regex Declaration();

    [GeneratedRegex(@"(?<![\.\w])[A-Z][A-Za-z0-9_]*\b")]
    private static partial Regex Identifier();

    // Raw strings, verbatim and interpolated strings, plain strings, chars, line and block comments.
    [GeneratedRegex(@"""""""[\s\S]*?""""""|\$?@""(?:[^""]|"""")*""|\$?""(?:[^""\\\n]|\\.)*""|'(?:[^'\\\n]|\\.)'|//[^\n]*|/\*[\s\S]*?\*/")]
    private static partial Regex NotCode();
}
