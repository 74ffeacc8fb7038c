using System.Text;
using NewsLens;

namespace NewsLens.Benchmarks;

/// <summary>Generated articles held in memory, for benchmarks that should not time the disk.</summary>
public static class GeneratedArticles
{
    public static List<Article> InMemory(int count) =>
        new CorpusGenerator().Articles(count)
            .Select(g => Article.Create(g.Title, g.Byline, g.Published, g.Url, g.Caption, string.Join("\n\n", g.Paragraphs), [], "generated", 1))
            .ToList();

    /// <summary>The articles again and again until their text reaches <paramref name="bytes"/>.</summary>
    public static List<Article> Repeated(IReadOnlyList<Article> articles, long bytes)
    {
        var result = new List<Article>();
        while (TextBytes(result) < bytes) result.AddRange(articles);
        return result;
    }

    public static long TextBytes(IEnumerable<Article> articles) =>
        articles.Sum(a => (long)Encoding.UTF8.GetByteCount(a.Title) + Encoding.UTF8.GetByteCount(a.Text));
}
