using System.Globalization;
using System.Text;
using System.Text.Json;
using NewsLens;

namespace NewsLens.Benchmarks;

/// <summary>
/// Writes deterministic corpora that look like news to the kit: article lengths log-normal around 500 words, common
/// words in Zipf order, and the shipped lexicons' actors, countries and topics mentioned about once per 40 words,
/// 2–8 of them per article, the popular ones far more often (Zipf) — the rates measured on the Wikinews sample
/// (755 words, 19 mentions and 4.7 entities per article). Article i is the same bytes on every run and any count.
/// </summary>
public sealed class CorpusGenerator
{
    private static readonly string[] Common =
    (
        "the of and to in a that said for on is was with he it as at by from his be has have an are not " +
        "which but they after who their were this had been its also would will one more than new about two people " +
        "government year there when could into other over first last some up out what years can may all him them " +
        "officials president minister country state week told time police since most before between against under " +
        "including during while because former three percent million report should still made national public " +
        "security group military world told where both support city there any days later now well according back " +
        "many could several even take month told officials leader party vote law court city region forces help " +
        "statement plan called added no only just early second group members part official news high local water " +
        "held deal police power end work days economic political south north east west foreign agency system next " +
        "health home children women schools market prices rates bank budget talks council election campaign troops " +
        "border crisis attack killed injured victims rescue storm flood fire earthquake company workers union strike " +
        "oil gas energy climate emissions trade tariffs exports imports growth inflation jobs spending taxes debt " +
        "parliament opposition coalition ruling decision ban rules policy reform protest demonstrators capital " +
        "province district village residents hospital doctors vaccine virus cases deaths tests program research " +
        "university students teachers court judge trial prison charges investigation evidence witnesses lawyers " +
        "spokesman spokeswoman ministry department office commission committee board chief head director team " +
        "season match game players coach final cup league record win lost points scored fans stadium"
    ).Split(' ', StringSplitOptions.RemoveEmptyEntries);

    private static readonly string[] FirstNames = ["Anna", "Marek", "Leila", "Tomas", "Grace", "Ibrahim", "Sofia", "Kenji", "Olu", "Helena", "Rafael", "Nadia", "Pavel", "Chloe", "Arjun", "Ines"];
    private static readonly string[] LastNames = ["Kowalski", "Haddad", "Lindqvist", "Mensah", "Ferreira", "Novak", "Takeda", "Okonkwo", "Brennan", "Castillo", "Petrov", "Moreau", "Sandoval", "Iqbal", "Varga", "Holm"];
    private static readonly string[] Sites = ["example.org", "example.com", "example.net", "news.example.org", "wire.example.com", "daily.example.net", "post.example.org", "times.example.com"];
    private static readonly string[] Datelines =
        ["LONDON", "NEW YORK", "WASHINGTON", "TOKYO", "BRUSSELS", "PARIS", "FRANKFURT", "SINGAPORE", "HONG KONG", "SYDNEY",
         "TORONTO", "NAIROBI", "SAO PAULO", "NEW DELHI", "JOHANNESBURG", "MOSCOW"];

    private static readonly string[] Agencies = ["Sample Wire", "NewsLens Sample Desk", "Example Press", "Generated News Service"];

    private readonly int _seed;
    private readonly bool _wire;
    private readonly (string Text, bool Sensitive)[][] _entities;
    private readonly double[] _entityCumulative;
    private readonly double[] _wordCumulative;

    /// <summary>
    /// A generator drawing names from the lexicons in <c>data/lexicons</c>; <paramref name="wire"/> writes short wire
    /// stories instead (median ~150 words, headline in capitals, body opening with a dateline), the shape where the
    /// cost per article, not per byte, decides the speed.
    /// </summary>
    public CorpusGenerator(int seed = 42, bool wire = false)
    {
        _seed = seed;
        _wire = wire;
        var lexicon = Lexicon.Load(Directory.GetFiles(Path.Combine(RepoRoot(), "data", "lexicons"), "*.yaml").Order(StringComparer.Ordinal).ToArray());
        // A fixed shuffle decides who is popular; popularity then falls off as 1/rank, as names do in news.
        var shuffle = new Random(seed);
        _entities = lexicon.Entries
            .Select(e => e.Aliases.Where(a => !a.IsPattern && !a.IsMetonym).Select(a => (a.Text, e.CaseSensitive)).ToArray())
            .Where(a => a.Length > 0)
            .OrderBy(_ => shuffle.Next())
            .ToArray();
        _entityCumulative = Cumulative(_entities.Length, 1.0);
        _wordCumulative = Cumulative(Common.Length, 1.0);
    }

    /// <summary>One article's fields.</summary>
    public sealed record Generated(string Title, string? Byline, DateOnly Published, string? Caption, List<string> Paragraphs, string Url, string? Related);

    /// <summary>The articles, in order; article i is the same whatever the count.</summary>
    public IEnumerable<Generated> Articles(int count)
    {
        // Made in parallel blocks and handed out in order: generating a million articles takes seconds, not minutes.
        const int block = 4096;
        for (var start = 0; start < count; start += block)
        {
            var n = Math.Min(block, count - start);
            var made = new Generated[n];
            Parallel.For(0, n, k => made[k] = Make(start + k));
            foreach (var g in made) yield return g;
        }
    }

    private Generated Make(int i)
    {
        // HashCode.Combine is salted per process; a fixed mix keeps article i identical on every run.
        var random = new Random(unchecked(_seed * 1_000_003 + i));
        var cast = Enumerable.Range(0, 1 + Poissonish(random, 2.0, 6)).Select(_ => Pick(random, _entityCumulative)).Distinct().ToArray();
        var words = _wire
            ? (int)Math.Clamp(Math.Exp(5.0 + 0.5 * Gaussian(random)), 30, 800)
            : (int)Math.Clamp(Math.Exp(6.4 + 0.55 * Gaussian(random)), 60, 4000);
        var paragraphs = new List<string>();
        var written = 0;
        while (written < words)
        {
            var sb = new StringBuilder();
            var sentences = random.Next(1, 4);
            for (var s = 0; s < sentences && written < words; s++)
            {
                if (s > 0) sb.Append(' ');
                written += Sentence(random, cast, sb);
            }
            paragraphs.Add(sb.ToString());
        }
        var year = 2015 + (int)Math.Floor(10 * Math.Sqrt(random.NextDouble())); // more articles in later years
        var published = new DateOnly(year, 1, 1).AddDays(random.Next(DateTime.IsLeapYear(year) ? 366 : 365));
        var site = Sites[Pick(random, Cumulative(Sites.Length, 1.0))];
        var byline = random.Next(10) switch
        {
            0 => null,
            < 4 => Agencies[random.Next(Agencies.Length)],
            _ => $"{FirstNames[random.Next(FirstNames.Length)]} {LastNames[random.Next(LastNames.Length)]}",
        };
        var lead = Alias(random, cast[0], sentenceStart: true);
        var title = $"{lead} {Pick(random, ["warns", "backs", "rejects", "faces", "meets", "criticises", "defends", "visits"])} {Words(random, random.Next(3, 8))}";
        if (_wire)
        {
            title = title.ToUpperInvariant();
            paragraphs[0] = $"{Pick(random, Datelines)}, {published.ToString("MMM d", CultureInfo.InvariantCulture)} - {paragraphs[0]}";
        }
        return new Generated(
            title,
            byline,
            published,
            random.Next(10) < 4 ? $"{FirstNames[random.Next(FirstNames.Length)]} {LastNames[random.Next(LastNames.Length)]} / Sample Photo" : null,
            paragraphs,
            $"https://{site}/{published:yyyy/MM/dd}/{i:D7}",
            random.Next(10) < 3 ? $"{Alias(random, cast[^1], sentenceStart: true)} {Words(random, 5)}" : null);
    }

    /// <summary>One sentence of 8–40 words; returns the words written.</summary>
    private int Sentence(Random random, int[] cast, StringBuilder sb)
    {
        var length = Math.Clamp((int)(22 + 8 * Gaussian(random)), 8, 40);
        for (var w = 0; w < length; w++)
        {
            if (w > 0) sb.Append(' ');
            var roll = random.Next(1000);
            string word;
            if (roll < 14) word = Alias(random, cast[Math.Min(Poissonish(random, 0.8, cast.Length - 1), cast.Length - 1)], w == 0);
            else if (roll < 28) word = $"{FirstNames[random.Next(FirstNames.Length)]} {LastNames[random.Next(LastNames.Length)]}";
            else word = Common[Pick(random, _wordCumulative)];
            if (w == 0) word = char.ToUpperInvariant(word[0]) + word[1..];
            sb.Append(word);
            if (w == length - 1) sb.Append('.');
            else if (random.Next(12) == 0) sb.Append(',');
        }
        return length;
    }

    private string Alias(Random random, int entity, bool sentenceStart)
    {
        var aliases = _entities[entity];
        var (text, sensitive) = random.Next(10) < 6 ? aliases[0] : aliases[random.Next(aliases.Length)];
        // Case-insensitive entries (topics) appear in running text in lower case, as they would in prose.
        return sensitive || sentenceStart ? text : text.ToLowerInvariant();
    }

    private string Words(Random random, int n) => string.Join(' ', Enumerable.Range(0, n).Select(_ => Common[Pick(random, _wordCumulative)]));

    /// <summary>Writes seed-layout .txt files, 1,000 per subfolder; returns bytes written.</summary>
    public long WriteSeedLayout(string folder, int count)
    {
        long bytes = 0;
        var i = 0;
        foreach (var a in Articles(count))
        {
            var dir = Path.Combine(folder, (i / 1000).ToString("D4"));
            if (i % 1000 == 0) Directory.CreateDirectory(dir);
            var text = new StringBuilder().Append(a.Title).Append("\n\n");
            if (a.Byline is not null) text.Append("By ").Append(a.Byline).Append("\n\n");
            text.Append(a.Published.ToString("MMMM d, yyyy", CultureInfo.InvariantCulture)).Append("\n\n");
            if (a.Caption is not null) text.Append(a.Caption).Append("\n\n");
            for (var p = 0; p < a.Paragraphs.Count; p++)
            {
                text.Append(a.Paragraphs[p]).Append("\n\n");
                if (p == 1 && a.Related is not null) text.Append("Related article: ").Append(a.Related).Append("\n\n");
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
        using var stream = new BufferedStream(File.Create(file), 1 << 20);
        long bytes = 0;
        foreach (var a in Articles(count))
        {
            using (var json = new Utf8JsonWriter(stream))
            {
                json.WriteStartObject();
                json.WriteString("title", a.Title);
                if (a.Byline is not null) json.WriteString("byline", a.Byline);
                json.WriteString("published", a.Published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                json.WriteString("url", a.Url);
                if (a.Caption is not null) json.WriteString("caption", a.Caption);
                json.WriteString("text", string.Join("\n\n", a.Paragraphs));
                json.WriteEndObject();
                json.Flush();
                bytes += json.BytesCommitted;
            }
            stream.WriteByte((byte)'\n');
            bytes++;
        }
        return bytes;
    }

    /// <summary>The folder holding Analysis.sln, found upwards from the program, where data/ lives.</summary>
    public static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Analysis.sln"))) return dir.FullName;
        throw new DirectoryNotFoundException("run the benchmarks from inside the repository (Analysis.sln not found above " + AppContext.BaseDirectory + ")");
    }

    /// <summary>Cumulative weights 1/rank^s, for drawing ranks by binary search.</summary>
    private static double[] Cumulative(int n, double s)
    {
        var c = new double[n];
        var total = 0.0;
        for (var r = 0; r < n; r++) c[r] = total += 1.0 / Math.Pow(r + 1, s);
        return c;
    }

    private static int Pick(Random random, double[] cumulative)
    {
        var i = Array.BinarySearch(cumulative, random.NextDouble() * cumulative[^1]);
        return Math.Min(i < 0 ? ~i : i, cumulative.Length - 1);
    }

    private static string Pick(Random random, string[] items) => items[random.Next(items.Length)];

    private static int Poissonish(Random random, double mean, int max)
    {
        // Knuth's method; small means only.
        var l = Math.Exp(-mean);
        var k = 0;
        for (var p = random.NextDouble(); p > l && k < max; p *= random.NextDouble()) k++;
        return k;
    }

    private static double Gaussian(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
