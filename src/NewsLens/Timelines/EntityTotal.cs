namespace NewsLens;

/// <summary>An entity's totals over the whole timeline, dated articles only.</summary>
/// <param name="Entity">Entry id.</param>
/// <param name="Label">Entry label.</param>
/// <param name="Kind">Entry kind.</param>
/// <param name="Mentions">Mentions in dated articles.</param>
/// <param name="Articles">Dated articles mentioning it.</param>
/// <param name="UndatedMentions">Mentions in undated articles, which no period can hold.</param>
public sealed record EntityTotal(string Entity, string Label, string Kind, int Mentions, int Articles, int UndatedMentions)
{
    /// <summary>Dated articles about it: named in title or lead, or mentioned at least twice.</summary>
    public int ArticlesAbout { get; init; }
}
