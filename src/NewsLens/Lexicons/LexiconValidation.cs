namespace NewsLens;

/// <summary>
/// Checks that hold across entries and files: unique ids, and no text two entries would both claim under their
/// case rules (weak aliases excepted: several entries may share one). An exact repeat inside one entry is a warning.
/// </summary>
internal static class LexiconValidation
{
    public static (List<LexiconEntry> Entries, List<string> Warnings) CheckAcross(IReadOnlyList<List<LexiconEntry>> files)
    {
        var errors = new List<string>();
        var warnings = new List<string>();
        var all = files.SelectMany(f => f).ToList();
        var ids = new Dictionary<string, LexiconEntry>(StringComparer.Ordinal);
        // Grouped ignoring case: "US" (country) and "us" (a topic) fight over the same text, "OPEC" and "Opec" do not.
        var claimed = new Dictionary<string, List<(LexiconEntry Entry, Alias Alias)>>(StringComparer.OrdinalIgnoreCase);
        var result = new List<LexiconEntry>(all.Count);

        foreach (var entry in all)
        {
            if (!ids.TryAdd(entry.Id, entry))
            {
                var first = ids[entry.Id];
                errors.Add($"{entry.File}:{entry.Line}: id '{entry.Id}' is already used at {first.File}:{first.Line}; ids must be unique, rename one");
            }
            var kept = new List<Alias>(entry.Aliases.Count);
            foreach (var alias in entry.Aliases)
            {
                var key = alias.ToString();
                if (!claimed.TryGetValue(key, out var owners)) claimed[key] = owners = [];
                var clash = owners.FirstOrDefault(o => SameText(o.Entry, o.Alias, entry, alias));
                if (clash.Entry is null)
                {
                    owners.Add((entry, alias));
                    kept.Add(alias);
                }
                else if (clash.Entry.Id == entry.Id)
                {
                    warnings.Add($"{entry.File}:{alias.Line}: alias '{key}' appears twice in entry '{entry.Id}' (also line {clash.Alias.Line}); the repeat is ignored");
                }
                else if (clash.Alias.IsWeak && alias.IsWeak)
                {
                    // A shared surname ("Bush", "Abe") goes to whichever entry the article names in full (rule 7).
                    owners.Add((entry, alias));
                    kept.Add(alias);
                }
                else
                {
                    var (owner, ownerAlias) = clash;
                    errors.Add($"{entry.File}:{alias.Line}: alias '{key}' of entry '{entry.Id}' would match the same text as '{ownerAlias}' of '{owner.Id}' ({owner.File}:{ownerAlias.Line}); " +
                               "text can belong to one entry only: remove it from one of them (or make it weak in both)");
                }
            }
            result.Add(kept.Count == entry.Aliases.Count ? entry : entry with { Aliases = kept });
        }
        if (errors.Count > 0) throw new LexiconException(errors);
        return (result, warnings);
    }

    /// <summary>Whether two aliases (already equal ignoring case) match the same text under their entries' case rules (rule 4).</summary>
    private static bool SameText(LexiconEntry a, Alias x, LexiconEntry b, Alias y) =>
        x.IsPattern == y.IsPattern && (!a.CaseSensitive || !b.CaseSensitive || string.Equals(x.Text, y.Text, StringComparison.Ordinal));
}
