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
    // Phrases looked through for one the headlines use, and how widely it must be used to label a spike.
    private const int CaptionCandidates = 30;
    private const int MinCaptionArticles = 3;
    private const int MinCaptionHeadlines = 2;
    // Fewer reference articles than this and the entity's other coverage says too little: compare with the corpus.
    private const int MinReference = 5;

    // A streamed count kept no text: at most this many spike and reference articles each are read again per spike.
    internal const int MaxReread = 500;

    /// <summary>
    /// What one spike's explanation reads: its articles about the entity, and the articles to set them against (the
    /// entity's others; or, when it has almost none, the corpus's dated articles outside the spike's periods).
    /// </summary>
    internal sealed record Plan(Spike Spike, int Entry, List<(int Article, MentionCount Count)> InSpike, List<int> Other,
        IReadOnlyList<int> Target, IReadOnlyList<int> Reference, bool AgainstCorpus);

    /// <summary>Explains every spike; the texts their phrases need are read once for all of them.</summary>
    public static IReadOnlyList<Spike> ExplainAll(IReadOnlyList<Spike> spikes, Mentions mentions, CountIndex index)
    {
        var plans = spikes.Select(s => PlanFor(s, mentions, index)).ToList();
        // Spikes set against the corpus share one count of it, each then taking away its own periods' articles:
        // counting the whole corpus once per spike would cost as many passes over the text as there are spikes.
        var articles = mentions.Articles;
        IReadOnlyList<int> corpus = plans.Any(p => p.AgainstCorpus)
            ? Bound(Enumerable.Range(0, articles.Count).Where(i => articles[i].Published is not null).ToList(), mentions) : [];
        var wanted = plans.SelectMany(p => p.Target.Concat(p.Reference)).Concat(corpus).Distinct().Order().ToList();
        var read = mentions.WithText(wanted);
        var text = new Dictionary<int, Article>(wanted.Count);
        for (var i = 0; i < wanted.Count; i++) text[wanted[i]] = read[i];
        var corpusCounts = corpus.Count > 0 ? PhraseCounts.Of(Readable(corpus, text, mentions), forms: false) : null;
        // Each spike's keyness is independent of the others': they run on all cores, each result in its own slot.
        var explained = new Spike[plans.Count];
        Parallel.For(0, plans.Count, i =>
        {
            var plan = plans[i];
            var reference = plan.AgainstCorpus
                ? corpusCounts!.Minus(PhraseCounts.Of(Readable(corpus.Where(a => InSpike(articles[a], plan.Spike)).ToList(), text, mentions), forms: false))
                : PhraseCounts.Of(Readable(plan.Reference, text, mentions), forms: false);
            explained[i] = Explain(plan, mentions, index, PhraseCounts.Of(Readable(plan.Target, text, mentions)), reference);
        });
        return explained;
    }

    private static bool InSpike(Article a, Spike spike) => a.Published is { } d && d >= spike.First && d < spike.To;

    // Loaded text costs nothing to read, so every article counts; re-reading files is bounded per spike.
    private static IReadOnlyList<int> Bound(IReadOnlyList<int> positions, Mentions mentions) =>
        mentions.HasText ? positions : Spread(positions, MaxReread);

    // Articles whose text could not be read again (a file moved since) are left out of the comparison.
    private static IEnumerable<Article> Readable(IReadOnlyList<int> positions, Dictionary<int, Article> text, Mentions mentions) =>
        positions.Select(i => text[i]).Where(a => mentions.HasText || a.Text.Length > 0);

    private static Plan PlanFor(Spike spike, Mentions mentions, CountIndex index)
    {
        var entry = mentions.Lexicon.Entries.Select((e, i) => (e, i)).First(x => x.e.Id == spike.Entity).i;
        var articles = mentions.Articles;
        var inSpike = new List<(int Article, MentionCount Count)>();
        var other = new List<int>();
        foreach (var c in index.OfEntry(entry))
        {
            if (!c.About) continue;
            if (InSpike(articles[c.Article], spike)) inSpike.Add((c.Article, c));
            else if (articles[c.Article].Published is not null) other.Add(c.Article);
        }
        var target = inSpike.Select(s => s.Article).ToList();
        var againstCorpus = other.Count < MinReference;
        return new Plan(spike, entry, inSpike, other, Bound(target, mentions), againstCorpus ? [] : Bound(other, mentions), againstCorpus);
    }

    /// <summary>At most <paramref name="max"/> of the items, evenly spread over them (the same ones every run).</summary>
    internal static IReadOnlyList<int> Spread(IReadOnlyList<int> items, int max) =>
        items.Count <= max ? items : Enumerable.Range(0, max).Select(i => items[(int)((long)i * items.Count / max)]).ToList();

    private static Spike Explain(Plan plan, Mentions mentions, CountIndex index, PhraseCounts target, PhraseCounts reference)
    {
        var articles = mentions.Articles;
        var top = plan.InSpike
            .OrderByDescending(s => Centrality(s.Count)).ThenByDescending(s => s.Count.Count)
            .ThenBy(s => articles[s.Article].Published).ThenBy(s => s.Article)
            .Take(TopArticles)
            .Select(s => new SpikeArticle(articles[s.Article].Title, articles[s.Article].Published, articles[s.Article].Source, articles[s.Article].Url, Centrality(s.Count)))
            .ToList();
        // A name says nothing the label does not; a topic's own words do: which of
        // them rose ("COVID-19" in a health spike) is the event.
        var entry = mentions.Lexicon.Entries[plan.Entry];
        var ranked = Keyness.Compare(target, reference, CaptionCandidates, without: entry.Kind == EntryKind.Topic ? null : OwnWords(entry));
        var spikeArticles = plan.InSpike.Select(s => s.Article).ToHashSet();
        return plan.Spike with
        {
            TopArticles = top,
            Phrases = ranked.Take(TopPhrases).ToList(),
            Headline = HeadlinePhrase(ranked, plan.InSpike.Select(s => articles[s.Article].Title)),
            Partners = Partners(mentions, index, plan.Entry, spikeArticles, plan.Other),
        };
    }

    // Generic words can top a keyness list ("ability", "job" from a run of interviews); the headlines name the event,
    // and an event's name is a name or a phrase ("Hurricane Dorian", "Brexit"), not a lone common word ("deadline").
    private static string? HeadlinePhrase(IReadOnlyList<KeyPhrase> ranked, IEnumerable<string> titles)
    {
        var headlines = titles.Select(t => Keyness.Phrases(t, headline: !t.Any(char.IsLower)).Select(p => p.Key).ToHashSet(StringComparer.Ordinal)).ToList();
        return ranked.FirstOrDefault(p => p.Articles >= MinCaptionArticles
            && (char.IsUpper(p.Phrase[0]) || p.Phrase.Contains(' '))
            && headlines.Count(h => h.Contains(p.Phrase.ToLowerInvariant())) >= MinCaptionHeadlines)?.Phrase;
    }

    // Every spike article names the entity: its own words ("Alvarez", "Marta Alvarez said") describe nothing.
    private static HashSet<string> OwnWords(LexiconEntry entry) =>
        entry.Aliases.Select(a => a.Text).Append(entry.Label)
            .SelectMany(Keyness.Words).ToHashSet(StringComparer.Ordinal);

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
