namespace NewsLens;

/// <summary>The fields of one JSONL or CSV record, before they become an article.</summary>
internal sealed record RecordFields(string? Title, string? Byline, string? Published, string? Url, string? Caption, string? Text, string? Source)
{
    /// <summary>The record's other fields, by name as written.</summary>
    public ArticleFields Extra { get; init; } = ArticleFields.None;

    /// <summary>Makes the article, or says why the record cannot be one; date and body trouble become warnings.</summary>
    public Article? ToArticle(string path, int line, List<Problem> problems, List<Problem> warnings, bool hasTextField)
    {
        var title = Collapse(Title);
        if (title.Length == 0)
        {
            problems.Add(new Problem(path, line,
                $"no title: the record's {string.Join("/", FieldNames.Title.Take(2))} field is missing or empty",
                ProblemKind.NoTitle));
            return null;
        }

        DateOnly? published = null;
        if (string.IsNullOrWhiteSpace(Published))
        {
            warnings.Add(new Problem(path, line, "no date; the article is kept undated", ProblemKind.MissingDate));
        }
        else
        {
            var date = DateReading.Read(Published);
            if (date.Success) published = date.Value;
            else warnings.Add(new Problem(path, line, $"{date.Error}; the article is kept undated", ProblemKind.UnreadableDate));
        }

        var text = NormaliseBody(Text);
        // A titles-only export is told once per file by the reader, not once per row.
        if (text.Length == 0 && hasTextField)
            warnings.Add(new Problem(path, line, "no body text; only the title will be searched", ProblemKind.NoBody));

        return Article.Create(title, Byline, published, Url, Caption, text, [], path, line, Source, Extra);
    }

    private static string Collapse(string? s)
    {
        if (s is null) return "";
        // Most titles are already one line with single spaces: keep the string rather than split and join it.
        var plain = s.Length > 0 && !char.IsWhiteSpace(s[0]) && !char.IsWhiteSpace(s[^1]);
        for (var i = 1; plain && i < s.Length; i++)
            if (char.IsWhiteSpace(s[i]) && (s[i] != ' ' || s[i - 1] == ' ')) plain = false;
        return plain ? s : string.Join(' ', s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>Line endings unified and paragraphs trimmed, so bodies compare the same whatever exported them.</summary>
    private static string NormaliseBody(string? s) =>
        s is null ? "" : s.ReplaceLineEndings("\n").Trim();
}
