namespace NewsLens;

/// <summary>
/// The text of articles kept as metadata only (a streamed corpus), read again from where each came from (path and
/// line): a seed-layout file whole, only the wanted lines of a JSONL export, a CSV file whole. Views that quote text
/// and spike explanations use it to read the few articles they show, never the whole corpus.
/// </summary>
internal static class ArticleTexts
{
    /// <summary>
    /// The articles with their text, in the order given. An article whose file is gone, or whose record there is no
    /// longer the same article (its id differs), is returned as it was, without text.
    /// </summary>
    public static IReadOnlyList<Article> Reread(IReadOnlyList<Article> articles)
    {
        var found = new Dictionary<(string Path, int Line), Article>();
        foreach (var file in articles.Where(a => a.Text.Length == 0).GroupBy(a => a.Path, StringComparer.Ordinal))
        {
            var lines = file.Select(a => a.Line).ToHashSet();
            foreach (var article in Read(file.Key, lines))
                if (lines.Contains(article.Line)) found.TryAdd((file.Key, article.Line), article);
        }
        return articles.Select(a => a.Text.Length == 0 && found.TryGetValue((a.Path, a.Line), out var read) && read.Id == a.Id ? read : a).ToList();
    }

    private static IEnumerable<Article> Read(string path, IReadOnlySet<int> lines)
    {
        if (!File.Exists(path)) return [];
        try
        {
            return InputFormats.Of(path) switch
            {
                InputFormat.JsonLines => JsonLinesReader.ReadLines(path, lines).ToList(),
                InputFormat.SeedLayout => SeedLayoutReader.ReadFile(path).Articles,
                InputFormat.Csv => CsvArticleReader.ReadFile(path).Articles,
                // A Parquet corpus names the files its articles first came from; they are read above when still there.
                _ => [],
            };
        }
        catch (IOException)
        {
            return [];
        }
        catch (UnauthorizedAccessException)
        {
            return [];
        }
    }
}
