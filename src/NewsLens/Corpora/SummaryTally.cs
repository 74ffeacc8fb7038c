namespace NewsLens;

/// <summary>
/// A corpus summary's dates and sites gathered one article at a time, so that a merge can stream shards without
/// keeping the articles; <see cref="CorpusSummary.Of"/> gathers the same way.
/// </summary>
internal sealed class SummaryTally
{
    private readonly Dictionary<string, int> _sources = new(StringComparer.Ordinal);
    private int _dated;
    private bool _dayNotFirst;
    private bool _allJanuary = true;
    private DateOnly? _first, _last;

    /// <summary>Articles added.</summary>
    public int Articles { get; private set; }

    /// <summary>Adds an article's date and site.</summary>
    public void Add(Article article)
    {
        Articles++;
        var source = article.Source ?? CorpusSummary.NoSource;
        _sources[source] = _sources.GetValueOrDefault(source) + 1;
        if (article.Published is not { } date) return;
        _dated++;
        if (_first is null || date < _first) _first = date;
        if (_last is null || date > _last) _last = date;
        _dayNotFirst |= date.Day != 1;
        _allJanuary &= date.Month == 1;
    }

    /// <summary>The summary of the articles added, with the records and problems of the read.</summary>
    public CorpusSummary Summary(int files, int records, IReadOnlyList<Problem> problems, IReadOnlyList<Problem> warnings)
    {
        var sources = _sources
            .Select(s => new SourceCount(s.Key, s.Value))
            .OrderByDescending(s => s.Articles).ThenBy(s => s.Source, StringComparer.Ordinal)
            .ToList();
        return new CorpusSummary(files, records, Articles, problems, warnings,
            Articles - _dated,
            problems.Count(p => p.Kind == ProblemKind.Duplicate),
            _first,
            _last,
            sources)
        {
            DatePrecision = _dated == 0 ? DatePrecision.None
                : _dated < 3 || _dayNotFirst ? DatePrecision.Day
                : _allJanuary ? DatePrecision.Year
                : DatePrecision.Month,
        };
    }
}
