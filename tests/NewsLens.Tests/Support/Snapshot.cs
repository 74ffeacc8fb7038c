using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace NewsLens.Tests.Support;

/// <summary>
/// Output compared with a file committed under tests/NewsLens.Tests/Snapshots, so that a change in what a view or chart
/// shows is seen in review. Run the tests with NEWSLENS_UPDATE_SNAPSHOTS=1 to accept new output (then read the diff).
/// </summary>
public static partial class Snapshot
{
    private static string Folder => Path.Combine(Repo.Root, "tests", "NewsLens.Tests", "Snapshots");

    /// <summary>Compares HTML, one block element per line for a readable diff.</summary>
    public static void Html(string name, string html) => Match(name + ".html", BlockStart().Replace(html, "\n$0").TrimStart('\n') + "\n");

    /// <summary>Compares JSON, indented.</summary>
    public static void Json(string name, string json) =>
        Match(name + ".json", JsonNode.Parse(json)!.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n");

    private static void Match(string file, string actual)
    {
        var path = Path.Combine(Folder, file);
        if (Environment.GetEnvironmentVariable("NEWSLENS_UPDATE_SNAPSHOTS") == "1")
        {
            Directory.CreateDirectory(Folder);
            File.WriteAllText(path, actual);
            return;
        }
        var received = Path.Combine(Path.GetTempPath(), "newslens-snapshots", file);
        if (!File.Exists(path))
        {
            Save(received, actual);
            Assert.Fail($"no snapshot {file}; the output is in {received}. Accept it with NEWSLENS_UPDATE_SNAPSHOTS=1 and review the new file.");
        }
        var expected = File.ReadAllText(path).ReplaceLineEndings("\n");
        if (expected == actual) return;
        Save(received, actual);
        var (e, a) = (expected.Split('\n'), actual.Split('\n'));
        var line = Enumerable.Range(0, Math.Min(e.Length, a.Length)).FirstOrDefault(i => e[i] != a[i], Math.Min(e.Length, a.Length));
        Assert.Fail($"{file} differs from its snapshot at line {line + 1}:\n  expected: {Cut(line < e.Length ? e[line] : "(end)")}\n  actual:   {Cut(line < a.Length ? a[line] : "(end)")}\n" +
                    $"the output is in {received}; if the change is intended, accept it with NEWSLENS_UPDATE_SNAPSHOTS=1.");
    }

    private static void Save(string path, string text)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    private static string Cut(string s) => s.Length > 300 ? s[..300] + "…" : s;

    [GeneratedRegex("<(?:div|p|table|caption|thead|tbody|tr|ul|ol|li|h[1-6]|details|summary|script|mark)\\b")]
    private static partial Regex BlockStart();
}
