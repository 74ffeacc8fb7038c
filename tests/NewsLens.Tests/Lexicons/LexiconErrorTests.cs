using NewsLens;

namespace NewsLens.Tests.Lexicons;

/// <summary>Each kind of bad lexicon fails with file, line and the fix.</summary>
public sealed class LexiconErrorTests
{
    private static string Error(string yaml) =>
        Assert.Single(Assert.Throws<LexiconException>(() => Lexicon.Parse(yaml, "bad.yaml")).Errors);

    [Fact]
    public void Unknown_key_names_the_line_and_suggests_the_known_one()
    {
        var error = Error("entries:\n  - id: putin\n    kind: person\n    alias: [\"Putin\"]\n    aliases: [\"Vladimir Putin\"]\n");
        Assert.Equal("bad.yaml:4: unknown key 'alias' in entry 'putin'; known keys: id, label, kind, aliases, patterns, exclude, case, metonyms, weak, datelines, note, roles (did you mean 'aliases'?)", error);
    }

    [Fact]
    public void Empty_alias_names_the_line()
    {
        var error = Error("entries:\n  - id: putin\n    kind: person\n    aliases:\n      - \"Putin\"\n      - \"  \"\n");
        Assert.Equal("bad.yaml:6: empty alias in entry 'putin'; remove it or write the phrase", error);
    }

    [Fact]
    public void Alias_claimed_by_two_entries_names_both()
    {
        // The topic's "us" is case-insensitive, so it would match the country's "US" too.
        var error = Error("entries:\n  - id: a\n    kind: country\n    aliases: [\"US\"]\n  - id: b\n    kind: topic\n    aliases: [\"us\"]\n");
        Assert.Equal("bad.yaml:7: alias 'us' of entry 'b' would match the same text as 'US' of 'a' (bad.yaml:4); text can belong to one entry only: remove it from one of them (or make it weak in both)", error);
    }

    [Theory]
    [InlineData("de*nuclear")]
    [InlineData("*nuclear")]
    [InlineData("nu*")]
    [InlineData("nuclear**")]
    [InlineData("nuclear *")]
    public void Malformed_pattern_says_where_the_star_may_go(string pattern)
    {
        var error = Error($"entries:\n  - id: n\n    kind: topic\n    aliases: [\"nuclear\", \"{pattern}\"]\n");
        Assert.Equal($"bad.yaml:4: malformed pattern '{pattern}' in entry 'n': one '*' may only end a pattern, after at least 3 characters of a word (e.g. 'denucleari*')", error);
    }

    [Fact]
    public void Missing_kind_says_what_to_add()
    {
        Assert.Equal("bad.yaml:2: entry 'x': no 'kind'; add 'kind: person' (or country, organization, place, topic, or a kind of your own)",
            Error("entries:\n  - id: x\n    aliases: [\"X\"]\n"));
    }

    [Fact]
    public void Missing_id_says_what_to_add()
    {
        Assert.Equal("bad.yaml:2: entry has no 'id'; add a stable id such as 'id: vladimir_putin'",
            Error("entries:\n  - kind: person\n    aliases: [\"X\"]\n"));
    }

    [Fact]
    public void Bad_case_rule_lists_the_two_rules()
    {
        Assert.Equal("bad.yaml:4: case 'upper' in entry 'x' is not a case rule; write 'case: sensitive' or 'case: insensitive'",
            Error("entries:\n  - id: x\n    kind: person\n    case: upper\n    aliases: [\"X\"]\n"));
    }

    [Fact]
    public void Yaml_syntax_error_gives_the_line()
    {
        var error = Error("entries:\n  - id: x\n    kind: person\n    aliases: [\"X\"\n  - id: y\n");
        Assert.StartsWith("bad.yaml:", error);
        Assert.Contains("YAML syntax error", error);
        Assert.EndsWith("check indentation and quoting (quote aliases that contain ':' or '#')", error);
    }

    [Fact]
    public void Not_a_lexicon_at_all_says_what_the_top_must_be()
    {
        Assert.Equal("bad.yaml:1: expected a mapping with an 'entries' list at the top, e.g. 'entries:' then '  - id: putin'",
            Error("- id: x\n"));
    }

    [Fact]
    public void Duplicate_id_across_files_names_both_places()
    {
        using var dir = new Support.TempFolder();
        var a = dir.Write("a.yaml", "entries:\n  - id: x\n    kind: person\n    aliases: [\"X\"]\n");
        var b = dir.Write("b.yaml", "entries:\n  - id: x\n    kind: person\n    aliases: [\"Y\"]\n");
        var e = Assert.Throws<LexiconException>(() => Lexicon.Load(a, b));
        Assert.Equal($"{b}:2: id 'x' is already used at {a}:2; ids must be unique, rename one", Assert.Single(e.Errors));
    }

    [Fact]
    public void Every_error_of_a_file_is_reported_at_once()
    {
        var e = Assert.Throws<LexiconException>(() => Lexicon.Parse(
            "entries:\n  - id: x\n    kind: person\n    aliases: [\"\"]\n  - id: y\n    kind: topic\n    aliases: [\"a*b\"]\n", "bad.yaml"));
        Assert.Equal(2, e.Errors.Count);
        Assert.StartsWith("2 lexicon errors:\nbad.yaml:4: empty alias", e.Message);
    }

    [Fact]
    public void Missing_file_names_where_it_looked()
    {
        var e = Assert.Throws<LexiconException>(() => Lexicon.Load("no/such.yaml"));
        Assert.StartsWith("no/such.yaml: lexicon file not found (looked in ", Assert.Single(e.Errors));
    }
}
