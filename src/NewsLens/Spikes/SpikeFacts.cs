using System.Globalization;

namespace NewsLens;

/// <summary>Sentences about a corpus's spikes, computed from them, for notebook captions.</summary>
public static class SpikeFacts
{
    /// <summary>
    /// The <paramref name="n"/> strongest spikes in a sentence each: "Marta Alvarez: March 2019, 7.5× the usual share
    /// (15 articles); ‘dock strike’, ‘strike entered’." Or why there is none.
    /// </summary>
    public static string Biggest(Spikes spikes, int n = 3)
    {
        if (spikes.Count == 0)
            return $"No spike: no actor or topic drew markedly more articles in any {spikes.Period.ToString().ToLowerInvariant()} than its own baseline.";
        var lines = spikes.Take(n).Select(s =>
        {
            var size = s.IsNew
                ? $"{s.Articles:N0} articles where fewer than one was expected"
                : $"{Times(s)} the usual share ({s.Articles:N0} articles)";
            var words = s.Phrases.Count == 0 ? "" : "; " + string.Join(", ", s.Phrases.Take(3).Select(p => $"‘{p.Phrase}’"));
            return $"{s.Label}: {When(spikes.Period, s)}, {size}{words}.";
        });
        var head = spikes.Count == 1 ? "1 spike" : $"{spikes.Count:N0} spikes, the strongest";
        return head + ": " + string.Join(" ", lines);
    }

    /// <summary>When a spike was: "March 2019", or "March 2019 to April 2019" for a run of periods.</summary>
    public static string When(Period period, Spike spike) =>
        spike.First == spike.Last ? Facts.Name(period, spike.First) : $"{Facts.Name(period, spike.First)} to {Facts.Name(period, spike.Last)}";

    /// <summary>The ratio to the baseline as a reader reads it: "7.5×".</summary>
    public static string Times(Spike spike) => spike.Ratio.ToString("0.#", CultureInfo.InvariantCulture) + "×";
}
