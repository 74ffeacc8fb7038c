using System.Diagnostics;
using System.Globalization;

namespace NewsLens.Accuracy;

/// <summary>
/// How well <c>timeline.Spikes()</c> finds bursts, measured on real articles (README.md in this folder): a fictional
/// country is planted into the leads of a steady share of articles, and of one period's articles at several
/// strengths (extra articles in that period); recall is how often a spike of it covers that period, false alarms how often spikes appear elsewhere,
/// on the planted entity and on a copy of the corpus whose dates are shuffled (where every spike is false).
/// </summary>
internal static class SpikeEvaluation
{
    private const string Planted = "Zarnovia";
    // Extra articles planted in the burst period, on top of the background share.
    private static readonly int[] Strengths = [2, 3, 4, 6, 8, 12, 16, 24, 32, 48];
    private const double BackgroundShare = 0.01;
    private const int Seeds = 3;

    public static int Run(string corpusPath, string lexicons, Period period, int minArticles)
    {
        if (!File.Exists(corpusPath) && !Directory.Exists(corpusPath))
        {
            Console.WriteLine($"skipped: no corpus at {corpusPath}");
            return 0;
        }
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        var corpus = Corpus.Load(corpusPath);
        var articles = corpus.Rows.Where(a => a.Published is not null).ToList();
        var shipped = Lexicon.Load(Path.Combine(lexicons, "actors.yaml"), Path.Combine(lexicons, "countries.yaml"), Path.Combine(lexicons, "topics.yaml")).WithMetonyms();
        var lexicon = Lexicon.Combine(shipped, Lexicon.Parse($"entries:\n  - id: planted\n    label: {Planted}\n    kind: country\n    aliases: [\"{Planted}\"]\n"));
        var periods = articles.GroupBy(a => period.StartOf(a.Published!.Value)).OrderBy(g => g.Key)
            .Where(g => g.Count() >= minArticles).Select(g => g.Key).ToList();
        Console.WriteLine($"{articles.Count:N0} dated articles, {periods.Count} {period.ToString().ToLowerInvariant()}s holding at least {minArticles} articles; " +
                          $"planted: '{Planted}' in the lead of {BackgroundShare:P0} of articles, and of k more in one period");

        // The unplanted corpus, and the same with dates shuffled: every spike on the shuffled copy is a false alarm.
        var clock = Stopwatch.StartNew();
        var realTimeline = Mentions.Count(articles, shipped).Timeline(period);
        var realSpikes = realTimeline.Spikes();
        var spikeSeconds = clock.Elapsed.TotalSeconds;
        var shuffledAlarms = 0;
        var shuffledTests = 0;
        for (var seed = 0; seed < Seeds; seed++)
        {
            var random = new Random(1000 + seed);
            var dates = articles.Select(a => a.Published).OrderBy(_ => random.Next()).ToList();
            var shuffled = articles.Select((a, i) => a with { Published = dates[i] }).ToList();
            var timeline = Mentions.Count(shuffled, shipped).Timeline(period);
            shuffledAlarms += timeline.Spikes().Count;
            shuffledTests += timeline.Entities.Count * timeline.Periods.Count;
        }
        Console.WriteLine($"real corpus: {realSpikes.Count} spikes found in {spikeSeconds:F1} s (count, timeline, spikes and their explanations)");
        Console.WriteLine($"dates shuffled ({Seeds} shuffles): {shuffledAlarms} spikes in {shuffledTests:N0} entity-periods = " +
                          $"{1000.0 * shuffledAlarms / Math.Max(1, shuffledTests):F2} false alarms per 1,000 entity-periods");

        // A period whose baseline holds fewer articles than SpikeOptions.MinHistory asks cannot be called a spike, by
        // design (no past to rise above): recall is given over all periods and over those with a past.
        var options = SpikeOptions.Default;
        var withPast = periods.Where(p =>
        {
            var i = realTimeline.Periods.ToList().IndexOf(p);
            var history = Enumerable.Range(Math.Max(0, i - options.Baseline), i - Math.Max(0, i - options.Baseline)).Sum(w => realTimeline.PeriodArticles[w]);
            return history >= options.MinHistory * realTimeline.PeriodArticles[i];
        }).ToHashSet();
        Console.WriteLine($"{withPast.Count} of the {periods.Count} periods have a past (their {options.Baseline} periods before hold at least {options.MinHistory:0.##}× their articles)");
        Console.WriteLine();
        Console.WriteLine("k extra | burst ÷ background (median) | trials | recall | recall, periods with a past | planted alarms elsewhere per 1,000 periods");
        int? ninety = null, ninetyWithPast = null;
        foreach (var strength in Strengths)
        {
            int hits = 0, trials = 0, elsewhere = 0, elsewhereTests = 0, pastHits = 0, pastTrials = 0;
            var ratios = new List<double>();
            for (var seed = 0; seed < Seeds; seed++)
                foreach (var burst in periods)
                {
                    // HashCode.Combine is seeded per process: a plain formula keeps every run of the evaluation the same.
                    var random = new Random(unchecked(seed * 1_000_003 + burst.DayNumber * 97 + strength));
                    var inBurst = articles.Select((a, i) => (a, i)).Where(x => period.StartOf(x.a.Published!.Value) == burst).Select(x => x.i).OrderBy(_ => random.Next()).ToList();
                    var extra = inBurst.Take(strength).ToHashSet();
                    ratios.Add((inBurst.Count * BackgroundShare + Math.Min(strength, inBurst.Count)) / Math.Max(1e-9, inBurst.Count * BackgroundShare));
                    var planted = articles.Select((a, i) =>
                        extra.Contains(i) || random.NextDouble() < BackgroundShare ? a with { Text = $"{Planted} said it was following events closely. " + a.Text } : a).ToList();
                    var spikes = Mentions.Count(planted, lexicon).Timeline(period).Spikes().Of("planted");
                    trials++;
                    var hit = spikes.Any(s => s.First <= burst && burst <= s.Last);
                    if (hit) hits++;
                    if (withPast.Contains(burst))
                    {
                        pastTrials++;
                        if (hit) pastHits++;
                    }
                    elsewhere += spikes.Count(s => !(s.First <= burst && burst <= s.Last));
                    elsewhereTests += periods.Count - 1;
                }
            var recall = (double)hits / trials;
            var pastRecall = (double)pastHits / Math.Max(1, pastTrials);
            if (ninety is null && recall >= 0.9) ninety = strength;
            if (ninetyWithPast is null && pastRecall >= 0.9) ninetyWithPast = strength;
            ratios.Sort();
            Console.WriteLine($"{strength,7} | {ratios[ratios.Count / 2],10:0.#}× | {trials,6} | {recall,6:P0} | {pastRecall,6:P0} of {pastTrials} | {1000.0 * elsewhere / Math.Max(1, elsewhereTests):F1}");
        }
        Console.WriteLine();
        Console.WriteLine(ninety is { } s ? $"recall reaches 90 % at {s} extra articles in the period" : "recall stays under 90 % up to the strongest burst tried");
        Console.WriteLine(ninetyWithPast is { } w ? $"recall over periods with a past reaches 90 % at {w} extra articles" : "recall over periods with a past stays under 90 % up to the strongest burst tried");
        return 0;
    }
}
