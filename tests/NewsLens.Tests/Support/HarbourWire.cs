using System.Text;
using System.Text.Json;

namespace NewsLens.Tests.Support;

/// <summary>
/// A corpus written for the shard tests: two JSONL wire files and a folder of seed-layout stories, with duplicates
/// planted far apart (so they fall in different shards), a chain of duplicates whose middle link is itself a
/// duplicate, undated advance copy, and records that are not articles (malformed JSON, no title, blank lines, CRLF endings).
/// </summary>
public static class HarbourWire
{
    /// <summary>The port lexicon (<see cref="PortNews.LexiconYaml"/>) with a union secretary whose surname alone is weak and a country with a dateline.</summary>
    public const string LexiconYaml = PortNews.LexiconYaml + """

          - id: okafor
            label: Daniel Okafor
            kind: person
            aliases: ["Daniel Okafor"]
            weak: ["Okafor"]
          - id: norway
            label: Norway
            kind: country
            aliases: ["Norway", "Norwegian"]
            datelines: ["OSLO"]
        """;

    /// <summary>Ids of the chain: Z first, A repeats Z's url, B repeats A's text: one machine keeps Z and B.</summary>
    public const string ChainUrl = "https://harbourwire.example/chain/first";

    /// <summary>Rows of the Parquet export.</summary>
    public const int ParquetRows = 9_000;

    /// <summary>Records in the corpus: 400 + 120 JSONL lines but one blank, 30 seed files, the Parquet rows.</summary>
    public const int Records = 399 + 120 + 30 + ParquetRows;

    public static (string Corpus, string Lexicon) Write(TempFolder dir)
    {
        var a = new List<string>();
        for (var i = 0; i < 400; i++) a.Add(Line(Story(i)));
        var b = new List<string>();
        for (var i = 0; i < 120; i++) b.Add(Line(Story(1000 + i)));

        // The same url written differently (scheme and host case, trailing slash), 430 lines apart.
        b[50] = Line(Story(1050) with { Url = Story(20).Url!.Replace("https://harbourwire", "HTTPS://HarbourWire") + "/" });
        // The same title, date and text under another url, 375 lines apart.
        a[380] = Line(Story(5) with { Url = "https://mirror.example/copy/5" });
        // The chain: A repeats Z's url (dropped), B repeats A's text (kept, since A was not).
        a[30] = Line(Story(30) with { Url = ChainUrl });
        a[300] = Line(Story(300) with { Url = ChainUrl });
        b[100] = Line(Story(300) with { Url = "https://harbourwire.example/chain/third" });
        // Records that are not articles.
        a[150] = "{\"title\": \"BROKEN RECORD\", \"text\": ";
        a[151] = "{\"date\": \"2019-05-02\", \"text\": \"A story with no headline.\"}";
        a[200] = "";
        // Undated stories (a wire service's "advance" copy): counted, in no period.
        b[110] = JsonSerializer.Serialize(new { title = "ADVANCE: Okafor profile for weekend editions", text = "Daniel Okafor has led the Dockers' Union for a decade. Okafor grew up in Portsmouth." });
        a[390] = JsonSerializer.Serialize(new { title = "ADVANCE: Alvarez on the Solent", url = "https://harbourwire.example/advance/alvarez", text = "Harbour master Marta Alvarez talks about twenty years on the Solent." });

        var text = new StringBuilder();
        for (var i = 0; i < a.Count; i++) text.Append(a[i]).Append(i % 7 == 0 ? "\r\n" : "\n");
        dir.Write("corpus/wire-a.jsonl", text.ToString());
        dir.Write("corpus/wire-b.jsonl", string.Join("\n", b) + "\n");
        for (var i = 0; i < 30; i++)
        {
            var s = Story(2000 + i);
            // One seed story repeats a wire story's url.
            var url = i == 12 ? Story(40).Url : s.Url;
            dir.Write($"corpus/seed/{i:D3}.txt", Fixtures.SeedLayout(title: s.Title, byline: "By Harbour Wire", date: s.Date.ToString("MMMM d, yyyy", System.Globalization.CultureInfo.InvariantCulture),
                caption: null, body: s.Text, url: url));
        }
        // A Parquet export of 9,000 stories in row groups of 2,000, one of which repeats a wire story's url.
        var exported = Enumerable.Range(3000, ParquetRows).Select(i => Story(i) with { Url = i == 7777 ? Story(60).Url : Story(i).Url })
            .Select((s, n) => Article.Create(s.Title, "Harbour Wire", s.Date, s.Url, null, s.Text, [], "export", n + 1));
        ParquetArticles.Write(exported, Path.Combine(dir.Path, "corpus", "export.parquet"));
        return (Path.Combine(dir.Path, "corpus"), dir.Write("harbour.yaml", LexiconYaml));
    }

    private sealed record WireStory(string Title, DateOnly Date, string? Url, string Text);

    private static WireStory Story(int i)
    {
        var date = new DateOnly(2018, 1, 3).AddDays(i * 7 % 720);
        var (title, body) = (i % 6) switch
        {
            0 => ($"ALVAREZ ORDERS BERTH REVIEW AFTER GALE {i}", $"PORTSMOUTH, {date:MMMM d} (Harbour Wire) - Harbour master Marta Alvarez ordered a review of berth {i} after gales damaged the quay.\n\nAlvarez said repairs would take a week."),
            1 => ($"Norwegian ferry line adds crossings {i}", $"OSLO, {date:MMMM d} (Harbour Wire) - A Norwegian ferry line will add crossings to Portsmouth from spring, route {i}.\n\nThe company said demand had grown."),
            2 => ($"Dockers' Union calls ballot {i}", $"The Dockers' Union called a ballot on pay at terminal {i}. Daniel Okafor, its secretary, said members were angry.\n\nOkafor asked for talks."),
            3 => ($"Storm warning for the Solent {i}", $"Forecasters issued a storm warning for the Solent, the {i}th this season. Okafor, a pilot, said small craft should stay in port."),
            4 => ($"Cargo volumes steady at terminal {i}", $"Cargo volumes at terminal {i} held steady in the month, the port said."),
            _ => ($"OKAFOR AND ALVAREZ SIGN PILOTAGE DEAL {i}", $"PORTSMOUTH, {date:MMMM d} (Harbour Wire) - Daniel Okafor and Marta Alvarez signed a pilotage deal covering {i} vessels from Norway."),
        };
        return new WireStory(title, date, $"https://harbourwire.example/{date:yyyy/MM/dd}/{i}", body);
    }

    private static string Line(WireStory s) =>
        JsonSerializer.Serialize(new { title = s.Title, date = s.Date.ToString("yyyy-MM-dd"), url = s.Url, text = s.Text });
}
