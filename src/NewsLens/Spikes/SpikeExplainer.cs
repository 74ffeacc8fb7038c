namespace NewsLens;

/// <summary>
/// What explains a spike: its most central articles, the phrases that set them apart from the entity's other
/// articles (<see cref="Keyness"/>), and the entities named with it far more often than usual.
/// </summary>
internal static class SpikeExplainer
{
    private const int TopArticles = 5;
    private const int TopPhrases = 8;
    private const int TopPartners = 5;
    // Fewer reference articles than this and the entity's other coverage says too little: compare with the corpus.
    private const int MinReference = 5;

    public static Spike Explain(Spike spike, Mentions mentions, CountIndex index)
    {
        var entry = mentions.Lexicon.Entries.Select((e, i) => (e, i)).First(x => x.e.Id == spike.Entity).i;
        var articles = mentions.Articles;
        var inSpike = new List<(int Article, MentionCount Count)>();
        var other = new List<int>();
        foreach (var c in index.OfEntry(entry))
        {
            if (!c.About) continue;
            var date = articles[c.Article].Published;
            if (date is { } d && d >= spike.First && d < spike.To) inSpike.Add((c.Article, c));
            else if (date is not null) other.Add(c.Article);
        }

        var top = inSpike
            .OrderByDescending(s => Centrality(s.Count)).ThenByDescending(s => s.Count.Count)
            .ThenBy(s => articles[s.Article].Published).ThenBy(s => s.Article)
            .Take(TopArticles)
            .Select(s => new SpikeArticle(articles[s.Article].Title, articles[s.Article].Published, articles[s.Article].Source, articles[s.Article].Url, Centrality(s.Count)))
            .ToList();

        var target = inSpike.Select(s => articles[s.Article]).ToList();
        var spikeArticles = inSpike.Select(s => s.Article).ToHashSet();
        var reference = other.Count >= MinReference
            ? other.Select(a => articles[a]).ToList()
            : articles.Where((a, i) => a.Published is { } d && (d < spike.First || d >= spike.To) && !spikeArticles.Contains(i)).ToList();
        var phrases = mentions.HasText ? Keyness.Compare(target, reference, TopPhrases, without: OwnWords(mentions.Lexicon.Entries[entry])) : [];

        return spike with { TopArticles = top, Phrases = phrases, Partners = Partners(mentions, index, entry, spikeArticles, other) };
    }

    // Every spike article names the entity: its own words ("Alvarez", "Marta Alvarez said") describe nothing.
    private static HashSet<string> OwnWords(LexiconEntry entry) =>
        entry.Aliases.Select(a => a.Text).Append(entry.Label)
            .SelectMany(t => Keyness.Phrases(t).Select(p => p.Key).Where(k => !k.Contains(' ')))
            .ToHashSet(StringComparer.Ordinal);

    // 3: in the title, 2: in the lead, 1: named twice or more further down.
    // Articles naming each other entry, among the given articles (each article's counts read by its range).
    private static Dictionary<int, int> Tally(CountIndex index, int entry, IEnumerable<int> articles)
    {
        var tally = new Dictionary<int, int>();
        foreach (var a in articles)
            foreach (var c in index.OfArticle(a))
                if (c.Entry != entry) tally[c.Entry] = tally.GetValueOrDefault(c.Entry) + 1;
        return tally;
    }

    private static int Centrality(MentionCount c) => c.InTitle ? 3 : c.InLead ? 2 : 1;

    private static IReadOnlyList<RisingPartner> Partners(Mentions mentions, CountIndex index, int entry, HashSet<int> spike, List<int> other)
    {
        if (spike.Count == 0 || other.Count == 0) return [];
        var during = Tally(index, entry, spike);
        var before = Tally(index, entry, other);
        double sc = spike.Count, oc = other.Count;
        return during
            .Where(d => d.Value >= 2 && d.Value / sc > before.GetValueOrDefault(d.Key) / oc)
            .Select(d => (d.Key, Together: d.Value, G: Keyness.LogLikelihood(d.Value, before.GetValueOrDefault(d.Key), sc, oc)))
            .OrderByDescending(d => d.G).ThenBy(d => mentions.Lexicon.Entries[d.Key].Id, StringComparer.Ordinal)
            .Take(TopPartners)
            .Select(d => new RisingPartner(mentions.Lexicon.Entries[d.Key].Id, mentions.Lexicon.Entries[d.Key].Label, d.Together,
                before.GetValueOrDefault(d.Key) / oc, d.Together / sc))
            .ToList();
    }
}
