using Microsoft.Data.Analysis;

namespace NewsLens;

/// <summary>The spikes of a timeline, strongest first (<see cref="Spike.Score"/>), each with its explanation.</summary>
public sealed class Spikes : RowList<Spike>
{
    internal Spikes(IReadOnlyList<Spike> rows, Period period, SpikeOptions options) : base(rows)
    {
        Period = period;
        Options = options;
    }

    /// <summary>The period the timeline counts by.</summary>
    public Period Period { get; }

    /// <summary>The test's settings.</summary>
    public SpikeOptions Options { get; }

    /// <summary>The spikes of one entity, oldest first.</summary>
    public IReadOnlyList<Spike> Of(string entity) => Rows.Where(s => s.Entity == entity).OrderBy(s => s.First).ToList();

    private protected override DataFrame ToTable(IReadOnlyList<Spike> rows) => new(
        new StringDataFrameColumn(SpikeColumns.Entity, rows.Select(s => s.Entity)),
        new StringDataFrameColumn(SpikeColumns.Label, rows.Select(s => s.Label)),
        new StringDataFrameColumn(SpikeColumns.Kind, rows.Select(s => s.Kind)),
        new DateTimeDataFrameColumn(SpikeColumns.FirstPeriod, rows.Select(s => (DateTime?)s.First.ToDateTime(TimeOnly.MinValue))),
        new DateTimeDataFrameColumn(SpikeColumns.LastPeriod, rows.Select(s => (DateTime?)s.Last.ToDateTime(TimeOnly.MinValue))),
        new Int32DataFrameColumn(SpikeColumns.Articles, rows.Select(s => s.Articles)),
        new DoubleDataFrameColumn(SpikeColumns.Expected, rows.Select(s => s.Expected)),
        new DoubleDataFrameColumn(SpikeColumns.Ratio, rows.Select(s => s.Ratio)),
        new DoubleDataFrameColumn(SpikeColumns.Score, rows.Select(s => s.Score)),
        new StringDataFrameColumn(SpikeColumns.TopPhrases, rows.Select(s => string.Join('|', s.Phrases.Select(p => p.Phrase)))),
        new StringDataFrameColumn(SpikeColumns.TopTitles, rows.Select(s => string.Join('|', s.TopArticles.Select(a => a.Title)))));
}

/// <summary>The sentence-like entry point: <c>timeline.Spikes()</c>.</summary>
public static class TimelineSpikes
{
    /// <summary>
    /// The periods where each entity of the timeline drew far more articles about it than its own baseline, joined
    /// into spikes and explained from the mentions the timeline was counted from (see <see cref="SpikeOptions"/>).
    /// </summary>
    public static Spikes Spikes(this Timeline timeline, SpikeOptions? options = null)
    {
        options ??= SpikeOptions.Default;
        var found = SpikeFinder.Find(timeline, options);
        var source = timeline.Source;
        if (source is null || found.Count == 0) return new Spikes(found, timeline.Period, options);
        var index = new CountIndex(source);
        var explained = SpikeExplainer.ExplainAll(found, source, index);
        return new Spikes(explained, timeline.Period, options);
    }
}
