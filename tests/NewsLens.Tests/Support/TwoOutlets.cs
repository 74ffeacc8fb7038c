namespace NewsLens.Tests.Support;

/// <summary>
/// Six months of port news from two outlets of very different size, written for the comparison tests: the Harbour
/// Wire files 50 stories a month, the Coast Courier 10. Both name the harbour master Alvarez in one story in ten; the
/// Courier alone writes about the weather (half its stories name a gale) and every Courier story is signed from the
/// lighthouse keeper's column.
/// </summary>
public static class TwoOutlets
{
    public const string Wire = "Harbour Wire";
    public const string Courier = "Coast Courier";

    public static List<Article> Articles()
    {
        var articles = new List<Article>();
        for (var month = 0; month < 6; month++)
        {
            for (var i = 0; i < 50; i++)
                articles.Add(Story(Wire, month, i, i % 10 == 0
                    ? ("HARBOUR MASTER SIGNS NEW BERTH ROTA", "PORTSMOUTH (Harbour Wire) - Harbour master Marta Alvarez signed the berth rota for the coming week.")
                    : ($"CONTAINER VOLUMES STEADY AT TERMINAL {i}", "PORTSMOUTH (Harbour Wire) - Container volumes held steady as freighters kept to their berths.")));
            for (var i = 0; i < 10; i++)
                articles.Add(Story(Courier, month, i, i switch
                {
                    0 => ("Alvarez opens the new pilot station", "Harbour master Marta Alvarez opened the pilot station. Our lighthouse keeper was there."),
                    < 6 => ($"Gales close the harbour mouth again ({i})", "Gales closed the harbour mouth overnight, the lighthouse keeper reports, and the ferries stayed in."),
                    _ => ($"Fishing fleet lands a fair catch ({i})", "The fishing fleet landed a fair catch, the lighthouse keeper reports from the quay."),
                }));
        }
        return articles;
    }

    private static Article Story(string source, int month, int i, (string Title, string Body) story) =>
        Article.Create(story.Title, null, new DateOnly(2021, 1, 1).AddMonths(month).AddDays(i % 28), $"portnews://{source.Replace(' ', '-')}/{month}/{i}",
            null, story.Body, [], "outlets.jsonl", month * 100 + i + 1, source: source);
}
