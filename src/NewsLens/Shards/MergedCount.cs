namespace NewsLens;

/// <summary>The merge of every shard of a count: the same mentions and corpus summary one machine would give.</summary>
/// <param name="Mentions">The mentions, duplicates across shards dropped in load order; no text is kept.</param>
/// <param name="Summary">Records, articles and problems of the whole corpus (duplicates found across shards included).</param>
public sealed record MergedCount(Mentions Mentions, CorpusSummary Summary)
{
    /// <summary>The timeline of the merged mentions: <c>job.Result().Timeline(Period.Month)</c>.</summary>
    public Timeline Timeline(Period period) => Mentions.Timeline(period);
}
