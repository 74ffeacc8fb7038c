
namespace NewsLens;

/// <summary>The sentence-like entry point from mentions: <c>mentions.Timeline(Period.Month)</c>.</summary>
public static class MentionTimelines
{
    /// <summary>Buckets the mentions by period.</summary>
    public static Timeline Timeline(this Mentions mentions, Period period) => NewsLens.Timeline.Of(mentions, period);

    /// <summary>Buckets the mentions by the chosen period, pooling the periods the choice says to (see <see cref="PeriodChoice.Window"/>).</summary>
    public static Timeline Timeline(this Mentions mentions, PeriodChoice choice)
    {
        var timeline = NewsLens.Timeline.Of(mentions, choice.Period);
        return choice.Window > 1 ? timeline.Rolling(choice.Window) : timeline;
    }
}
