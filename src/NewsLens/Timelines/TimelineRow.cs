namespace NewsLens;

/// <summary>One entity in one period. Counts are whole numbers unless the timeline is a rolling mean.</summary>
/// <param name="Period">First day of the period.</param>
/// <param name="Entity">Entry id.</param>
/// <param name="Label">Entry label.</param>
/// <param name="Kind">Entry kind.</param>
/// <param name="Mentions">Mentions in the period.</param>
/// <param name="Articles">Articles in the period mentioning the entity.</param>
/// <param name="PeriodArticles">All dated articles in the period (the denominator of the share).</param>
/// <param name="PeriodWords">All words of those articles (the denominator of the rate).</param>
/// <param name="Share">Articles / PeriodArticles, 0 when the period has no article.</param>
/// <param name="Per10kWords">Mentions × 10,000 / PeriodWords, 0 when the period has no word.</param>
/// <param name="ArticlesAbout">Articles in the period about the entity (title, lead, or two mentions or more).</param>
/// <param name="ShareAbout">ArticlesAbout / PeriodArticles, 0 when the period has no article.</param>
public sealed record TimelineRow(
    DateOnly Period, string Entity, string Label, string Kind,
    double Mentions, double Articles, int PeriodArticles, long PeriodWords, double Share, double Per10kWords,
    double ArticlesAbout, double ShareAbout)
{
    /// <summary>The value of one measure.</summary>
    public double Value(Measure measure) => measure switch
    {
        Measure.Mentions => Mentions,
        Measure.Articles => Articles,
        Measure.ShareOfArticles => Share,
        Measure.Per10kWords => Per10kWords,
        Measure.ArticlesAbout => ArticlesAbout,
        Measure.ShareOfArticlesAbout => ShareAbout,
        _ => throw new ArgumentOutOfRangeException(nameof(measure), measure, null),
    };
}
