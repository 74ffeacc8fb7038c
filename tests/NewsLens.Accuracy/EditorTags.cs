using System.Text.Json;

namespace NewsLens.Accuracy;

/// <summary>The editors' document-level tags of one story, keyed by its url in the JSONL.</summary>
/// <param name="Places">Country codes such as <c>uk</c>, <c>west-germany</c>.</param>
/// <param name="People">Person codes such as <c>james-baker</c>.</param>
internal sealed record EditorTags(IReadOnlyList<string> Places, IReadOnlyList<string> People)
{
    /// <summary>Reads the <c>places</c> and <c>people</c> lists of every line, by <c>url</c>.</summary>
    public static Dictionary<string, EditorTags> Read(string jsonl)
    {
        var tags = new Dictionary<string, EditorTags>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(jsonl))
        {
            if (string.IsNullOrWhiteSpace(line)) continue;
            using var doc = JsonDocument.Parse(line);
            var root = doc.RootElement;
            if (!root.TryGetProperty("url", out var url) || url.GetString() is not { } key) continue;
            tags[key] = new EditorTags(List(root, "places"), List(root, "people"));
        }
        return tags;
    }

    private static List<string> List(JsonElement root, string name) =>
        root.TryGetProperty(name, out var list) && list.ValueKind == JsonValueKind.Array
            ? list.EnumerateArray().Select(e => e.GetString() ?? "").Where(s => s.Length > 0).ToList()
            : [];
}
