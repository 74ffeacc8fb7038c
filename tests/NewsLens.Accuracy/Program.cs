using System.Globalization;
using System.Text.RegularExpressions;
using NewsLens.Accuracy;
using NewsLens;

// Document-level accuracy of the shipped lexicons against editors' tags (README.md in this folder).
// Usage: dotnet run -c Release --project tests/NewsLens.Accuracy [-- [--corpus FILE.jsonl] [--lexicons DIR] [--metonyms] [--top N] [--examples N]]
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
// dotnet run -c Release --project tests/NewsLens.Accuracy -- spikes CORPUS [--period month] [--min-articles 20]
if (args.FirstOrDefault() == "spikes")
{
    string Arg(string name, string fallback) => Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
    var root = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", ".."));
    return NewsLens.Accuracy.SpikeEvaluation.Run(args.Length > 1 ? args[1] : "", Path.Combine(root, "data", "lexicons"),
        PeriodCalendar.Parse(Arg("--period", "month")), int.Parse(Arg("--min-articles", "20"), CultureInfo.InvariantCulture));
}
var options = Options.Parse(args);
if (!File.Exists(options.Corpus))
{
    Console.WriteLine($"skipped: no tagged corpus at {options.Corpus} (the team's ../shared/corpora/reuters21578-train; pass --corpus FILE.jsonl)");
    return 0;
}

var lexicon = Lexicon.Load(Path.Combine(options.Lexicons, "actors.yaml"), Path.Combine(options.Lexicons, "countries.yaml")).WithMetonyms(options.Metonyms);
var corpus = Corpus.Load(options.Corpus);
var tags = EditorTags.Read(options.Corpus);
var started = DateTime.UtcNow;
var mentions = corpus.Count(lexicon);
var seconds = (DateTime.UtcNow - started).TotalSeconds;
var articles = corpus.Rows;
var byId = articles.ToDictionary(a => a.Id);
var entries = lexicon.Entries.ToDictionary(e => e.Id);

// Per article: entity → where and how often it is named.
var found = new Dictionary<string, Dictionary<string, Found>>();
foreach (var row in mentions.Rows)
{
    if (!found.TryGetValue(row.ArticleId, out var of)) found[row.ArticleId] = of = [];
#if BEFORE
    var article = byId[row.ArticleId];
    var inTitle = row.FirstOffset < article.Title.Length;
    var inLead = !inTitle && row.FirstOffset < Lead.End(article.Title, article.Text);
    of[row.Entity] = new Found(row.Count, inTitle || inLead || row.Count >= 2, inTitle, inLead);
#else
    of[row.Entity] = new Found(row.Count, row.About, row.InTitle, row.InLead);
#endif
}

Console.WriteLine($"corpus: {options.Corpus}");
Console.WriteLine($"articles: {articles.Count:N0} ({corpus.Summary.Records:N0} records, {corpus.Problems.Count} problems); lexicons: {options.Lexicons} ({lexicon.Entries.Count} entries, metonyms {(options.Metonyms ? "on" : "off")})");
Console.WriteLine($"counted in {seconds:0.00} s (whole count, all cores; speed claims come from tests/NewsLens.Benchmarks)");
Console.WriteLine();

// ---- Countries: the top N place codes except usa, which is on most stories.
var tagged = articles.Where(a => a.Url is not null && tags.ContainsKey(a.Url)).ToList();
var codes = tagged.SelectMany(a => tags[a.Url!].Places).Where(c => c != "usa")
    .GroupBy(c => c).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Take(options.Top).Select(g => g.Key).ToList();
var codeToEntry = codes.ToDictionary(c => c, c => TagMap.Entry(lexicon, EntryKind.Country, c));
var unmapped = codeToEntry.Where(kv => kv.Value is null).Select(kv => kv.Key).ToList();
Console.WriteLine($"countries: top {codes.Count} place codes without usa; {codes.Count - unmapped.Count} map to a lexicon entry" +
                  (unmapped.Count > 0 ? $", not mapped (scored as misses): {string.Join(", ", unmapped)}" : ""));
var scored = codeToEntry.Where(kv => kv.Value is not null).ToDictionary(kv => kv.Value!, kv => kv.Key);

// One scoring pass, for each measure and for each rule of "about" below.
(Score Total, Dictionary<string, Score> PerCode, Dictionary<string, List<Article>> FalsePositives, Dictionary<string, List<Article>> FalseNegatives) Evaluate(Func<Found, bool> counts)
{
    var total = new Score();
    var perCode = codes.ToDictionary(c => c, _ => new Score());
    var falsePositives = new Dictionary<string, List<Article>>();
    var falseNegatives = new Dictionary<string, List<Article>>();
    foreach (var a in tagged)
    {
        var truth = tags[a.Url!].Places.Where(codes.Contains).ToHashSet();
        var of = found.GetValueOrDefault(a.Id) ?? [];
        var predicted = of.Where(kv => scored.ContainsKey(kv.Key) && counts(kv.Value)).Select(kv => scored[kv.Key]).ToHashSet();
        foreach (var code in codes)
        {
            var (t, p) = (truth.Contains(code), predicted.Contains(code));
            if (t && p) { total.TruePositives++; perCode[code].TruePositives++; }
            else if (p) { total.FalsePositives++; perCode[code].FalsePositives++; Add(falsePositives, code, a); }
            else if (t) { total.FalseNegatives++; perCode[code].FalseNegatives++; Add(falseNegatives, code, a); }
        }
    }
    return (total, perCode, falsePositives, falseNegatives);
}

var matcher = Matcher.For(lexicon);
foreach (var (measure, counts) in new (string, Func<Found, bool>)[] { ("mentioned", _ => true), ("about", f => f.About) })
{
    var (total, perCode, falsePositives, falseNegatives) = Evaluate(counts);
    Console.WriteLine($"  {measure,-10} {total}");
    if (measure == "about" || options.Examples > 0)
    {
        Console.WriteLine($"    per code ({measure}): " + string.Join("; ", codes.Select(c => $"{c} {perCode[c].F1:0.00}")));
    }
    if (options.Examples > 0)
    {
        Console.WriteLine($"    top false positives ({measure}):");
        foreach (var (code, list) in falsePositives.OrderByDescending(kv => kv.Value.Count).Take(options.Examples))
        {
            var entry = codeToEntry[code]!;
            Console.WriteLine($"      {code} → {entry}: {list.Count}");
            foreach (var a in list.Take(3)) Console.WriteLine($"        {Context(matcher, a, entry)}");
        }
        Console.WriteLine($"    top false negatives ({measure}):");
        foreach (var (code, list) in falseNegatives.OrderByDescending(kv => kv.Value.Count).Take(options.Examples))
        {
            Console.WriteLine($"      {code}: {list.Count}");
            foreach (var a in list.Take(3)) Console.WriteLine($"        {Short(a.Title, 70)} | {Short(a.Text, 90)}");
        }
    }
}
// Other rules for "about", measured on the same counts, so the kit's rule is chosen by measurement, not taste.
var rules = new (string Name, Func<Found, bool> Rule)[]
{
    ("title, lead or 2+ mentions (the kit's rule)", f => f.About),
    ("title or lead", f => f.InTitle || f.InLead),
    ("title or 2+ mentions", f => f.InTitle || f.Count >= 2),
    ("title, lead or 3+ mentions", f => f.InTitle || f.InLead || f.Count >= 3),
    ("title, or lead and 2+ mentions", f => f.InTitle || (f.InLead && f.Count >= 2)),
    ("2+ mentions", f => f.Count >= 2),
};
Console.WriteLine("  rules for \"about\":");
foreach (var (name, rule) in rules)
    Console.WriteLine($"    {name,-44} {Evaluate(rule).Total}");
Console.WriteLine();

// ---- People: recall of the editors' people tags that map to a lexicon entry.
var people = new Score();
var peopleCodes = tagged.SelectMany(a => tags[a.Url!].People).Distinct().OrderBy(c => c, StringComparer.Ordinal).ToList();
var personOf = peopleCodes.ToDictionary(c => c, c => TagMap.Entry(lexicon, EntryKind.Person, c));
var missedPeople = new Dictionary<string, int>();
foreach (var a in tagged)
{
    var of = found.GetValueOrDefault(a.Id) ?? [];
    foreach (var code in tags[a.Url!].People)
    {
        if (personOf[code] is not { } entry) continue;
        if (of.ContainsKey(entry)) people.TruePositives++;
        else { people.FalseNegatives++; missedPeople[code] = missedPeople.GetValueOrDefault(code) + 1; }
    }
}
var mappedPeople = personOf.Count(kv => kv.Value is not null);
Console.WriteLine($"people: {mappedPeople} of {peopleCodes.Count} tagged people map to a lexicon entry; recall {people.Recall:0.000} ({people.TruePositives:N0} of {people.TruePositives + people.FalseNegatives:N0} tags)");
if (options.Examples > 0 && missedPeople.Count > 0)
    Console.WriteLine("  most missed: " + string.Join(", ", missedPeople.OrderByDescending(kv => kv.Value).Take(options.Examples).Select(kv => $"{kv.Key} {kv.Value}")));

// ---- Wrong people: a leader matched in a story written more than ten years before they first held office.
var wrong = new List<(Article Article, LexiconEntry Entry)>();
var firstYears = new Dictionary<string, int?>();
foreach (var (id, of) in found)
{
    var a = byId[id];
    if (a.Published is not { } date) continue;
    foreach (var entity in of.Keys)
    {
        if (entries[entity].Kind != EntryKind.Person) continue;
        if (!firstYears.TryGetValue(entity, out var first)) firstYears[entity] = first = FirstYear(entries[entity]);
        if (first > date.Year + 10) wrong.Add((a, entries[entity]));
    }
}
Console.WriteLine($"leaders matched over ten years before their first office: {wrong.Count} article × person rows" +
                  (wrong.Count > 0 ? ": " + string.Join(", ", wrong.GroupBy(w => w.Entry.Id).OrderByDescending(g => g.Count()).Select(g => $"{g.Key} {g.Count()}")) : ""));
if (options.Examples > 0)
    foreach (var (a, e) in wrong.Take(options.Examples)) Console.WriteLine($"  {Context(matcher, a, e.Id)}");
return 0;

static void Add(Dictionary<string, List<Article>> into, string key, Article a)
{
    if (!into.TryGetValue(key, out var list)) into[key] = list = [];
    list.Add(a);
}

static string Context(Matcher matcher, Article a, string entity)
{
    var index = matcher.Lexicon.Entries.Select((e, i) => (e, i)).First(x => x.e.Id == entity).i;
    var text = SearchedText.Of(a);
    var m = matcher.Find(a).FirstOrDefault(x => x.Entry == index);
    if (m.Length == 0) return $"[{entity} not found] {Short(a.Title, 80)}";
    var from = Math.Max(0, m.Start - 50);
    var to = Math.Min(text.Length, m.Start + m.Length + 50);
    return $"…{Flat(text[from..m.Start])}[{text.Substring(m.Start, m.Length)}]{Flat(text[(m.Start + m.Length)..to])}…";
}

static string Flat(string s) => Regex.Replace(s, @"\s+", " ");

static string Short(string s, int n) => Flat(s).Length <= n ? Flat(s) : Flat(s)[..n] + "…";

static int? FirstYear(LexiconEntry e)
{
    // Years live in the file's 'roles' (e.g. "Prime Minister of Japan (2006–2007, 2012–2020)"), which the lexicon keeps as free text.
    var text = File.ReadLines(e.File).Skip(e.Line - 1).Take(12).TakeWhile((l, i) => i == 0 || !l.TrimStart().StartsWith("- id:", StringComparison.Ordinal));
    var years = text.Where(l => l.TrimStart().StartsWith("roles:", StringComparison.Ordinal))
        .SelectMany(l => Regex.Matches(l, @"\((\d{4})").Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture))).ToList();
    return years.Count == 0 ? null : years.Min();
}

#if BEFORE
/// <summary>The lead rule of SearchedText.LeadEnd, for measuring a checkout that predates it.</summary>
internal static class Lead
{
    public static int End(string title, string body)
    {
        var origin = title.Length + 2;
        var words = 0;
        var inWord = false;
        for (var i = 0; i < body.Length; i++)
        {
            if (char.IsLetterOrDigit(body[i])) { if (inWord) continue; inWord = true; if (++words > 80) return origin + i; }
            else { inWord = false; if (body[i] == '\n' && i + 1 < body.Length && body[i + 1] == '\n' && words >= 20) return origin + i; }
        }
        return origin + body.Length;
    }
}
#endif

/// <summary>An article's mentions of one entry: how many, about it or not, and where the first ones fall.</summary>
internal sealed record Found(int Count, bool About, bool InTitle, bool InLead);
