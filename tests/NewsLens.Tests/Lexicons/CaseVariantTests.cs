using NewsLens;
using static NewsLens.Tests.Support.Lexicons;

namespace NewsLens.Tests.Lexicons;

/// <summary>Aliases that differ only in letter case are different aliases of a case-sensitive entry (issue 11, problem 3).</summary>
public sealed class CaseVariantTests
{
    [Fact]
    public void Case_variants_of_a_case_sensitive_entry_load_and_each_matches_its_own_form()
    {
        var opec = Entry("opec", "organization", "\"OPEC\", \"Opec\"");
        Assert.Equal(2, opec["opec"].Aliases.Count);
        Assert.Empty(opec.Warnings);
        Assert.Equal(["opec:Opec", "opec:OPEC"], Found(opec, "", "Opec ministers; OPEC output; opec is a word here."));
    }

    [Fact]
    public void Japan_and_its_capitals_form_load_together()
    {
        var japan = Entry("japan", "country", "\"Japan\", \"JAPAN\"");
        Assert.Equal(["Japan", "JAPAN"], japan["japan"].Aliases.Select(a => a.Text));
    }

    [Fact]
    public void An_exact_repeat_is_a_warning_and_counted_once()
    {
        var putin = Entry("putin", "person", "\"Putin\", \"Putin\"");
        Assert.Single(putin["putin"].Aliases);
        Assert.Equal(["lexicon.yaml:4: alias 'Putin' appears twice in entry 'putin' (also line 4); the repeat is ignored"], putin.Warnings);
        Assert.Equal(["putin:Putin"], Found(putin, "", "Putin spoke."));
    }

    [Fact]
    public void Case_variants_of_a_case_insensitive_entry_are_a_repeat()
    {
        var topic = Entry("trade", "topic", "\"tariff\", \"Tariff\"");
        Assert.Single(topic["trade"].Aliases);
        Assert.Single(topic.Warnings);
    }

    [Fact]
    public void Two_case_sensitive_entries_may_hold_case_variants()
    {
        var lexicon = Lexicon.Parse("entries:\n  - id: chad\n    kind: country\n    aliases: [\"CHAD\"]\n  - id: chad_smith\n    kind: person\n    aliases: [\"Chad\"]\n");
        Assert.Equal(2, lexicon.Entries.Count);
    }

    [Fact]
    public void Warnings_survive_combining_and_metonyms()
    {
        var a = Entry("putin", "person", "\"Putin\", \"Putin\"");
        var b = Entry("kim", "person", "\"Kim Jong Un\"");
        Assert.Single(Lexicon.Combine(a, b).WithMetonyms().Warnings);
    }
}
