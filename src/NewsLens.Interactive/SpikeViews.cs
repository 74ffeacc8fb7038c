using System.Globalization;
using System.Text;

namespace NewsLens;

public static partial class Views
{
    /// <summary>Spikes shown in a card each, strongest first: when, how far above the baseline, and what explains it.</summary>
    public static string Spikes(Spikes spikes, int maxCards = 10)
    {
        var html = new StringBuilder("<div class=\"newslens\">");
        if (spikes.Count == 0)
            return html.Append("<p>No spike: no entity drew markedly more articles in any ").Append(spikes.Period.ToString().ToLowerInvariant())
                .Append(" than its own baseline (").Append(Html.Text(Describe(spikes.Options))).Append(").</p></div>").ToString();
        html.Append("<p><b>").Append(spikes.Count.ToString("N0", CultureInfo.InvariantCulture)).Append(spikes.Count == 1 ? " spike" : " spikes")
            .Append("</b>, strongest first (").Append(Html.Text(Describe(spikes.Options))).Append(").</p>");
        foreach (var s in spikes.Take(maxCards))
        {
            html.Append("<div style=\"border:1px solid #ddd;border-radius:4px;padding:6px 10px;margin:6px 0\">")
                .Append("<p><b>").Append(Html.Text(s.Label)).Append("</b>: ").Append(Html.Text(SpikeFacts.When(spikes.Period, s)))
                .Append(", ").Append(Html.Text(Size(s))).Append("</p>");
            if (s.Phrases.Count > 0)
                html.Append("<p>Set apart by: ").Append(string.Join(", ", s.Phrases.Take(6).Select(p => "<i>" + Html.Text(p.Phrase) + "</i>"))).Append("</p>");
            if (s.Partners.Count > 0)
                html.Append("<p>Named with it more than usual: ").Append(Html.Text(string.Join(", ", s.Partners.Select(p =>
                    $"{p.Label} ({Share(p.During)} of its articles, usually {Share(p.Before)})")))).Append("</p>");
            if (s.TopArticles.Count > 0)
            {
                html.Append("<ul>");
                foreach (var a in s.TopArticles)
                    html.Append("<li>").Append(Html.Date(a.Published)).Append(" ").Append(Html.Link(a.Url, a.Title))
                        .Append(a.Source is null ? "" : " <span style=\"color:#666\">(" + Html.Text(a.Source) + ")</span>").Append("</li>");
                html.Append("</ul>");
            }
            html.Append("</div>");
        }
        if (spikes.Count > maxCards)
            html.Append("<p><i>").Append((spikes.Count - maxCards).ToString("N0", CultureInfo.InvariantCulture))
                .Append(" more not shown; ").Append(HtmlTable.RestOfResult).Append(".</i></p>");
        return html.Append("</div>").ToString();
    }

    // Small shares keep a decimal: "usually 0.4 %", not "usually 0 %".
    private static string Share(double share) => share.ToString(share is > 0 and < 0.1 ? "P1" : "P0", CultureInfo.InvariantCulture);

    private static string Size(Spike s) => s.IsNew
        ? $"{s.Articles:N0} articles about it where fewer than one was expected (new or rarely covered before)"
        : $"{SpikeFacts.Times(s)} the usual share ({s.Articles:N0} articles about it, {s.Expected.ToString("N1", CultureInfo.InvariantCulture)} expected)";

    private static string Describe(SpikeOptions o) =>
        $"baseline: the {o.Baseline} periods before, holding at least {o.MinHistory:0.##}× the period's articles; at least {o.MinArticles} articles at {o.MinRatio:0.#}× the baseline; " +
        $"false discoveries held to {o.FalseDiscoveryRate:P0}";
}
