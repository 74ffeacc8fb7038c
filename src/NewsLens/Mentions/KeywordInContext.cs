using Microsoft.Data.Analysis;

namespace NewsLens;

/// <summary>One mention shown in its sentence: keyword in context.</summary>
/// <param name="ArticleId">Article id.</param>
/// <param name="Published">Article date, if any.</param>
/// <param name="Title">Article title.</param>
/// <param name="Url">Article url, if any.</param>
/// <param name="Left">Text before the match, whitespace collapsed, at most the width.</param>
/// <param name="Matched">The matched text as written.</param>
/// <param name="Right">Text after the match, whitespace collapsed, at most the width.</param>
/// <param name="Offset">Offset of the match in the searched text.</param>
public sealed record ContextRow(string ArticleId, DateOnly? Published, string Title, string? Url, string Left, string Matched, string Right, int Offset);

/// <summary>Every mention of one entity with the words around it, so a spike can be read, not just seen.</summary>
public sealed class KeywordInContext : RowList<ContextRow>
{
    private KeywordInContext(IReadOnlyList<ContextRow> rows) : base(rows) { }

    /// <summary>The mentions of <paramref name="entity"/>, oldest article first, in text order within an article.</summary>
    /// <param name="mentions">Counted mentions.</param>
    /// <param name="entity">Entry id.</param>
    /// <param name="width">Characters of context on each side.</param>
    /// <param name="from">Only articles on or after this date.</param>
    /// <param name="to">Only articles before this date.</param>
    /// <exception cref="KeyNotFoundException">The lexicon has no such entry.</exception>
    /// <remarks>Mentions counted from a stream kept no text: the entity's articles (only those) are read again from their files; one whose file is gone shows only mentions in its title.</remarks>
    public static KeywordInContext Of(Mentions mentions, string entity, int width = 60, DateOnly? from = null, DateOnly? to = null)
    {
        _ = mentions.Lexicon[entity];
        var rows = new List<ContextRow>();
        var positions = mentions.Rows
            .Where(r => r.Entity == entity)
            .Where(r => from is null || (r.Published is { } d && d >= from))
            .Where(r => to is null || (r.Published is { } d2 && d2 < to))
            .OrderBy(r => r.Published ?? DateOnly.MaxValue).ThenBy(r => r.ArticleIndex)
            .Select(r => r.ArticleIndex).ToList();
        // A streamed count kept no text: only these articles are read again from their files.
        foreach (var article in mentions.WithText(positions))
        {
            if (article.Text.Length == 0 && article.Title.Length == 0) continue;
            var text = SearchedText.Of(article);
            foreach (var m in mentions.Matcher.Find(article))
            {
                if (mentions.Lexicon.Entries[m.Entry].Id != entity) continue;
                var left = Collapse(text[Math.Max(0, m.Start - width * 2)..m.Start]);
                var right = Collapse(text[(m.Start + m.Length)..Math.Min(text.Length, m.Start + m.Length + width * 2)]);
                rows.Add(new ContextRow(article.Id, article.Published, article.Title, article.Url,
                    KeepEnd(left, width),
                    text.Substring(m.Start, m.Length),
                    KeepStart(right, width),
                    m.Start));
            }
        }
        return new KeywordInContext(rows);
    }

    private protected override DataFrame ToTable(IReadOnlyList<ContextRow> rows) => new(
        new StringDataFrameColumn(ColumnName.Of(nameof(ContextRow.ArticleId)), rows.Select(r => r.ArticleId)),
        new DateTimeDataFrameColumn(ColumnName.Of(nameof(ContextRow.Published)), rows.Select(r => r.Published?.ToDateTime(TimeOnly.MinValue))),
        new StringDataFrameColumn(ColumnName.Of(nameof(ContextRow.Title)), rows.Select(r => r.Title)),
        new StringDataFrameColumn(ColumnName.Of(nameof(ContextRow.Url)), rows.Select(r => r.Url)),
        new StringDataFrameColumn(ColumnName.Of(nameof(ContextRow.Left)), rows.Select(r => r.Left)),
        new StringDataFrameColumn(ColumnName.Of(nameof(ContextRow.Matched)), rows.Select(r => r.Matched)),
        new StringDataFrameColumn(ColumnName.Of(nameof(ContextRow.Right)), rows.Select(r => r.Right)),
        new Int32DataFrameColumn(ColumnName.Of(nameof(ContextRow.Offset)), rows.Select(r => r.Offset)));

    /// <summary>The last <paramref name="width"/> characters, without a word cut in half at the front.</summary>
    private static string KeepEnd(string s, int width)
    {
        if (s.Length <= width) return s;
        var cut = s[^width..];
        var space = cut.IndexOf(' ');
        return char.IsWhiteSpace(s[^(width + 1)]) || space < 0 ? cut : cut[(space + 1)..];
    }

    /// <summary>The first <paramref name="width"/> characters, without a word cut in half at the end.</summary>
    private static string KeepStart(string s, int width)
    {
        if (s.Length <= width) return s;
        var cut = s[..width];
        var space = cut.LastIndexOf(' ');
        return char.IsWhiteSpace(s[width]) || space < 0 ? cut : cut[..space];
    }

    // Display only: line breaks and runs of spaces become one space, characters are otherwise as written.
    private static string Collapse(string s) => string.Join(' ', s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
