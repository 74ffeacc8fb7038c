using System.Text.Json;

namespace NewsLens.Tests.Support;

/// <summary>Port news written for the spike tests: two years of wire copy with one planted strike.</summary>
public static class PortNews
{
    /// <summary>The port lexicon: the harbour master, the union, a weather topic.</summary>
    public const string LexiconYaml = """
        entries:
          - id: alvarez
            label: Marta Alvarez
            kind: person
            aliases: ["Marta Alvarez", "Alvarez"]
          - id: dockers
            label: Dockers' Union
            kind: organisation
            aliases: ["Dockers' Union"]
          - id: weather
            label: Weather
            kind: topic
            aliases: ["storm*", "gale*"]
        """;

    public static Article Story(int month, int i, string title, string body) =>
        Article.Create(title, null, new DateOnly(2018, 1, 1).AddMonths(month).AddDays(i % 27), $"https://portwire.example/{month}/{i}", null, body, [], "mem.txt", month * 100 + i);

    /// <summary>Two years of port news, 40 stories a month; the harbour master Alvarez leads two of them a month,
    /// except in month 14 (March 2019), when a dock strike puts her in the headline of fifteen.</summary>
    public static List<Article> Articles(bool burst = true)
    {
        var articles = new List<Article>();
        for (var month = 0; month < 24; month++)
        {
            var about = burst && month == 14 ? 15 : 2;
            for (var i = 0; i < 40; i++)
            {
                if (i < about && burst && month == 14)
                    articles.Add(Story(month, i, StrikeHeadlines[i % StrikeHeadlines.Length] + $" (DAY {i + 1})",
                        $"PORTSMOUTH, March {i % 27 + 1} (Port Wire) - Harbour master Marta Alvarez met {(i % 3 == 0 ? "the strikers" : "the Dockers' Union")} as the dock strike entered day {i + 1}. " +
                        StrikeDetails[i % StrikeDetails.Length]));
                else if (i < about)
                    articles.Add(Story(month, i, $"Alvarez reviews berth schedule {month}-{i}",
                        $"PORTSMOUTH, {month} (Port Wire) - Harbour master Marta Alvarez reviewed the berth schedule for ferries and freighters in month {month}. Cargo volumes held steady."));
                else if (i % 9 == 0)
                    articles.Add(Story(month, i, $"Gales close the outer breakwater {month}-{i}", "Gales and storm surges closed the outer breakwater to small craft for a day."));
                else
                    articles.Add(Story(month, i, $"Ferry timetable update {month}-{i}", $"The ferry company published its timetable for route {i}. Fares did not change."));
            }
        }
        return articles;
    }

    // Each strike story tells the strike in words of its own; only "dock strike" is in all of them, the union in ten.
    private static readonly string[] StrikeHeadlines =
        ["ALVAREZ MEETS UNION AS DOCK STRIKE GOES ON", "DOCK STRIKE: ALVAREZ OFFERS TALKS", "HARBOUR MASTER AND UNION TALK AS DOCK STRIKE BITES"];

    private static readonly string[] StrikeDetails =
    [
        "Picket lines blocked the container terminal.",
        "Pay talks resumed at the town hall without a deal.",
        "Freighters queued in the roads waiting for a berth.",
        "Shipping lines diverted two vessels to Southampton.",
        "The union asked for a pay rise in line with inflation.",
    ];

    /// <summary>The articles as a JSONL export (title, date, url, text), and the lexicon beside it.</summary>
    public static (string Jsonl, string Lexicon) Write(TempFolder dir, bool burst = true)
    {
        var lines = Articles(burst).Select(a => JsonSerializer.Serialize(new { title = a.Title, date = a.Published?.ToString("yyyy-MM-dd"), url = a.Url, text = a.Text }));
        return (dir.Write("port.jsonl", string.Join("\n", lines) + "\n"), dir.Write("port.yaml", LexiconYaml));
    }
}
