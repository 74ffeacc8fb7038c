using Microsoft.Data.Analysis;

namespace NewsLens;

/// <summary>
/// One timeline per group of articles (per source, place, section), on one axis of periods. Each group's shares are
/// of its own articles, so an outlet of 200 articles compares fairly with one of 20,000.
/// </summary>
public sealed class GroupedTimeline
{
    private readonly Dictionary<string, Timeline> _byGroup;

    private GroupedTimeline(Grouping by, Timeline all, IReadOnlyList<GroupSize> groups, Dictionary<string, Timeline> byGroup, int ungrouped, int? allGroups = null)
    {
        AllGroups = allGroups ?? groups.Count;
        By = by;
        All = all;
        Groups = groups;
        _byGroup = byGroup;
        UngroupedArticles = ungrouped;
    }

    /// <summary>How the articles were grouped.</summary>
    public Grouping By { get; }

    /// <summary>The timeline of every article, grouped or not, on the same periods: the line groups are read against.</summary>
    public Timeline All { get; }

    /// <summary>Groups in the corpus, kept or not by <see cref="Largest"/>.</summary>
    public int AllGroups { get; }

    /// <summary>The groups, largest first (ties by name).</summary>
    public IReadOnlyList<GroupSize> Groups { get; }

    /// <summary>Articles with no value to group by (no source, no dateline): in <see cref="All"/>, in no group.</summary>
    public int UngroupedArticles { get; }

    /// <summary>The bucket size.</summary>
    public Period Period => All.Period;

    /// <summary>First days of every period, shared by all groups.</summary>
    public IReadOnlyList<DateOnly> Periods => All.Periods;

    /// <summary>Entities in <see cref="All"/> order.</summary>
    public IReadOnlyList<EntityTotal> Entities => All.Entities;

    /// <summary>One group's timeline.</summary>
    /// <exception cref="KeyNotFoundException">No article is in that group; the message lists the groups.</exception>
    public Timeline this[string group] => _byGroup.TryGetValue(group, out var t) ? t
        : throw new KeyNotFoundException($"no {By.Name} '{group}'; the groups are: {string.Join(", ", Groups.Take(20).Select(g => g.Group))}{(Groups.Count > 20 ? ", …" : "")}");

    /// <summary>Groups the mentions' articles and buckets each group by period.</summary>
    public static GroupedTimeline Of(Mentions mentions, Period period, Grouping by)
    {
        var (keys, counted) = by.Split(mentions.Articles);
        var groups = counted.Select(g => g.Key).ToList();
        var index = groups.Select((g, i) => (g, i)).ToDictionary(x => x.g, x => x.i, StringComparer.Ordinal);
        var groupOf = keys.Select(k => k is null ? -1 : index[k]).ToArray();

        var dated = mentions.Articles.Where(a => a.Published is not null).Select(a => a.Published!.Value).ToList();
        (DateOnly, DateOnly)? span = dated.Count > 0 ? (dated.Min(), dated.Max()) : null;
        var all = Timeline.Of(mentions, period, span);
        var parts = mentions.Partition(groupOf, groups.Count);
        var byGroup = new Dictionary<string, Timeline>(StringComparer.Ordinal);
        var sizes = new List<GroupSize>();
        for (var g = 0; g < groups.Count; g++)
        {
            // Entities in the order of the whole corpus, so a group's lines and rows line up with everyone's.
            byGroup[groups[g]] = Timeline.Of(parts[g], period, span).Keep(all.Entities.Select(e => e.Entity));
            sizes.Add(new GroupSize(groups[g], parts[g].Articles.Count, parts[g].Articles.Count(a => a.Published is not null)));
        }
        return new GroupedTimeline(by, all, sizes, byGroup, groupOf.Count(g => g < 0));
    }

    /// <summary>Only the <paramref name="n"/> entities ranking highest on a measure over all articles, in every group.</summary>
    public GroupedTimeline Top(int n, Measure by = Measure.Mentions) => With(All.Top(n, by));

    /// <summary>Only entities of one kind, in every group.</summary>
    public GroupedTimeline OfKind(string kind) => With(All.OfKind(kind));

    /// <summary>Only the named entities, in every group.</summary>
    /// <exception cref="ArgumentException">An id has no mention in the corpus.</exception>
    public GroupedTimeline Only(params string[] entities) => With(All.Only(entities));

    /// <summary>Only the <paramref name="n"/> largest groups (the others' articles stay in <see cref="All"/>).</summary>
    public GroupedTimeline Largest(int n)
    {
        var kept = Groups.Take(n).ToList();
        return new GroupedTimeline(By, All, kept, kept.ToDictionary(g => g.Group, g => _byGroup[g.Group], StringComparer.Ordinal), UngroupedArticles, AllGroups);
    }

    /// <summary>Every group (and <see cref="All"/>) pooled over k periods, as <see cref="Timeline.Rolling"/> does.</summary>
    public GroupedTimeline Rolling(int k) =>
        new(By, All.Rolling(k), Groups, _byGroup.ToDictionary(p => p.Key, p => p.Value.Rolling(k), StringComparer.Ordinal), UngroupedArticles, AllGroups);

    /// <summary>One entity's values in one group, zeros where the group never names it.</summary>
    public IReadOnlyList<double> Values(string group, string entity, Measure measure) => this[group].ValuesOrZero(entity, measure);

    /// <summary>Rows by group (largest first), then period, then entity as in <see cref="Entities"/>; zero rows included.</summary>
    public IReadOnlyList<GroupTimelineRow> Rows =>
        Groups.SelectMany(g => Row(g.Group)).ToList();

    /// <summary>The rows as a DataFrame: a <c>group</c> column, then the timeline's columns with <c>group_articles</c> as the denominator.</summary>
    public DataFrame Table
    {
        get
        {
            var rows = Rows;
            return new DataFrame(
                new StringDataFrameColumn("group", rows.Select(r => r.Group)),
                new DateTimeDataFrameColumn(TimelineColumns.Period, rows.Select(r => (DateTime?)r.Period.ToDateTime(TimeOnly.MinValue))),
                new StringDataFrameColumn(TimelineColumns.Entity, rows.Select(r => r.Entity)),
                new StringDataFrameColumn(TimelineColumns.Label, rows.Select(r => r.Label)),
                new StringDataFrameColumn(TimelineColumns.Kind, rows.Select(r => r.Kind)),
                new DoubleDataFrameColumn(TimelineColumns.Mentions, rows.Select(r => r.Mentions)),
                new DoubleDataFrameColumn(TimelineColumns.Articles, rows.Select(r => r.Articles)),
                new Int32DataFrameColumn("group_articles", rows.Select(r => r.GroupArticles)),
                new DoubleDataFrameColumn(TimelineColumns.Share, rows.Select(r => r.Share)),
                new DoubleDataFrameColumn(TimelineColumns.ArticlesAbout, rows.Select(r => r.ArticlesAbout)),
                new DoubleDataFrameColumn(TimelineColumns.ShareAbout, rows.Select(r => r.ShareAbout)));
        }
    }

    private IEnumerable<GroupTimelineRow> Row(string group)
    {
        var t = _byGroup[group];
        var series = All.Entities.Select(e => (e, Values: new[]
        {
            t.ValuesOrZero(e.Entity, Measure.Mentions), t.ValuesOrZero(e.Entity, Measure.Articles), t.ValuesOrZero(e.Entity, Measure.ShareOfArticles),
            t.ValuesOrZero(e.Entity, Measure.ArticlesAbout), t.ValuesOrZero(e.Entity, Measure.ShareOfArticlesAbout),
        })).ToList();
        for (var p = 0; p < Periods.Count; p++)
            foreach (var (e, v) in series)
                yield return new GroupTimelineRow(group, Periods[p], e.Entity, e.Label, e.Kind, v[0][p], v[1][p], t.PeriodArticles[p], v[2][p], v[3][p], v[4][p]);
    }

    private GroupedTimeline With(Timeline all) => new(By, all, Groups,
        _byGroup.ToDictionary(p => p.Key, p => p.Value.Keep(all.Entities.Select(e => e.Entity)), StringComparer.Ordinal), UngroupedArticles, AllGroups);
}
