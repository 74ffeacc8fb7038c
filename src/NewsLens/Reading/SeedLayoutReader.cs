namespace NewsLens;

/// <summary>
/// Reads one article in the seed layout: title; "By …"; date; optional caption; body paragraphs with
/// "Related article: …" lines; "Original url:" and the url.
/// </summary>
/// <remarks>
/// Every header part but the title may be missing. The caption is told from the first body paragraph by
/// shape: it directly follows the date, is a single short line, does not end like a sentence, reads as a photo
/// credit or a run of names, and more body follows it.
/// </remarks>
internal static class SeedLayoutReader
{
    private const string BylinePrefix = "By ";
    private const string RelatedPrefix = "Related article:";
    private const string UrlMarker = "Original url:";
    private const int MaxCaptionLength = 200;

    /// <summary>Reads a seed-layout file from disk.</summary>
    public static FileReadResult ReadFile(string path)
    {
        var size = new FileInfo(path).Length;
        if (size > ReadLimits.MaxRecordBytes)
            return FileReadResult.Rejected(path, 1,
                $"file is {ReadLimits.Megabytes(size)}, over the {ReadLimits.Megabytes(ReadLimits.MaxRecordBytes)} an article may be; skipped (check that it is one article, or split it)",
                ProblemKind.TooLarge);
        var bytes = File.ReadAllBytes(path);
        return Read(bytes, path);
    }

    /// <summary>Reads a seed-layout article from its bytes; <paramref name="path"/> is used in problems and in the article.</summary>
    public static FileReadResult Read(ReadOnlySpan<byte> bytes, string path)
    {
        if (TextDecoding.LooksBinary(bytes))
            return FileReadResult.Rejected(path, 1, "binary file (contains NUL bytes), not a text article", ProblemKind.BinaryFile);
        var text = TextDecoding.Decode(bytes, out var usedWindows1252);
        var warnings = new List<Problem>();
        if (usedWindows1252)
            warnings.Add(new Problem(path, 1, TextDecoding.Windows1252Reason, ProblemKind.Windows1252));
        return Parse(text, path, warnings);
    }

    private static FileReadResult Parse(string text, string path, List<Problem> warnings)
    {
        var lines = SplitLines(text);
        var cursor = new LineCursor(lines);
        if (!cursor.SkipBlank())
            return FileReadResult.Rejected(path, 1, "empty file: nothing but whitespace", ProblemKind.EmptyFile);

        var titleLine = cursor.Number;
        var first = cursor.Current;
        if (IsByline(first))
            return NoTitle(path, titleLine, $"the first line is the byline '{Shorten(first)}'");
        if (IsUrlMarker(first))
            return NoTitle(path, titleLine, "the first line is 'Original url:'");
        if (DateReading.LooksLikeDate(first) && DateReading.Read(first).Success)
            return NoTitle(path, titleLine, $"the first line is the date '{first}'");

        // A long headline may wrap onto following lines; it ends at a blank line or where the byline or date begins.
        var titleParts = new List<string>();
        while (!cursor.AtEnd && cursor.Current.Length > 0 && (titleParts.Count == 0 || !IsByline(cursor.Current)))
        {
            if (titleParts.Count > 0 && DateReading.LooksLikeDate(cursor.Current)) break;
            titleParts.Add(cursor.Current.Trim());
            cursor.Advance();
        }
        var title = string.Join(' ', titleParts);

        string? byline = null;
        if (cursor.SkipBlank() && IsByline(cursor.Current))
        {
            byline = cursor.Current[BylinePrefix.Length..].Trim();
            cursor.Advance();
        }

        DateOnly? published = null;
        var dateSeen = false;
        if (cursor.SkipBlank() && DateReading.LooksLikeDate(cursor.Current))
        {
            dateSeen = true;
            var result = DateReading.Read(cursor.Current);
            if (result.Success) published = result.Value;
            else warnings.Add(new Problem(path, cursor.Number, $"{result.Error}; the article is kept undated", ProblemKind.UnreadableDate));
            cursor.Advance();
        }
        else
        {
            warnings.Add(new Problem(path, cursor.AtEnd ? lines.Count : cursor.Number,
                $"no date line after the {(byline is null ? "title" : "byline")}; the article is kept undated (expected a date like {DateReading.Accepted})",
                ProblemKind.MissingDate));
        }

        var paragraphs = ReadParagraphs(cursor, out var related, out var url, out var urlLine, out var trailing);
        if (trailing is { } ignoredLine)
            warnings.Add(new Problem(path, ignoredLine, "text after the url is not part of the article and was ignored", ProblemKind.IgnoredText));

        string? caption = null;
        if (dateSeen && paragraphs.Count > 1 && LooksLikeCaption(paragraphs[0]))
        {
            caption = paragraphs[0].Text;
            paragraphs.RemoveAt(0);
        }

        var body = string.Join("\n\n", paragraphs.Select(p => p.Text));
        if (body.Length == 0)
            warnings.Add(new Problem(path, urlLine ?? lines.Count, "no body text; only the title will be searched", ProblemKind.NoBody));

        var article = Article.Create(title, byline, published, url, caption, body, related, path, titleLine);
        return new FileReadResult(1, [article], [], warnings);
    }

    private static List<Paragraph> ReadParagraphs(
        LineCursor cursor, out List<string> related, out string? url, out int? urlLine, out int? trailing)
    {
        var paragraphs = new List<Paragraph>();
        related = [];
        url = null;
        urlLine = null;
        trailing = null;
        var current = new List<string>();
        var lineCount = 0;

        void Flush()
        {
            if (current.Count > 0) paragraphs.Add(new Paragraph(string.Join(' ', current), lineCount));
            current.Clear();
            lineCount = 0;
        }

        for (; !cursor.AtEnd; cursor.Advance())
        {
            var line = cursor.Current.Trim();
            if (line.Length == 0) { Flush(); continue; }
            if (line.StartsWith(RelatedPrefix, StringComparison.OrdinalIgnoreCase))
            {
                Flush();
                var relatedTitle = line[RelatedPrefix.Length..].Trim();
                if (relatedTitle.Length > 0) related.Add(relatedTitle);
                continue;
            }
            if (IsUrlMarker(line))
            {
                Flush();
                urlLine = cursor.Number;
                var rest = line[UrlMarker.Length..].Trim();
                cursor.Advance();
                if (rest.Length > 0) url = rest;
                else if (cursor.SkipBlank()) { url = cursor.Current.Trim(); cursor.Advance(); }
                if (cursor.SkipBlank()) trailing = cursor.Number;
                return paragraphs;
            }
            current.Add(line);
            lineCount++;
        }
        Flush();
        return paragraphs;
    }

    /// <summary>
    /// The first paragraph is a caption only when it looks like one: one short line, not ending like a sentence, not
    /// a dateline, and a credit (<see cref="Captions.LooksLikeCredit"/>). In doubt it is body: a lost caption costs
    /// nothing, lost body text costs mentions.
    /// </summary>
    private static bool LooksLikeCaption(Paragraph p) =>
        p.Lines == 1 && p.Text.Length <= MaxCaptionLength && !EndsLikeSentence(p.Text) &&
        Datelines.LengthAt(p.Text) == 0 && Captions.LooksLikeCredit(p.Text);

    private static bool EndsLikeSentence(string text)
    {
        var end = text.TrimEnd('"', '\'', '\u201D', '\u2019', ')');
        return end.Length > 0 && end[^1] is '.' or '!' or '?' or '\u2026' or ':' or ';';
    }

    private static FileReadResult NoTitle(string path, int line, string what) =>
        FileReadResult.Rejected(path, line, $"no title: {what}; the first non-blank line must be the headline", ProblemKind.NoTitle);

    private static bool IsByline(string line) => line.StartsWith(BylinePrefix, StringComparison.Ordinal) && line.Length > BylinePrefix.Length;

    private static bool IsUrlMarker(string line) => line.StartsWith(UrlMarker, StringComparison.OrdinalIgnoreCase);

    private static string Shorten(string s) => s.Length <= 60 ? s : s[..57] + "...";

    private static List<string> SplitLines(string text)
    {
        // CR, LF and CRLF all end a line; trailing spaces and tabs never matter in this layout.
        var lines = new List<string>();
        foreach (var line in text.ReplaceLineEndings("\n").Split('\n'))
            lines.Add(line.TrimEnd());
        return lines;
    }

    private readonly record struct Paragraph(string Text, int Lines);

    /// <summary>Walks lines keeping 1-based line numbers for problems.</summary>
    private sealed class LineCursor(List<string> lines)
    {
        private int _index;

        public bool AtEnd => _index >= lines.Count;
        public string Current => lines[_index];
        public int Number => _index + 1;
        public void Advance() => _index++;

        /// <summary>Moves past blank lines; false when nothing is left.</summary>
        public bool SkipBlank()
        {
            while (!AtEnd && lines[_index].Length == 0) _index++;
            return !AtEnd;
        }
    }
}
