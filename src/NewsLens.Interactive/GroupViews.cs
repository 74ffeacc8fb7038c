using System.Globalization;
using System.Text;

namespace NewsLens;

public static partial class Views
{
    /// <summary>A timeline by group: the groups and their sizes, and the line in each of the most mentioned entity whose share differs most between them.</summary>
    public static string Grouped(GroupedTimeline grouped)
    {
        const int shown = 8;
        var html = new StringBuilder("<div class=\"newslens\">");
        html.Append("<p>").Append(Html.Text(GroupFacts.Describe(grouped))).Append("</p>");
        html.Append(HtmlTable.Of(grouped.Groups.ToList(),
            [
                new HtmlTable.Column<GroupSize>(grouped.By.Name, g => g.Group),
                new("articles", g => g.Articles.ToString("N0", CultureInfo.InvariantCulture), AlignRight: true),
                new("dated", g => g.DatedArticles.ToString("N0", CultureInfo.InvariantCulture), AlignRight: true),
            ], $"{grouped.Groups.Count:N0} groups, largest first", maxRows: 10));
        if (grouped.Entities.Count > 0 && grouped.Groups.Count > 0)
            html.Append(ChartHtml.Of(NewsLens.Charts.OverTime(grouped, MostVaried(grouped, shown), groups: shown)));
        return html.Append("</div>").ToString();
    }

    // Of the ten most mentioned, the one whose share differs most between the largest groups: a line every group
    // draws at 100 % (the country of a speeches corpus) shows nothing.
    private static string MostVaried(GroupedTimeline grouped, int groups)
    {
        var shown = grouped.Groups.Take(groups).ToList();
        double ShareIn(GroupSize g, string entity) =>
            g.DatedArticles == 0 ? 0 : grouped[g.Group].Raw.ValuesOrZero(entity, Measure.Articles).Sum() / g.DatedArticles;
        return grouped.Entities.Take(10)
            .Select((e, rank) => (e.Entity, rank, Spread: shown.Count < 2 ? 0 : shown.Max(g => ShareIn(g, e.Entity)) - shown.Min(g => ShareIn(g, e.Entity))))
            .OrderByDescending(x => Math.Round(x.Spread, 9)).ThenBy(x => x.rank).First().Entity;
    }

    /// <summary>What each group covers more and less than its reference: a card per group with entities and words.</summary>
    public static string Coverage(Coverage coverage, int perSide = 6)
    {
        var html = new StringBuilder("<div class=\"newslens\">");
        var against = coverage.Reference is { } r ? Html.Text(r) : $"all other {Html.Text(coverage.By.Name)}s together";
        if (coverage.Groups.Count == 0)
            return html.Append("<p>Nothing to compare: fewer than two ").Append(Html.Text(coverage.By.Name))
                .Append(" groups, or none with enough articles to describe.</p></div>").ToString();
        html.Append("<p>Each ").Append(Html.Text(coverage.By.Name)).Append(" against ").Append(against)
            .Append(", by share of articles naming each entity").Append(coverage.HasWords ? " or word" : "")
            .Append("; only differences with G² ≥ 10.83 (p &lt; 0.001) are listed.</p>");
        foreach (var g in coverage.Groups)
        {
            var rows = coverage.Of(g.Group);
            html.Append("<div style=\"border:1px solid #ddd;border-radius:4px;padding:6px 10px;margin:6px 0\">")
                .Append("<p><b>").Append(Html.Text(g.Group)).Append("</b> (").Append(g.Articles.ToString("N0", CultureInfo.InvariantCulture)).Append(" articles)</p>");
            if (rows.Count == 0) html.Append("<p><i>Covers nothing markedly more or less than the reference.</i></p>");
            Line(html, "Names more often", rows.Where(x => x.Over && x.Entity is not null), perSide);
            Line(html, "Names less often", rows.Where(x => !x.Over && x.Entity is not null), perSide);
            Line(html, "Words it uses more", rows.Where(x => x.Over && x.Entity is null), perSide);
            Line(html, "Words it uses less", rows.Where(x => !x.Over && x.Entity is null), perSide);
            html.Append("</div>");
        }
        return html.Append("</div>").ToString();
    }

    private static void Line(StringBuilder html, string title, IEnumerable<CoverageRow> rows, int n)
    {
        var list = rows.Take(n).ToList();
        if (list.Count == 0) return;
        html.Append("<p>").Append(title).Append(": ").Append(string.Join(", ", list.Select(x =>
            (x.Entity is null ? "<i>" + Html.Text(x.Term) + "</i>" : Html.Text(x.Term)) +
            $" ({Tiny(x.Share)} vs {Tiny(x.ReferenceShare)})"))).Append("</p>");
    }

    // A share under 0.1 % is not "0.0 %": a reader would take it for none.
    private static string Tiny(double share) => share is > 0 and < 0.001 ? "<0.1 %" : Share(share);
}
