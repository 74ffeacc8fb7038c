using Microsoft.Data.Analysis;

namespace NewsLens;

/// <summary>Builds the typed articles DataFrame.</summary>
internal static class ArticleFrame
{
    /// <summary>One row per article, columns as in <see cref="ArticleColumns"/>.</summary>
    public static DataFrame From(IReadOnlyList<Article> articles, bool withText = true)
    {
        // Columns are filled from whole sequences: appending row by row is several times slower.
        StringDataFrameColumn Text(string name, Func<Article, string?> get) => new(name, articles.Select(get));
        var columns = new List<DataFrameColumn>
        {
            Text(ArticleColumns.Id, a => a.Id),
            Text(ArticleColumns.Title, a => a.Title),
            Text(ArticleColumns.Byline, a => a.Byline),
            Text(ArticleColumns.Source, a => a.Source),
            new DateTimeDataFrameColumn(ArticleColumns.Published,
                articles.Select(a => a.Published?.ToDateTime(TimeOnly.MinValue))),
            Text(ArticleColumns.Url, a => a.Url),
            Text(ArticleColumns.Caption, a => a.Caption),
            Text(ArticleColumns.Dateline, a => a.Dateline),
            Text(ArticleColumns.Text, a => a.Text),
            new Int32DataFrameColumn(ArticleColumns.Words, articles.Select(a => a.Words)),
            Text(ArticleColumns.Path, a => a.Path),
            new Int32DataFrameColumn(ArticleColumns.Line, articles.Select(a => a.Line)),
        };
        // A streamed corpus has no text to show; an empty column would look like articles without bodies.
        if (!withText) columns.RemoveAll(c => c.Name == ArticleColumns.Text);
        // Each extra field becomes a column, in first-seen order; a name the table already has is kept apart.
        var names = new List<string>();
        foreach (var article in articles)
            foreach (var name in article.Fields.Keys)
                if (!names.Exists(n => string.Equals(n, name, StringComparison.OrdinalIgnoreCase))) names.Add(name);
        foreach (var name in names)
        {
            var column = ExtraColumnName(name);
            columns.Add(Text(column, a => a.Fields.TryGetValue(name, out var v) ? v : null));
        }
        return new DataFrame(columns);
    }

    /// <summary>The column an extra field is shown in: its name, or <c>field_</c> and its name when that is one of <see cref="ArticleColumns"/>.</summary>
    internal static string ExtraColumnName(string field) =>
        typeof(ArticleColumns).GetFields().Any(f => string.Equals((string)f.GetValue(null)!, field, StringComparison.OrdinalIgnoreCase))
            ? "field_" + field : field;
}
