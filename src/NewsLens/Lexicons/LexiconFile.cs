using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace NewsLens;

/// <summary>Reads one lexicon YAML file into entries, collecting every error with its line and the fix.</summary>
internal static class LexiconFile
{
    private static readonly string[] KnownKeys = ["id", "label", "kind", "aliases", "patterns", "exclude", "case", "metonyms", "weak", "datelines", "note", "roles"];

    /// <summary>The file's YAML, named by its path.</summary>
    public static LexiconSource Read(string path)
    {
        if (!File.Exists(path))
            throw new LexiconException([$"{path}: lexicon file not found (looked in {Path.GetFullPath(path)}); check the path, relative paths start at {Environment.CurrentDirectory}"]);
        return new LexiconSource(path, File.ReadAllText(path));
    }

    public static List<LexiconEntry> Parse(string yaml, string file)
    {
        var errors = new List<string>();
        var entries = new List<LexiconEntry>();
        YamlStream stream = [];
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException e)
        {
            throw new LexiconException([$"{file}:{e.Start.Line}: YAML syntax error: {Inner(e)}; check indentation and quoting (quote aliases that contain ':' or '#')"]);
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root ||
            !root.Children.TryGetValue(new YamlScalarNode("entries"), out var list) || list is not YamlSequenceNode sequence)
        {
            throw new LexiconException([$"{file}:1: expected a mapping with an 'entries' list at the top, e.g. 'entries:' then '  - id: putin'"]);
        }

        foreach (var node in sequence.Children)
        {
            if (node is not YamlMappingNode map)
            {
                errors.Add($"{file}:{Line(node)}: an entry must be a mapping with id, label, kind and aliases");
                continue;
            }
            if (ReadEntry(map, file, errors) is { } entry) entries.Add(entry);
        }
        if (errors.Count > 0) throw new LexiconException(errors);
        return entries;
    }

    private static LexiconEntry? ReadEntry(YamlMappingNode map, string file, List<string> errors)
    {
        var line = Line(map);
        var before = errors.Count;
        var id = Scalar(map, "id");
        var where = id is null ? $"{file}:{line}" : $"{file}:{line}: entry '{id}'";

        foreach (var key in map.Children.Keys)
        {
            var name = (key as YamlScalarNode)?.Value ?? "";
            if (!KnownKeys.Contains(name))
                errors.Add($"{file}:{Line(key)}: unknown key '{name}'{(id is null ? "" : $" in entry '{id}'")}; " +
                           $"known keys: {string.Join(", ", KnownKeys)}{Suggest(name)}");
        }

        if (string.IsNullOrWhiteSpace(id))
            errors.Add($"{file}:{line}: entry has no 'id'; add a stable id such as 'id: vladimir_putin'");

        var kind = Scalar(map, "kind")?.Trim().ToLowerInvariant();
        if (string.IsNullOrEmpty(kind))
            errors.Add($"{where}: no 'kind'; add 'kind: person' (or country, organization, place, topic, or a kind of your own)");

        var caseRule = Scalar(map, "case")?.Trim().ToLowerInvariant();
        bool? caseSensitive = caseRule switch
        {
            null => null,
            "sensitive" => true,
            "insensitive" => false,
            _ => Error(errors, $"{file}:{Line(map, "case")}: case '{caseRule}' in entry '{id}' is not a case rule; write 'case: sensitive' or 'case: insensitive'"),
        };

        var aliases = new List<Alias>();
        aliases.AddRange(Phrases(map, "aliases", file, id, errors, allowPatterns: true, metonym: false));
        aliases.AddRange(Phrases(map, "patterns", file, id, errors, allowPatterns: true, metonym: false));
        aliases.AddRange(Phrases(map, "metonyms", file, id, errors, allowPatterns: false, metonym: true));
        if (aliases.Count == 0 && errors.Count == before)
            errors.Add(map.Children.ContainsKey(new YamlScalarNode("weak"))
                ? $"{where}: only weak aliases, which count only beside a strong alias or metonym of the same entry; add 'aliases: [\"...\"]' with its full name"
                : $"{where}: no aliases; add 'aliases: [\"...\"]' with the phrases that mention it");
        aliases.AddRange(Phrases(map, "weak", file, id, errors, allowPatterns: false, metonym: false).Select(a => a with { IsWeak = true }));
        aliases.AddRange(Phrases(map, "datelines", file, id, errors, allowPatterns: false, metonym: false).Select(a => a with { IsDateline = true }));

        var excludes = Phrases(map, "exclude", file, id, errors, allowPatterns: false, metonym: false)
            .Select(a => a.Text).ToList();

        if (errors.Count > before) return null;
        var label = Scalar(map, "label") is { Length: > 0 } l ? l.Trim() : id!;
        return new LexiconEntry(id!.Trim(), label, kind!, caseSensitive ?? EntryKind.IsCaseSensitiveByDefault(kind!),
            aliases, excludes, file, line);
    }

    private static List<Alias> Phrases(YamlMappingNode map, string key, string file, string? id, List<string> errors,
        bool allowPatterns, bool metonym)
    {
        var result = new List<Alias>();
        if (!map.Children.TryGetValue(new YamlScalarNode(key), out var node)) return result;
        var items = node switch
        {
            YamlSequenceNode seq => seq.Children,
            YamlScalarNode { Value: { Length: > 0 } } scalar => [scalar],
            _ => null,
        };
        if (items is null)
        {
            errors.Add($"{file}:{Line(node)}: '{key}' of entry '{id}' must be a list of phrases, e.g. {key}: [\"Vladimir Putin\", \"Putin\"]");
            return result;
        }
        foreach (var item in items)
        {
            var at = $"{file}:{Line(item)}";
            if (item is not YamlScalarNode { Value: var raw } || raw is null)
            {
                errors.Add($"{at}: an item of '{key}' in entry '{id}' is not a phrase; write each as a quoted string");
                continue;
            }
            var text = TextRules.NormalizePhrase(raw);
            if (text.Length == 0)
            {
                errors.Add($"{at}: empty {Singular(key)} in entry '{id}'; remove it or write the phrase");
                continue;
            }
            var star = text.IndexOf('*');
            if (star >= 0 && !allowPatterns)
            {
                errors.Add($"{at}: '{raw}' in '{key}' of entry '{id}' contains '*'; {key} are exact phrases, patterns belong in aliases");
                continue;
            }
            if (star >= 0 && (star != text.Length - 1 || star < 3 || !TextRules.IsWordChar(text[star - 1])))
            {
                errors.Add($"{at}: malformed pattern '{raw}' in entry '{id}': one '*' may only end a pattern, after at least 3 characters of a word (e.g. 'denucleari*')");
                continue;
            }
            result.Add(new Alias(star >= 0 ? text[..^1] : text, star >= 0, metonym, Line(item)));
        }
        return result;
    }

    private static string? Scalar(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var node) ? (node as YamlScalarNode)?.Value : null;

    private static int Line(YamlNode node) => (int)node.Start.Line;

    private static int Line(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var node) ? Line(node) : Line(map);

    private static bool? Error(List<string> errors, string message)
    {
        errors.Add(message);
        return null;
    }

    private static string Singular(string key) => key switch
    {
        "aliases" => "alias",
        "patterns" => "pattern",
        "metonyms" => "metonym",
        "weak" => "weak alias",
        "datelines" => "dateline place",
        _ => "phrase",
    };

    private static string Suggest(string key)
    {
        var close = KnownKeys.FirstOrDefault(k => k.StartsWith(key, StringComparison.OrdinalIgnoreCase) ||
                                                  key.StartsWith(k, StringComparison.OrdinalIgnoreCase) ||
                                                  (key.Length > 2 && k.Contains(key[..3], StringComparison.OrdinalIgnoreCase)));
        return close is null ? "" : $" (did you mean '{close}'?)";
    }

    private static string Inner(YamlException e)
    {
        var message = e.InnerException?.Message ?? e.Message;
        // YamlDotNet prefixes "(Line: 3, Col: 5, Idx: 40) - (Line: ...): "; the line is already in front.
        var cut = message.LastIndexOf("): ", StringComparison.Ordinal);
        return cut >= 0 ? message[(cut + 3)..] : message;
    }
}
