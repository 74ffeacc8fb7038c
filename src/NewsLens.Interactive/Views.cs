using System.Text;

namespace NewsLens;

/// <summary>The HTML that notebooks show for NewsLens objects. Pure functions: any host can call them.</summary>
public static partial class Views
{
    /// <summary>A summary card: articles, date range, sources, and the problems with path, line and reason.</summary>
    public static string Corpus(Corpus corpus)
    {
        var s = corpus.Summary;
        var html = new StringBuilder("<div class=\"newslens\">");
        html.Append("<p><b>").Append(s.Articles.ToString("N0")).Append(s.Articles == 1 ? " article</b> from " : " articles</b> from ")
            .Append(s.Records.ToString("N0")).Append(s.Records == 1 ? " record in " : " records in ").Append(s.Files.ToString("N0")).Append(s.Files == 1 ? " file; " : " files; ")
            .Append(Html.Date(s.First)).Append(" to ").Append(Html.Date(s.Last)).Append("; ")
            .Append(s.Undated).Append(" undated; ").Append(s.Duplicates).Append(" duplicates; ")
            .Append(s.Problems.Count).Append(" problems; ").Append(s.Warnings.Count).Append(" warnings.</p>");
        html.Append(HtmlTable.Of(s.Sources.ToList(),
            [new HtmlTable.Column<SourceCount>("source", x => x.Source), new("articles", x => x.Articles.ToString("N0"), AlignRight: true)],
            "Sources", maxRows: 10));
        // The card is a summary: the first few of each list, by kind; corpus.Problems and corpus.Warnings show more.
        if (s.Problems.Count > 0)
            html.Append(Problems(s.Problems, $"Problems (records not loaded): {s.Problems.CountByKind()}", CardRows));
        if (s.Warnings.Count > 0)
            html.Append(Problems(s.Warnings, $"Warnings (articles loaded with a caveat): {s.Warnings.CountByKind()}", CardRows));
        return html.Append("</div>").ToString();
    }

    private const int CardRows = 5;

    /// <summary>Problems or warnings as a table of path, line, kind and reason; "none" when there are none.</summary>
    public static string Problems(IReadOnlyList<Problem> problems, string? caption = null, int maxRows = HtmlTable.MaxRows) =>
        problems.Count == 0
            ? "<div class=\"newslens\"><p><i>None: no record was set aside and no article carries a caveat here.</i></p></div>"
            : HtmlTable.Of(problems.ToList(),
            [
                new HtmlTable.Column<Problem>("path", p => p.Path),
                new("line", p => p.Line.ToString(), AlignRight: true),
                new("kind", p => p.Kind.Name()),
                new("reason", p => p.Reason),
            ], caption ?? $"{problems.Count:N0}: {problems.CountByKind()}", maxRows);

    /// <summary>Mentions per article and entity.</summary>
    public static string Mentions(Mentions mentions)
    {
        // Titles, not ids, are what a reader recognises; only the rows shown are looked up.
        var titles = new Dictionary<string, Article>(StringComparer.Ordinal);
        foreach (var a in mentions.Articles) titles.TryAdd(a.Id, a);
        // Oldest first, as a reader scans a news list; undated rows last.
        var rows = mentions.Rows.Select((r, i) => (r, i)).OrderBy(x => x.r.Published ?? DateOnly.MaxValue).ThenBy(x => x.i).Select(x => x.r).ToList();
        return HtmlTable.Of(rows,
        [
            new HtmlTable.Column<MentionRow>("published", r => Html.Date(r.Published)),
            new("article", r => titles.TryGetValue(r.ArticleId, out var a) ? Html.Link(a.Url, Cut(a.Title)) : Html.Text(r.ArticleId), IsHtml: true),
            new("entity", r => r.Label),
            new("kind", r => r.Kind),
            new("mentions", r => r.Count.ToString(), AlignRight: true),
        ], $"{mentions.Rows.Count:N0} article × entity rows, {mentions.Total:N0} mentions in {mentions.Articles.Count:N0} articles",
        rest: HtmlTable.RestOfResult);
    }

    /// <summary>Keyword in context: the matched text highlighted between its left and right context.</summary>
    public static string InContext(IReadOnlyList<ContextRow> rows) =>
        HtmlTable.Of(rows.ToList(),
        [
            new HtmlTable.Column<ContextRow>("date", r => Html.Date(r.Published)),
            new("article", r => Html.Link(r.Url, r.Title), IsHtml: true),
            new("left", r => r.Left, AlignRight: true),
            new("match", r => $"<mark><b>{Html.Text(r.Matched)}</b></mark>", IsHtml: true),
            new("right", r => r.Right),
        ], $"{rows.Count:N0} mentions in context", rest: rows is KeywordInContext ? HtmlTable.RestOfResult : null);

    /// <summary>A timeline as its chart (share of articles, the 8 most mentioned), with its shape in words.</summary>
    public static string Timeline(Timeline timeline)
    {
        const int shown = 8;
        var caption = $"{timeline.Entities.Count} entities over {timeline.Periods.Count} {timeline.Period.ToString().ToLowerInvariant()}s" +
                      (timeline.Window > 1 ? $", each point pooling {timeline.Window} periods" : "") +
                      $"; {timeline.UndatedArticles} undated articles counted apart" +
                      (timeline.Entities.Count > shown ? $"; the chart shows the {shown} most mentioned (.Table has every row)" : "");
        var chart = NewsLens.Charts.OverTime(timeline.Entities.Count > shown ? timeline.Top(shown) : timeline);
        return $"<div class=\"newslens\"><p>{Html.Text(caption)}</p>{ChartHtml.Of(chart)}</div>";
    }

    /// <summary>A timeline's rows as a table (zero rows left out), for reading exact values.</summary>
    public static string TimelineTable(Timeline timeline) =>
        HtmlTable.Of(timeline.Rows.Where(r => r.Mentions > 0).ToList(),
        [
            new HtmlTable.Column<TimelineRow>("period", r => Html.Date(r.Period)),
            new("entity", r => r.Label),
            new("mentions", r => Html.Number(r.Mentions), AlignRight: true),
            new("articles", r => Html.Number(r.Articles), AlignRight: true),
            new("of", r => r.PeriodArticles.ToString("N0"), AlignRight: true),
            new("share", r => r.Share.ToString("P1", System.Globalization.CultureInfo.InvariantCulture), AlignRight: true),
            new("per 10k words", r => r.Per10kWords.ToString("N1", System.Globalization.CultureInfo.InvariantCulture), AlignRight: true),
        ], $"{timeline.Entities.Count} entities over {timeline.Periods.Count} periods", rest: HtmlTable.RestOfResult);

    /// <summary>Candidate names a lexicon lacks.</summary>
    public static string Candidates(IReadOnlyList<Candidate> candidates) =>
        HtmlTable.Of(candidates.ToList(),
        [
            new HtmlTable.Column<Candidate>("phrase", c => c.Phrase),
            new("mentions", c => c.Mentions.ToString("N0"), AlignRight: true),
            new("articles", c => c.Articles.ToString("N0"), AlignRight: true),
            new("after a title", c => c.Cued.ToString("N0"), AlignRight: true),
            new("first seen in", c => c.ExampleDate is { } d ? $"{c.Example} ({d:yyyy-MM-dd})" : c.Example),
        ], $"{candidates.Count:N0} candidate names", rest: candidates is NewsLens.Candidates ? HtmlTable.RestOfResult : null);

    /// <summary>
    /// Pairs of entities that appear together, strongest first (<see cref="CoMentions.Strongest"/>: shared articles ×
    /// log2 lift), so a pair ranks high when it is both frequent and well above chance. Pairs at or below chance are
    /// left out of the view; <c>.Rows</c> holds every pair.
    /// </summary>
    public static string CoMentions(CoMentions co)
    {
        var strongest = co.Strongest();
        return HtmlTable.Of(strongest.ToList(), PairColumns,
            $"{co.Rows.Count:N0} pairs in {co.ArticlesSearched:N0} articles; the {strongest.Count:N0} that meet more often than chance, " +
            "strongest first (shared articles × log2 lift)", rest: HtmlTable.RestOfResult);
    }
}
