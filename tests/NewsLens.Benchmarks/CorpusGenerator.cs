using System.Text;
using System.Text.Json;

namespace NewsLens.Benchmarks;

/// <summary>
/// Writes deterministic, news-like corpora: the same seed and size always give the same bytes. Names follow a
/// Zipf-like frequency (a few actors dominate, as in real news); paragraphs and article lengths vary.
/// </summary>
public sealed class CorpusGenerator(int seed = 42)
{
    private static readonly string[] Actors =
    [
        "Donald Trump", "Kim Jong Un", "Vladimir Putin", "Xi Jinping", "Moon Jae-in", "Shinzo Abe", "Mike Pompeo",
        "Sergei Lavrov", "Wang Yi", "Joe Biden", "Angela Merkel", "Emmanuel Macron", "Boris Johnson", "Kim Yo Jong",
        "Antonio Guterres", "Hassan Rouhani", "Volodymyr Zelensky", "Narendra Modi", "Recep Tayyip Erdogan", "Justin Trudeau",
    ];
    private static readonly string[] Places =
    [
        "North Korea", "Russia", "the United States", "China", "South Korea", "Japan", "Pyongyang", "Moscow",
        "Washington", "Beijing", "Seoul", "Tokyo", "Iran", "Ukraine", "Germany", "France", "India", "Turkey",
    ];
    private static readonly string[] Words =
    (
        "the of and to in a that said on for was with is as by at it from his has be have were an are not " +
        "which but after this its had they their been would who also officials government president minister " +
        "talks sanctions nuclear missile summit leader security meeting week statement state military agreement " +
        "foreign trade election economy protest energy oil talks country countries people year years new told " +
        "reporters spokesman agency ministry program weapons test launch border deal pressure relations support " +
        "council united nations international policy plan call called week month day earlier later since before"
    ).Split(' ');
    private static readonly string[] Bylines = ["Sample Wire", "NewsLens Sample Desk", "Mira Okafor", "Daniel Reyes", "Priya Natarajan"];

    private readonly Random _random = new(seed);

    /// <summary>One article's fields.</summary>
    public sealed record Generated(string Title, string Byline, DateOnly Published, string? Caption, List<string> Paragraphs, string Url);

    /// <summary>The articles, in order; article i is the same whatever the count.</summary>
    public IEnumerable<Generated> Articles(int count)
    {
        var start = new DateOnly(2015, 1, 1);
        for (var i = 0; i < count; i++)
        {
            // HashCode.Combine is salted per process; a fixed mix keeps article i identical on every run.
            var random = new Random(unchecked(seed * 1_000_003 + i));
            var paragraphs = Enumerable.Range(0, random.Next(4, 11)).Select(_ => Paragraph(random)).ToList();
            yield return new Generated(
                Title(random),
                Bylines[random.Next(Bylines.Length)],
                start.AddDays(random.Next(0, 3650)),
                random.Next(2) == 0 ? $"{Pick(random, Actors)} Photo Desk / Sample Photo" : null,
                paragraphs,
                $"https://example.org/generated/{i:D7}");
        }
    }

    /// <summary>Writes seed-layout .txt files, 1,000 per subfolder; returns bytes written.</summary>
    public long WriteSeedLayout(string folder, int count)
    {
        long bytes = 0;
        var i = 0;
        foreach (var a in Articles(count))
        {
            var dir = Path.Combine(folder, (i / 1000).ToString("D4"));
            if (i % 1000 == 0) Directory.CreateDirectory(dir);
            var text = new StringBuilder()
                .Append(a.Title).Append("\n\nBy ").Append(a.Byline).Append("\n\n")
                .Append(a.Published.ToString("MMMM d, yyyy", System.Globalization.CultureInfo.InvariantCulture)).Append("\n\n");
            if (a.Caption is not null) text.Append(a.Caption).Append("\n\n");
            for (var p = 0; p < a.Paragraphs.Count; p++)
            {
                text.Append(a.Paragraphs[p]).Append("\n\n");
                if (p == 1 && i % 3 == 0) text.Append("Related article: ").Append(a.Title).Append(" (analysis)\n\n");
            }
            text.Append("Original url:\n\n").Append(a.Url).Append('\n');
            var data = Encoding.UTF8.GetBytes(text.ToString());
            File.WriteAllBytes(Path.Combine(dir, $"{i:D7}.txt"), data);
            bytes += data.Length;
            i++;
        }
        return bytes;
    }

    /// <summary>Writes one JSONL file; returns bytes written.</summary>
    public long WriteJsonLines(string file, int count)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(file))!);
        using var stream = File.Create(file);
        foreach (var a in Articles(count))
        {
            using (var json = new Utf8JsonWriter(stream))
            {
                json.WriteStartObject();
                json.WriteString("title", a.Title);
                json.WriteString("byline", a.Byline);
                json.WriteString("published", a.Published.ToString("yyyy-MM-dd"));
                json.WriteString("url", a.Url);
                if (a.Caption is not null) json.WriteString("caption", a.Caption);
                json.WriteString("text", string.Join("\n\n", a.Paragraphs));
                json.WriteEndObject();
            }
            stream.WriteByte((byte)'\n');
        }
        return stream.Length;
    }

    private static string Title(Random random) =>
        $"{Pick(random, Actors)} {Pick(random, ["meets", "warns", "rejects", "backs", "criticises", "visits"])} " +
        $"{Pick(random, Places)} {Pick(random, ["over sanctions", "on trade", "before summit", "after missile test", "amid protests", "on energy deal"])}";

    private static string Paragraph(Random random)
    {
        var sb = new StringBuilder();
        var sentences = random.Next(2, 5);
        for (var s = 0; s < sentences; s++)
        {
            var words = random.Next(12, 30);
            for (var w = 0; w < words; w++)
            {
                if (w > 0) sb.Append(' ');
                var roll = random.Next(100);
                var word = roll switch
                {
                    < 4 => Zipf(random, Actors) + (random.Next(6) == 0 ? "'s" : ""),
                    < 8 => Zipf(random, Places),
                    _ => Pick(random, Words),
                };
                sb.Append(w == 0 ? char.ToUpperInvariant(word[0]) + word[1..] : word);
            }
            sb.Append(". ");
        }
        return sb.ToString().TrimEnd();
    }

    private static string Pick(Random random, string[] items) => items[random.Next(items.Length)];

    /// <summary>Rank r is drawn with weight 1/r, so the first names dominate like the news's leading actors.</summary>
    private static string Zipf(Random random, string[] items)
    {
        var total = 0.0;
        for (var r = 1; r <= items.Length; r++) total += 1.0 / r;
        var x = random.NextDouble() * total;
        for (var r = 1; r <= items.Length; r++)
        {
            x -= 1.0 / r;
            if (x <= 0) return items[r - 1];
        }
        return items[^1];
    }
}
