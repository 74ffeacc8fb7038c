namespace NewsLens;

/// <summary>
/// How <see cref="TimelineSpikes.Spikes"/> decides that a period's attention to an entity rose well above its own
/// baseline. Every entity-period is one binomial test of its articles-about against the baseline share; the tests of
/// a whole timeline are then held together by the Benjamini–Hochberg procedure, so that among the periods called
/// spikes, at most a share <see cref="FalseDiscoveryRate"/> are expected to be chance.
/// </summary>
/// <param name="Baseline">Periods before each one whose pooled share is its baseline (a trailing window); periods
/// already found to spike are left out of later baselines.</param>
/// <param name="FalseDiscoveryRate">Benjamini–Hochberg level over all entity-periods tested.</param>
/// <param name="MinArticles">Fewest articles about the entity a spike period needs: two articles are never an event.</param>
/// <param name="MinRatio">Least ratio of articles about the entity to the baseline's expectation.</param>
/// <param name="MinHistory">Least articles the baseline's periods must hold, as a share of the tested period's: a
/// period is not called a spike against a history thinner than itself (the first weeks of a corpus, a month of 10,000
/// articles after one of 200).</param>
public sealed record SpikeOptions(int Baseline = 6, double FalseDiscoveryRate = 0.01, int MinArticles = 3, double MinRatio = 2.0, double MinHistory = 0.5)
{
    /// <summary>The defaults: a six-period baseline holding at least half the tested period's articles, 1 % false
    /// discoveries, at least 3 articles at twice the baseline.</summary>
    public static SpikeOptions Default { get; } = new();
}
