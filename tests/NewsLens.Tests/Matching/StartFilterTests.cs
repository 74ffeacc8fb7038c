using System.Text;
using NewsLens;

namespace NewsLens.Tests.Matching;

/// <summary>
/// The check of a phrase's first characters before the trie is walked, and the trie's compact layout, only save
/// work: a matcher that walks from every start finds exactly the same mentions, on random lexicons and texts built to
/// hit their edges (short phrases, spaces early in a phrase, case and capitals, odd whitespace, curly quotes, accents).
/// </summary>
public sealed class StartFilterTests
{
    private const string Letters = "abetnsuABETNSU";

    [Fact]
    public void Filtered_matcher_finds_what_walking_from_every_start_finds()
    {
        var random = new Random(15);
        int texts = 0, mentions = 0;
        for (var round = 0; round < 60; round++)
        {
            var (lexicon, phrases) = RandomLexicon(random);
            var filtered = Matcher.For(lexicon);
            var reference = Matcher.WithoutStartFilter(lexicon);
            for (var t = 0; t < 80; t++)
            {
                var title = RandomText(random, phrases, 4);
                var body = RandomText(random, phrases, 40);
                var expected = reference.Find(title, body);
                Assert.Equal(expected, filtered.Find(title, body));
                texts++;
                mentions += expected.Count;
            }
        }
        // The texts do reach the phrases, or the comparison would prove nothing.
        Assert.True(mentions > 5 * texts, $"{mentions} mentions in {texts} texts");
    }

    [Fact]
    public void Words_that_share_only_two_letters_with_a_phrase_are_not_walked()
    {
        var lexicon = Lexicon.Parse("""
            entries:
              - id: thatcher
                kind: person
                aliases: ["Margaret Thatcher", "Thatcher"]
              - id: thaw
                kind: topic
                aliases: ["thaw"]
              - id: un
                kind: organization
                aliases: ["UN", "U N"]
            """);
        var patterns = Enumerable.Range(0, lexicon.Entries.Count)
            .SelectMany(e => lexicon.Entries[e].Aliases.Select(a => new CompiledPattern(e, a.Text, a.IsPattern, lexicon.Entries[e].CaseSensitive, false, 0)));
        var starts = new StartTriples(patterns);
        Assert.False(starts.MayStart("the talks", 0));
        Assert.False(starts.MayStart("Thx", 0));
        Assert.True(starts.MayStart("Thatcher", 0));
        Assert.True(starts.MayStart("THATCHER SPEAKS", 0));
        Assert.False(starts.MayStart("then", 0));
        Assert.True(starts.MayStart("THAW", 0));
        Assert.True(starts.MayStart("UN.", 0));
        Assert.True(starts.MayStart("U\tN", 0));
        Assert.True(starts.MayStart("Ma\u0301rgaret", 0));
    }

    private static (Lexicon Lexicon, List<string> Phrases) RandomLexicon(Random random)
    {
        var used = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var phrases = new List<string>();
        var yaml = new StringBuilder("entries:\n");
        var entries = random.Next(3, 14);
        for (var e = 0; e < entries; e++)
        {
            var aliases = new List<string>();
            var weak = new List<string>();
            var excludes = new List<string>();
            for (var a = random.Next(1, 4); a > 0; a--) aliases.Add(NewPhrase(random, used, pattern: random.Next(6) == 0));
            if (random.Next(4) == 0) weak.Add(NewPhrase(random, used, pattern: false));
            if (random.Next(5) == 0) excludes.Add(aliases[0].TrimEnd('*') + " " + Letters[random.Next(Letters.Length)]);
            phrases.AddRange(aliases.Concat(weak).Concat(excludes).Select(p => p.TrimEnd('*')));
            yaml.Append($"  - id: e{e}\n    kind: {(random.Next(2) == 0 ? "person" : "topic")}\n")
                .Append($"    case: {(random.Next(2) == 0 ? "sensitive" : "insensitive")}\n")
                .Append($"    aliases: [{Quoted(aliases)}]\n");
            if (weak.Count > 0) yaml.Append($"    weak: [{Quoted(weak)}]\n");
            if (excludes.Count > 0) yaml.Append($"    exclude: [{Quoted(excludes)}]\n");
        }
        return (Lexicon.Parse(yaml.ToString()), phrases);
    }

    private static string Quoted(IEnumerable<string> phrases) => string.Join(", ", phrases.Select(p => $"\"{p}\""));

    private static string NewPhrase(Random random, HashSet<string> used, bool pattern)
    {
        while (true)
        {
            var phrase = new StringBuilder();
            var length = pattern ? random.Next(3, 6) : random.Next(1, 8);
            phrase.Append(Letters[random.Next(Letters.Length)]);
            while (phrase.Length < length)
            {
                var roll = random.Next(12);
                phrase.Append(roll switch
                {
                    0 when !pattern && phrase[^1] != ' ' && phrase.Length < length - 1 => ' ',
                    1 when !pattern => '.',
                    2 when !pattern && phrase.Length < length - 1 => '\'',
                    3 => (char)('0' + random.Next(3)),
                    _ => Letters[random.Next(Letters.Length)],
                });
            }
            var text = phrase.ToString() + (pattern ? "*" : "");
            if (used.Add(text.TrimEnd('*'))) return text;
        }
    }

    private static readonly string[] Separators = [" ", " ", " ", "  ", "\t", "\n", "\n\n", "\u001c", ", ", ". ", "-", "(", "\u2019", "'", "\u00a0"];

    private static string RandomText(Random random, List<string> phrases, int pieces)
    {
        var text = new StringBuilder();
        for (var p = 0; p < pieces; p++)
        {
            var roll = random.Next(10);
            var piece = roll < 6 ? phrases[random.Next(phrases.Count)] : RandomWord(random);
            piece = random.Next(6) switch
            {
                0 => piece.ToUpperInvariant(),
                1 => piece.ToLowerInvariant(),
                2 => piece.Replace(' ', "\t\n\u001c "[random.Next(4)]).Replace("'", "\u2019"),
                3 when piece.Length > 1 => piece[..^1],
                4 => piece + Letters[random.Next(Letters.Length)],
                _ => piece,
            };
            text.Append(piece).Append(Separators[random.Next(Separators.Length)]);
        }
        return text.ToString();
    }

    private static string RandomWord(Random random)
    {
        var word = new StringBuilder();
        for (var n = random.Next(1, 6); n > 0; n--)
            word.Append(random.Next(15) switch
            {
                0 => "e\u0301",
                1 => "\u00e9",
                _ => Letters[random.Next(Letters.Length)].ToString(),
            });
        return word.ToString();
    }
}
