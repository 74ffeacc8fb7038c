using System.Text;
using NewsLens;

namespace NewsLens.Benchmarks;

/// <summary>
/// Lexicons of any size for matching benchmarks: the generator's real names first (so the text has hits), then
/// made-up person names (case-sensitive, two words), topic phrases and trailing-* patterns (case-insensitive).
/// </summary>
public static class SyntheticLexicon
{
    private static readonly string[] Real =
    [
        "Donald Trump", "Kim Jong Un", "Vladimir Putin", "Xi Jinping", "Moon Jae-in", "Shinzo Abe", "Mike Pompeo", "Sergei Lavrov",
        "Wang Yi", "Joe Biden", "North Korea", "Russia", "China", "Japan", "sanctions", "summit", "missile*", "nuclear",
    ];

    private static readonly string[] Syllables = ["ka", "lo", "mi", "ren", "sa", "to", "vel", "dan", "or", "pe", "ri", "zu", "ba", "ni", "gor", "le"];

    /// <summary>A lexicon with exactly <paramref name="aliases"/> aliases, one entry per alias, deterministic.</summary>
    public static Lexicon Build(int aliases)
    {
        var random = new Random(7);
        var yaml = new StringBuilder("entries:\n");
        var used = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var i = 0;
        while (used.Count < aliases)
        {
            string alias;
            string kind;
            if (i < Real.Length)
            {
                alias = Real[i];
                kind = char.IsUpper(alias[0]) ? "person" : "topic";
            }
            else
            {
                var roll = random.Next(10);
                kind = roll < 7 ? "person" : "topic";
                alias = roll switch
                {
                    < 7 => $"{Word(random, true)} {Word(random, true)}",
                    < 9 => $"{Word(random, false)} {Word(random, false)}",
                    _ => Word(random, false) + "*",
                };
            }
            i++;
            if (!used.Add(alias)) continue;
            yaml.Append($"  - id: e{used.Count}\n    kind: {kind}\n    aliases: [\"{alias}\"]\n");
        }
        return Lexicon.Parse(yaml.ToString(), $"synthetic-{aliases}.yaml");
    }

    private static string Word(Random random, bool capital)
    {
        var sb = new StringBuilder();
        var n = random.Next(2, 4);
        for (var s = 0; s < n; s++) sb.Append(Syllables[random.Next(Syllables.Length)]);
        if (capital) sb[0] = char.ToUpperInvariant(sb[0]);
        return sb.ToString();
    }
}
