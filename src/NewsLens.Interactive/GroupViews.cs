using System.Globalization;
using System.Text;

namespace NewsLens;

public static partial class Views
{
    /// <summary>A timeline by group: the groups and their sizes, and the most mentioned entity's line in each.</summary>
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
            html.Append(ChartHtml.Of(NewsLens.Charts.OverTime(grouped, grouped.Entities[0].Entity, groups: shown)));
        return html.Append("</div>").ToString();
    }

    /// <summary>What each group covers more and less than its reference: a card per group with entities and words.</summary>
    public static string Coverage(Coverage coverage, int perSide = 6)
    {
        var html = new StringBuilder("<div class=\"newslens\">");
        var against = coverage.Reference is { } r ? Html.Text(r) : $"all other {Html.Text(coverage.By.Name)}s together";
        if (coverage.Groups.Count == 0)
            return html.Append("<p>No ").Append(Html.Text(coverage.By.Name)).Append(" has enough articles to describe.</p></div>").ToString();
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
            $" ({Share(x.Share)} vs {Share(x.ReferenceShare)})"))).Append("</p>");
    }
}
