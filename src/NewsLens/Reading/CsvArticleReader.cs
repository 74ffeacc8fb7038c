using CsvHelper;

namespace NewsLens;

/// <summary>
/// Reads CSV exports with CsvHelper: a header row naming the columns (see <see cref="FieldNames"/>; only a title
/// column is required), then one article per row. The separator (comma, semicolon, tab, bar) is detected.
/// </summary>
internal static class CsvArticleReader
{
    /// <summary>Reads every row of a CSV file; each data row is one record.</summary>
    public static FileReadResult ReadFile(string path)
    {
        var size = new FileInfo(path).Length;
        if (size > ReadLimits.MaxCsvBytes)
            return FileReadResult.Rejected(path, 1,
                $"CSV file is {ReadLimits.Megabytes(size)}; CSV is read whole, up to {ReadLimits.Megabytes(ReadLimits.MaxCsvBytes)}: export the corpus as JSON Lines (.jsonl), which is read in batches",
                ProblemKind.TooLarge);
        return Read(File.ReadAllBytes(path), path);
    }

    /// <summary>Reads CSV from its bytes; <paramref name="path"/> is used in problems and articles.</summary>
    public static FileReadResult Read(ReadOnlySpan<byte> bytes, string path)
    {
        if (TextDecoding.LooksBinary(bytes))
            return FileReadResult.Rejected(path, 1, "binary file (contains NUL bytes), not CSV", ProblemKind.BinaryFile);
        var text = TextDecoding.Decode(bytes, out var usedWindows1252);
        if (string.IsNullOrWhiteSpace(text))
            return FileReadResult.Rejected(path, 1, "empty file: no header row and no rows", ProblemKind.EmptyFile);

        var warnings = new List<Problem>();
        if (usedWindows1252)
            warnings.Add(new Problem(path, 1, TextDecoding.Windows1252Reason, ProblemKind.Windows1252));

        var problems = new List<Problem>();
        var options = CsvReaderOptions.Default with
        {
            TrackLineNumbers = true,
            // A malformed row becomes a problem of its own instead of silently merging into its neighbours.
            MalformedData = CsvMalformedDataHandling.Skip,
            FieldCountMismatch = CsvFieldCountHandling.Skip,
            OnMalformedRecord = bad => problems.Add(new Problem(path, (int)Math.Max(1, bad.LineNumber),
                $"malformed CSV row: {Describe(bad.Reason)}", ProblemKind.MalformedCsv)),
        };

        using var csv = CsvReader.FromText(text, options);
        var headers = csv.Headers.ToArray();
        var column = new Columns(headers);
        if (column.Title < 0)
            return FileReadResult.Rejected(path, 1,
                $"missing required column 'title' (or one of: {string.Join(", ", FieldNames.Title.Skip(1))}); " +
                $"the header has: {string.Join(", ", headers.Select(h => $"'{h}'"))}",
                ProblemKind.MissingColumn);
        if (column.Text < 0)
            warnings.Add(new Problem(path, 1,
                $"no text column ({string.Join(", ", FieldNames.Text)}): articles have titles only", ProblemKind.NoBody));

        var articles = new List<Article>();
        var rows = 0;
        while (csv.Read())
        {
            rows++;
            var line = (int)csv.LineNumber;
            string? Get(int index) => index >= 0 ? csv.GetString(index) : null;
            var fields = new RecordFields(Get(column.Title), Get(column.Byline), Get(column.Published),
                Get(column.Url), Get(column.Caption), Get(column.Text), Get(column.Source))
            {
                Extra = ArticleFields.Of(column.Extra.Select(i => new KeyValuePair<string, string?>(headers[i], Get(i))).ToList()),
            };
            var article = fields.ToArticle(path, line, problems, warnings, hasTextField: column.Text >= 0);
            if (article is not null) articles.Add(article);
        }

        var malformed = problems.Count(p => p.Kind == ProblemKind.MalformedCsv);
        var records = rows + malformed;
        if (records == 0)
            return FileReadResult.Rejected(path, 1, "no rows: the file has a header and nothing else", ProblemKind.EmptyFile);
        // Problems come in file order whichever callback reported them.
        problems.Sort((a, b) => a.Line.CompareTo(b.Line));
        return new FileReadResult(records, articles, problems, warnings);
    }

    private static string Describe(CsvMalformedReason reason) => reason switch
    {
        CsvMalformedReason.StrayQuote => "a quote inside an unquoted field (quote the field and double the quote: \"\")",
        CsvMalformedReason.TextAfterClosingQuote => "text after a closing quote (double quotes inside a quoted field: \"\")",
        CsvMalformedReason.UnterminatedQuote => "a quoted field is never closed",
        CsvMalformedReason.LineBreakInQuotes => "a line break inside quotes",
        CsvMalformedReason.FieldCountMismatch => "its number of fields differs from the header's",
        _ => reason.ToString(),
    };

    /// <summary>Where each known field sits in the header; -1 when absent.</summary>
    private sealed class Columns
    {
        public Columns(string[] headers)
        {
            int Find(IReadOnlyList<string> names) =>
                FieldNames.Pick(names, headers) is { } name ? Array.IndexOf(headers, name) : -1;
            Title = Find(FieldNames.Title);
            Published = Find(FieldNames.Published);
            Text = Find(FieldNames.Text);
            Url = Find(FieldNames.Url);
            Byline = Find(FieldNames.Byline);
            Caption = Find(FieldNames.Caption);
            Source = Find(FieldNames.Source);
            int[] known = [Title, Published, Text, Url, Byline, Caption, Source];
            Extra = Enumerable.Range(0, headers.Length).Where(i => !known.Contains(i) && headers[i].Trim().Length > 0).ToArray();
        }

        /// <summary>Columns no known field reads, kept as the article's <see cref="Article.Fields"/>.</summary>
        public int[] Extra { get; }

        public int Source { get; }

        public int Title { get; }
        public int Published { get; }
        public int Text { get; }
        public int Url { get; }
        public int Byline { get; }
        public int Caption { get; }
    }
}
