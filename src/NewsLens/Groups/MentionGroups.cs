namespace NewsLens;

/// <summary>The sentence-like entry points for comparing groups: <c>mentions.Timeline(Period.Month, by: "source")</c>, <c>mentions.Coverage(by: "source")</c>.</summary>
public static class MentionGroups
{
    /// <summary>One timeline per group, shares of each group's own articles (<see cref="GroupedTimeline"/>).</summary>
    public static GroupedTimeline Timeline(this Mentions mentions, Period period, Grouping by) => GroupedTimeline.Of(mentions, period, by);

    /// <summary>One timeline per group at the chosen period, pooled as the choice says (see <see cref="PeriodChoice.Window"/>).</summary>
    public static GroupedTimeline Timeline(this Mentions mentions, PeriodChoice choice, Grouping by)
    {
        var grouped = GroupedTimeline.Of(mentions, choice.Period, by);
        return choice.Window > 1 ? grouped.Rolling(choice.Window) : grouped;
    }

    /// <summary>What each group covers more or less than the others (<see cref="NewsLens.Coverage"/>).</summary>
    /// <param name="mentions">The counted corpus.</param>
    /// <param name="by">How to group the articles.</param>
    /// <param name="reference">A group to set every other against; by default each group is set against all the others together.</param>
    /// <param name="groups">How many of the largest groups to describe.</param>
    /// <param name="minArticles">Fewest articles a group needs to be described; by default one in fifty of the corpus, between 5 and 10 (as <see cref="Grouping.Suggest"/>).</param>
    public static Coverage Coverage(this Mentions mentions, Grouping by, string? reference = null, int groups = 12, int? minArticles = null) =>
        NewsLens.Coverage.Of(mentions, by, reference, groups, minArticles);
}
