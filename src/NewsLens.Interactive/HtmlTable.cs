using System.Globalization;
using System.Text;

namespace NewsLens;

/// <summary>
/// A readable HTML table of at most <see cref="MaxRows"/> rows, with a note of how many were left out. Cells are
/// escaped unless a column is declared as already-safe HTML (built here from escaped parts).
/// </summary>
internal static class HtmlTable
{
    /// <summary>Rows shown before the rest is summarised: a screenful, so a shared page stays readable.</summary>
    public const int MaxRows = 20;

    public sealed record Column<T>(string Header, Func<T, string> Cell, bool IsHtml = false, bool AlignRight = false);

    private static bool IsDate(string value) =>
        value.Length == 10 && value[4] == '-' && value[7] == '-' && char.IsAsciiDigit(value[0]) && char.IsAsciiDigit(value[9]);

    /// <summary>Says how to reach the rows a result's table leaves out (results have Rows and Table).</summary>
    public const string RestOfResult = "<code>.Rows</code> and <code>.Table</code> hold every row";

    /// <summary>Says how to reach the rows a DataFrame's table leaves out.</summary>
    public const string RestOfFrame = "<code>.Tail(n)</code> or a filter on the DataFrame shows the rest";

    public static string Of<T>(IReadOnlyCollection<T> rows, IReadOnlyList<Column<T>> columns, string? caption = null, int maxRows = MaxRows, string? rest = null)
    {
        // Wide tables (a DataFrame of twelve columns) scroll inside their box instead of running off the page.
        var html = new StringBuilder("<div class=\"newslens\" style=\"overflow-x:auto\">");
        if (caption is not null) html.Append("<p><b>").Append(Html.Text(caption)).Append("</b></p>");
        html.Append("<table><thead><tr>");
        foreach (var c in columns) html.Append("<th>").Append(Html.Text(c.Header)).Append("</th>");
        html.Append("</tr></thead><tbody>");
        foreach (var row in rows.Take(maxRows))
        {
            html.Append("<tr>");
            foreach (var c in columns)
            {
                var value = c.Cell(row);
                // Dates and counts stay on one line ("2020-07-08", not "2020-07-" over "08").
                html.Append(c.AlignRight ? "<td style=\"text-align:right\">" : IsDate(value) ? "<td style=\"white-space:nowrap\">" : "<td>")
                    .Append(c.IsHtml ? value : Html.Text(value)).Append("</td>");
            }
            html.Append("</tr>");
        }
        html.Append("</tbody></table>");
        if (rows.Count > maxRows)
            html.Append("<p><i>").Append((rows.Count - maxRows).ToString("N0", CultureInfo.InvariantCulture)).Append(" more rows not shown (").Append(rows.Count.ToString("N0", CultureInfo.InvariantCulture))
                .Append(" in all); ").Append(rest ?? $"<code>.Skip({maxRows})</code> or a filter on the list shows the rest").Append(".</i></p>");
        return html.Append("</div>").ToString();
    }
}
