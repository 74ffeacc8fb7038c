namespace NewsLens;

/// <summary>The streamed merge of every shard of a count: the timeline and corpus summary one machine would give, without the articles.</summary>
/// <param name="Timeline">Mentions per period and entity, duplicates across shards dropped in load order.</param>
/// <param name="Summary">Records, articles and problems of the whole corpus (duplicates found across shards included).</param>
public sealed record MergedTimeline(Timeline Timeline, CorpusSummary Summary);
