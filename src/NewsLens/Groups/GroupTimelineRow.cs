namespace NewsLens;

/// <summary>One entity in one period of one group; shares are of the group's own articles.</summary>
/// <param name="Group">The group.</param>
/// <param name="Period">First day of the period.</param>
/// <param name="Entity">Entry id.</param>
/// <param name="Label">Entry label.</param>
/// <param name="Kind">Entry kind.</param>
/// <param name="Mentions">Mentions in the group's articles of the period.</param>
/// <param name="Articles">The group's articles of the period mentioning the entity.</param>
/// <param name="GroupArticles">All the group's dated articles in the period (the denominator of the share).</param>
/// <param name="Share">Articles / GroupArticles, 0 when the group has no article that period.</param>
/// <param name="ArticlesAbout">The group's articles of the period about the entity.</param>
/// <param name="ShareAbout">ArticlesAbout / GroupArticles.</param>
public sealed record GroupTimelineRow(
    string Group, DateOnly Period, string Entity, string Label, string Kind,
    double Mentions, double Articles, int GroupArticles, double Share, double ArticlesAbout, double ShareAbout);
