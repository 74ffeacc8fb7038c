using System.Globalization;
using System.Text.RegularExpressions;

namespace NewsLens.Notebooks;

/// <summary>
/// The parameters of a notebook (papermill's convention): the code cell tagged <c>parameters</c> declares them as
/// <c>var name = literal;</c>; overrides become a cell injected right after it, typed like the defaults.
/// </summary>
public static partial class NotebookParameters
{
    /// <summary>Name and C# type ("string", "int", "double", "bool") of each declared parameter, in order.</summary>
    public static IReadOnlyList<(string Name, string Type)> Declared(string parametersCell) =>
        Declaration().Matches(parametersCell)
            .Select(m => (m.Groups["name"].Value, TypeOf(m.Groups["value"].Value.Trim())))
            .ToList();

    /// <summary>The string a parameter is set to: its override if given, else the literal the parameters cell declares; null when neither is a string.</summary>
    public static string? Value(string parametersCell, IReadOnlyDictionary<string, string> overrides, string name)
    {
        if (overrides.TryGetValue(name, out var given)) return given;
        var literal = Declaration().Matches(parametersCell).FirstOrDefault(m => m.Groups["name"].Value == name)?.Groups["value"].Value.Trim();
        return literal is { Length: >= 2 } && literal[0] == '"' && literal[^1] == '"'
            ? literal[1..^1].Replace("\\\"", "\"").Replace("\\\\", "\\") : null;
    }

    /// <summary>Parameters named like paths ("corpusPath", "lexiconFolder"): read from where the user stands, rewritten when a copy moves.</summary>
    public static bool IsPath(string name) =>
        name.EndsWith("Path", StringComparison.Ordinal) || name.EndsWith("Folder", StringComparison.Ordinal);

    /// <summary>The C# of the injected cell, or an error naming the parameter and the fix.</summary>
    public static string Inject(string notebook, string parametersCell, IReadOnlyDictionary<string, string> overrides)
    {
        var declared = Declared(parametersCell).ToDictionary(p => p.Name, p => p.Type);
        var lines = new List<string> { "// Parameters injected by newslens render" };
        foreach (var (name, value) in overrides)
        {
            if (!declared.TryGetValue(name, out var type))
                throw new ArgumentException($"{notebook}: unknown parameter '{name}'; its parameters are: {string.Join(", ", declared.Keys)}");
            lines.Add($"{name} = {Literal(notebook, name, type, value)};");
        }
        return string.Join("\n", lines);
    }

    private static string Literal(string notebook, string name, string type, string value) => type switch
    {
        "int" when int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var i) => i.ToString(CultureInfo.InvariantCulture),
        "double" when double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) => d.ToString("R", CultureInfo.InvariantCulture),
        "bool" when bool.TryParse(value, out var b) => b ? "true" : "false",
        "string" => SymbolDisplay(value),
        _ => throw new ArgumentException($"{notebook}: parameter '{name}' is {type switch { "int" => "a whole number", "double" => "a number", _ => "true or false" }}; '{value}' is not"),
    };

    private static string SymbolDisplay(string value) =>
        "\"" + value.Replace("\\", "\\\\").Replace("\"", "\\\"").Replace("\n", "\\n").Replace("\r", "\\r") + "\"";

    private static string TypeOf(string literal) =>
        literal.StartsWith('"') ? "string"
        : literal is "true" or "false" ? "bool"
        : int.TryParse(literal, NumberStyles.Integer, CultureInfo.InvariantCulture, out _) ? "int"
        : "double";

    [GeneratedRegex(@"^\s*var\s+(?<name>[A-Za-z_][A-Za-z0-9_]*)\s*=\s*(?<value>[^;]+);", RegexOptions.Multiline)]
    private static partial Regex Declaration();
}
