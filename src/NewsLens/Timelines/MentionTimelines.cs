using NewsLens.Matching;

namespace NewsLens.Timelines;

/// <summary>The sentence-like entry point from mentions: <c>mentions.Timeline(Period.Month)</c>.</summary>
public static class MentionTimelines
{
    /// <summary>Buckets the mentions by period.</summary>
    public static Timeline Timeline(this Mentions mentions, Period period) => Timelines.Timeline.Of(mentions, period);
}
