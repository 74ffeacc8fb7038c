using System.Text.Json;
using System.Text.Json.Nodes;

namespace NewsLens.Notebooks;

/// <summary>A notebook file as JSON, kept whole so that rendering writes back everything it did not change.</summary>
public sealed class Notebook
{
    private Notebook(string path, JsonObject root)
    {
        Path = path;
        Root = root;
    }

    /// <summary>The file it was read from.</summary>
    public string Path { get; }

    /// <summary>The nbformat JSON.</summary>
    public JsonObject Root { get; }

    /// <summary>The cells, in order.</summary>
    public JsonArray Cells => Root["cells"]!.AsArray();

    /// <summary>Reads a notebook; a file that is not nbformat JSON fails with its path and the reason.</summary>
    public static Notebook Load(string path)
    {
        try
        {
            var root = JsonNode.Parse(File.ReadAllText(path))?.AsObject() ?? throw new JsonException("empty");
            if (root["cells"] is not JsonArray) throw new JsonException("no 'cells' list");
            return new Notebook(System.IO.Path.GetFullPath(path), root);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            throw new InvalidDataException($"{path}: not a notebook (nbformat JSON): {e.Message}");
        }
    }

    /// <summary>The source of a cell as one string.</summary>
    public static string Source(JsonNode cell) => cell["source"] switch
    {
        JsonArray lines => string.Concat(lines.Select(l => l?.GetValue<string>())),
        JsonValue value => value.GetValue<string>(),
        _ => "",
    };

    /// <summary>Whether a cell is code.</summary>
    public static bool IsCode(JsonNode cell) => cell["cell_type"]?.GetValue<string>() == "code";

    /// <summary>Whether a cell carries a tag.</summary>
    public static bool HasTag(JsonNode cell, string tag) =>
        cell["metadata"]?["tags"] is JsonArray tags && tags.Any(t => t?.GetValue<string>() == tag);

    /// <summary>Source text as nbformat lines (each but the last ending in a newline).</summary>
    public static JsonArray Lines(string source)
    {
        var parts = source.Split('\n');
        var lines = new JsonArray();
        for (var i = 0; i < parts.Length; i++)
            lines.Add(i < parts.Length - 1 ? parts[i] + "\n" : parts[i]);
        return lines;
    }
}
