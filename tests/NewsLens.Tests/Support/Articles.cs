using NewsLens;

namespace NewsLens.Tests.Support;

/// <summary>Articles made in a test, each with a distinct url.</summary>
public static class Articles
{
    private static int _next;

    public static Article Make(string? date, string body, string title = "Untitled", int words = 0)
    {
        var n = Interlocked.Increment(ref _next);
        var article = Article.Create(title, null, date is null ? null : DateOnly.Parse(date), $"https://example.org/t/{n}", null, body, [], $"mem{n}.txt", 1);
        return words > 0 ? article with { Words = words } : article;
    }
}
