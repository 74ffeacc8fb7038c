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
            var when = s.First == s.Last ? Facts.Name(spikes.Period, s.First) : $"{Facts.Name(spikes.Period, s.First)} to {Facts.Name(spikes.Period, s.Last)}";
            var size = s.Expected < 0.5
                ? $"{s.Articles:N0} articles where fewer than one was expected"
                : $"{s.Ratio.ToString("0.#", CultureInfo.InvariantCulture)}× the usual share ({s.Articles:N0} articles)";
            var words = s.Phrases.Count == 0 ? "" : "; " + string.Join(", ", s.Phrases.Take(3).Select(p => $"‘{p.Phrase}’"));
            return $"{s.Label}: {when}, {size}{words}.";
        });
        var head = spikes.Count == 1 ? "1 spike" : $"{spikes.Count:N0} spikes, the strongest";
        return head + ": " + string.Join(" ", lines);
    }
}
