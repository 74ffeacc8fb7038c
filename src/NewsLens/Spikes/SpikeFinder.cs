namespace NewsLens;

/// <summary>
/// Finds the periods where an entity's articles-about rise well above its own trailing baseline (see
/// <see cref="SpikeOptions"/>): one binomial test per entity and period, Benjamini–Hochberg over all of them, and
/// neighbouring periods that pass joined into one spike.
/// </summary>
internal static class SpikeFinder
{
    /// <summary>One entity-period's test.</summary>
    internal readonly record struct Test(int Entity, int Period, int Articles, double Expected, double P);

    public static IReadOnlyList<Spike> Find(Timeline timeline, SpikeOptions options)
    {
        var raw = timeline.Raw;
        var entities = raw.Entities;
        var periods = raw.Periods.Count;
        var n = new int[periods];
        var x = new int[entities.Count][];
        for (var e = 0; e < entities.Count; e++) x[e] = new int[periods];
        var entityIndex = entities.Select((t, i) => (t.Entity, i)).ToDictionary(t => t.Entity, t => t.i, StringComparer.Ordinal);
        var periodIndex = raw.Periods.Select((p, i) => (p, i)).ToDictionary(t => t.p, t => t.i);
        foreach (var row in raw.Rows)
        {
            var t = periodIndex[row.Period];
            n[t] = row.PeriodArticles;
            x[entityIndex[row.Entity]][t] = (int)Math.Round(row.ArticlesAbout);
        }

        // Periods found to spike are left out of later baselines, so a spike two periods long is not hidden by its own
        // first period; two passes settle it in practice, a third changes nothing on any corpus tried.
        var flagged = new bool[entities.Count][];
        for (var e = 0; e < entities.Count; e++) flagged[e] = new bool[periods];
        List<Test> passed = [];
        for (var pass = 0; pass < 3; pass++)
        {
            var tests = new List<Test>();
            for (var e = 0; e < entities.Count; e++) tests.AddRange(TestEntity(x[e], n, flagged[e], e, options));
            passed = Significant(tests, options);
            var changed = false;
            foreach (var t in passed)
                if (!flagged[t.Entity][t.Period]) { flagged[t.Entity][t.Period] = true; changed = true; }
            if (!changed) break;
        }

        var spikes = new List<Spike>();
        foreach (var group in passed.GroupBy(t => t.Entity))
        {
            var entity = entities[group.Key];
            var run = new List<Test>();
            foreach (var t in group.OrderBy(t => t.Period))
            {
                if (run.Count > 0 && t.Period != run[^1].Period + 1)
                {
                    spikes.Add(Join(entity, run, raw));
                    run = [];
                }
                run.Add(t);
            }
            if (run.Count > 0) spikes.Add(Join(entity, run, raw));
        }
        return spikes.OrderByDescending(s => s.Score).ThenBy(s => s.Entity, StringComparer.Ordinal).ThenBy(s => s.First).ToList();
    }

    private static IEnumerable<Test> TestEntity(int[] x, int[] n, bool[] flagged, int entity, SpikeOptions options)
    {
        long allX = 0, allN = 0;
        var periodsWithArticles = 0;
        for (var t = 0; t < n.Length; t++)
        {
            if (flagged[t]) continue;
            allX += x[t];
            allN += n[t];
            if (n[t] > 0) periodsWithArticles++;
        }
        // A period's worth of pseudo-articles at the entity's overall share steadies a thin or missing history.
        var prior = Math.Max(1.0, (double)allN / Math.Max(1, periodsWithArticles));
        for (var t = 0; t < n.Length; t++)
        {
            if (n[t] == 0) continue;
            // The overall share leaves this period out: a spike does not raise its own bar.
            var outX = allX - (flagged[t] ? 0 : x[t]);
            var outN = allN - (flagged[t] ? 0 : n[t]);
            var overall = (outX + 0.5) / (outN + 1.0);
            long windowX = 0, windowN = 0;
            for (var w = Math.Max(0, t - options.Baseline); w < t; w++)
            {
                if (flagged[w]) continue;
                windowX += x[w];
                windowN += n[w];
            }
            var baseline = (windowX + prior * overall) / (windowN + prior);
            var expected = n[t] * baseline;
            // The window counts every earlier article, flagged or not, as history: a long spike still has its past.
            long history = 0;
            for (var w = Math.Max(0, t - options.Baseline); w < t; w++) history += n[w];
            var p = x[t] >= options.MinArticles && x[t] >= options.MinRatio * expected && history >= options.MinHistory * n[t]
                ? Binomial.UpperTail(x[t], n[t], baseline) : 1.0;
            yield return new Test(entity, t, x[t], expected, p);
        }
    }

    /// <summary>Benjamini–Hochberg: the tests whose p-value is at most rank/m × q, for the largest such rank.</summary>
    internal static List<Test> Significant(List<Test> tests, SpikeOptions options)
    {
        var m = tests.Count;
        var sorted = tests.Where(t => t.P < 1).OrderBy(t => t.P).ThenBy(t => t.Entity).ThenBy(t => t.Period).ToList();
        var cut = -1;
        for (var k = 0; k < sorted.Count; k++)
            if (sorted[k].P <= (k + 1.0) / m * options.FalseDiscoveryRate) cut = k;
        return sorted.Take(cut + 1).ToList();
    }

    private static Spike Join(EntityTotal entity, List<Test> run, Timeline raw) => new(
        entity.Entity, entity.Label, entity.Kind,
        raw.Periods[run[0].Period], raw.Periods[run[^1].Period], raw.Period.Next(raw.Periods[run[^1].Period]),
        run.Sum(t => t.Articles), run.Sum(t => t.Expected), -Math.Log10(Math.Max(run.Min(t => t.P), double.Epsilon)));
}
