using NewsLens;

namespace NewsLens.Tests.Support;

/// <summary>Small lexicons written inline, and a helper that shows what a matcher found as text.</summary>
public static class Lexicons
{
    public static Lexicon Entry(string id, string kind, string aliases, string extra = "") =>
        Lexicon.Parse($"entries:\n  - id: {id}\n    kind: {kind}\n    aliases: [{aliases}]\n{extra}");

    /// <summary>"entity:matched text" for every match, in order.</summary>
    public static List<string> Found(Lexicon lexicon, string title, string body)
    {
        var text = title + "\n\n" + body;
        return Matcher.For(lexicon).Find(title, body)
            .Select(m => $"{lexicon.Entries[m.Entry].Id}:{text.Substring(m.Start, m.Length)}")
            .ToList();
    }
}
