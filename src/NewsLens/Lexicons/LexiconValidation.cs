namespace NewsLens.Lexicons;

/// <summary>Checks that hold across entries and files: unique ids, and no alias claimed by two entries.</summary>
internal static class LexiconValidation
{
    public static List<LexiconEntry> CheckAcross(IReadOnlyList<List<LexiconEntry>> files)
    {
        var errors = new List<string>();
        var all = files.SelectMany(f => f).ToList();
        var ids = new Dictionary<string, LexiconEntry>(StringComparer.Ordinal);
        // Compared ignoring case: "US" (country) and "us" (a topic) would otherwise fight over the same text.
        var claimed = new Dictionary<string, (LexiconEntry Entry, Alias Alias)>(StringComparer.OrdinalIgnoreCase);

        foreach (var entry in all)
        {
            if (!ids.TryAdd(entry.Id, entry))
            {
                var first = ids[entry.Id];
                errors.Add($"{entry.File}:{entry.Line}: id '{entry.Id}' is already used at {first.File}:{first.Line}; ids must be unique, rename one");
            }
            foreach (var alias in entry.Aliases)
            {
                var key = alias.ToString();
                if (!claimed.TryAdd(key, (entry, alias)))
                {
                    var (owner, ownerAlias) = claimed[key];
                    errors.Add(owner.Id == entry.Id
                        ? $"{entry.File}:{alias.Line}: alias '{key}' appears twice in entry '{entry.Id}' (also line {ownerAlias.Line}); remove one"
                        : $"{entry.File}:{alias.Line}: alias '{key}' of entry '{entry.Id}' is also an alias of '{owner.Id}' ({owner.File}:{ownerAlias.Line}); " +
                          "an alias can belong to one entry only: remove it from one of them");
                }
            }
        }
        if (errors.Count > 0) throw new LexiconException(errors);
        return all;
    }
}
