using NewsLens;
using NewsLens.Tests.Support;

namespace NewsLens.Tests.Lexicons;

public sealed class LexiconLoadTests
{
    [Fact]
    public void Entries_keep_id_label_kind_aliases_and_excludes()
    {
        var lexicon = Lexicon.Load(Fixtures.Path("rules-lexicon.yaml"));

        var putin = lexicon["putin"];
        Assert.Equal("Vladimir Putin", putin.Label);
        Assert.Equal("person", putin.Kind);
        Assert.Equal(["Vladimir Putin", "Putin", "President Putin"], putin.Aliases.Select(a => a.ToString()));
        Assert.Equal(["Putin Avenue"], putin.Excludes);
        Assert.Equal(["nuclear weapon*", "denucleari*", "warhead*"], lexicon["nuclear"].Aliases.Select(a => a.ToString()));
        Assert.True(lexicon["nuclear"].Aliases[1].IsPattern);
    }

    [Fact]
    public void Case_rule_defaults_by_kind_and_can_be_overridden()
    {
        var lexicon = Lexicon.Load(Fixtures.Path("rules-lexicon.yaml"));
        Assert.True(lexicon["putin"].CaseSensitive);
        Assert.True(lexicon["north_korea"].CaseSensitive);
        Assert.True(lexicon["who"].CaseSensitive);
        Assert.False(lexicon["nuclear"].CaseSensitive);
        Assert.False(lexicon["abe"].CaseSensitive);
    }

    [Fact]
    public void Aliases_are_normalised_curly_apostrophes_and_spaces()
    {
        var lexicon = Lexicon.Parse("entries:\n  - id: o\n    kind: person\n    aliases: [\"Bill   O\u2019Reilly\"]\n");
        Assert.Equal("Bill O'Reilly", lexicon["o"].Aliases[0].Text);
    }

    [Fact]
    public void Metonyms_are_aliases_marked_off_until_switched_on()
    {
        var lexicon = Lexicon.Load(Fixtures.Path("rules-lexicon.yaml"));
        var pyongyang = Assert.Single(lexicon["north_korea"].Aliases, a => a.IsMetonym);
        Assert.Equal("Pyongyang", pyongyang.Text);
        Assert.False(lexicon.UsesMetonyms);
        Assert.True(lexicon.WithMetonyms().UsesMetonyms);
    }

    [Fact]
    public void Unknown_id_suggests_close_ones()
    {
        var lexicon = Lexicon.Load(Fixtures.Path("rules-lexicon.yaml"));
        var e = Assert.Throws<KeyNotFoundException>(() => lexicon["kim"]);
        Assert.Equal("no entry 'kim' in the lexicon; did you mean kim_jong_un, kim_yo_jong?", e.Message);
    }

    [Fact]
    public void Shipped_lexicons_load_together_without_error()
    {
        var dir = Path.Combine(Repo.Root, "data", "lexicons");
        var lexicon = Lexicon.Load(Path.Combine(dir, "actors.yaml"), Path.Combine(dir, "countries.yaml"), Path.Combine(dir, "topics.yaml"));

        Assert.True(lexicon.Entries.Count(e => e.Kind == "country") >= 193);
        Assert.True(lexicon.Entries.Count(e => e.Kind == "topic") >= 12);
        Assert.Contains(lexicon["north_korea"].Aliases, a => a is { Text: "Pyongyang", IsMetonym: true });
        Assert.Contains(lexicon["putin"].Aliases, a => a.Text == "President Putin");
    }
}
