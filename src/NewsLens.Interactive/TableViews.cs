using System.Collections;
using System.Globalization;
using System.Reflection;
using Microsoft.Data.Analysis;

namespace NewsLens;

public static partial class Views
{
    /// <summary>Longest cell text shown in a table; a body of 2,000 words would bury the other columns.</summary>
    private const int MaxCellChars = 120;

    /// <summary>A DataFrame as a table: its first rows, dates as dates, long text cut, id columns last.</summary>
    public static string Frame(DataFrame frame)
    {
        // People read titles and dates; hex ids are for joins, so they go to the far right.
        var columns = frame.Columns.OrderBy(c => IsId(c.Name) ? 1 : 0).ToList();
        var rows = Enumerable.Range(0, (int)Math.Min(frame.Rows.Count, int.MaxValue)).ToList();
        return HtmlTable.Of(rows,
            columns.Select(c => new HtmlTable.Column<int>(c.Name, i => Cell(c[i]), AlignRight: IsNumeric(c))).ToList(),
            $"{frame.Rows.Count:N0} {(frame.Rows.Count == 1 ? "row" : "rows")} × {frame.Columns.Count} columns", rest: HtmlTable.RestOfFrame);
    }

    /// <summary>One DataFrame column as a table of its values.</summary>
    public static string FrameColumn(DataFrameColumn column) =>
        HtmlTable.Of(Enumerable.Range(0, (int)column.Length).ToList(),
            [new HtmlTable.Column<int>(column.Name, i => Cell(column[i]), AlignRight: IsNumeric(column))],
            $"{column.Length:N0} values", rest: HtmlTable.RestOfFrame);

    /// <summary>Articles by title, date, source, byline and length, with a link to the original.</summary>
    public static string Articles(IEnumerable<Article> articles)
    {
        var list = articles.ToList();
        return HtmlTable.Of(list,
        [
            new HtmlTable.Column<Article>("published", a => Html.Date(a.Published)),
            new("title", a => Html.Link(a.Url, Cut(a.Title)), IsHtml: true),
            new("source", a => a.Source ?? ""),
            new("byline", a => a.Byline ?? ""),
            new("words", a => a.Words.ToString("N0"), AlignRight: true),
            new("file", a => $"{a.Path}:{a.Line}"),
        ], $"{list.Count:N0} articles");
    }

    /// <summary>Sources and their articles, most articles first.</summary>
    public static string Sources(IEnumerable<SourceCount> sources)
    {
        var list = sources.OrderByDescending(s => s.Articles).ThenBy(s => s.Source, StringComparer.Ordinal).ToList();
        return HtmlTable.Of(list,
            [new HtmlTable.Column<SourceCount>("source", x => x.Source), new("articles", x => x.Articles.ToString("N0"), AlignRight: true)],
            $"{list.Count:N0} sources, {list.Sum(s => (long)s.Articles):N0} articles");
    }

    /// <summary>
    /// Co-mention pairs in the order given (a filtered or sorted list keeps the user's order), with the counts that
    /// make a lift readable: shared articles, what chance would give, and each side's articles.
    /// </summary>
    public static string Pairs(IEnumerable<CoMention> pairs)
    {
        var list = pairs.ToList();
        return HtmlTable.Of(list, PairColumns, $"{list.Count:N0} pairs");
    }

    /// <summary>Any list of records: one column per public property, values formatted for reading.</summary>
    public static string Records<T>(IEnumerable<T> records)
    {
        var list = records.ToList();
        var properties = typeof(T).GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0)
            .OrderBy(p => IsId(p.Name) ? 1 : 0).ToList();
        return HtmlTable.Of(list,
            properties.Select(p => new HtmlTable.Column<T>(p.Name, r => Cell(p.GetValue(r)), AlignRight: IsNumeric(p.PropertyType))).ToList(),
            $"{list.Count:N0} {(list.Count == 1 ? "row" : "rows")}");
    }

    private static readonly HtmlTable.Column<CoMention>[] PairColumns =
    [
        new("entity", p => p.LabelA),
        new("with", p => p.LabelB),
        new("articles together", p => p.Both.ToString("N0"), AlignRight: true),
        // Lift is together ÷ expected, so expected is recovered without the corpus size.
        new("expected by chance", p => (p.Lift > 0 ? p.Both / p.Lift : 0).ToString("N1", CultureInfo.InvariantCulture), AlignRight: true),
        new("lift", p => p.Lift.ToString("N2", CultureInfo.InvariantCulture) + "×", AlignRight: true),
        new("articles of entity", p => p.ArticlesA.ToString("N0"), AlignRight: true),
        new("articles of with", p => p.ArticlesB.ToString("N0"), AlignRight: true),
    ];

    private static bool IsId(string name) => name is "id" or "article_id" or "entity" or "entity_a" or "entity_b";

    private static bool IsNumeric(DataFrameColumn column) => IsNumeric(column.DataType);

    private static bool IsNumeric(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        return type == typeof(int) || type == typeof(long) || type == typeof(double) || type == typeof(float) || type == typeof(decimal) || type == typeof(short);
    }

    private static string Cut(string text) => text.Length <= MaxCellChars ? text : text[..MaxCellChars].TrimEnd() + "…";

    private static string Cell(object? value) => value switch
    {
        null => "",
        string s => Cut(s.ReplaceLineEndings(" ")),
        DateOnly d => Html.Date(d),
        DateTime t => t.TimeOfDay == TimeSpan.Zero ? t.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : t.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
        double d => Html.Number(d),
        float f => Html.Number(f),
        int or long or short => ((IFormattable)value).ToString("N0", CultureInfo.InvariantCulture),
        bool b => b ? "yes" : "no",
        Alias a => a.Text,
        Enum e => e.ToString(),
        IEnumerable items => Cut(string.Join(", ", items.Cast<object?>().Select(Cell))),
        _ => Cut(value.ToString() ?? ""),
    };
}
