namespace NewsLens;

/// <summary>Sentence-like entry points on counted mentions: <c>mentions.InContext("putin")</c>, <c>mentions.CoMentions()</c>.</summary>
public static class MentionAnalyses
{
    /// <summary>Every mention of an entity with the words around it; see <see cref="KeywordInContext.Of"/>.</summary>
    public static KeywordInContext InContext(this Mentions mentions, string entity, int width = 60, DateOnly? from = null, DateOnly? to = null) =>
        KeywordInContext.Of(mentions, entity, width, from, to);

    /// <summary>Who appears with whom; see <see cref="NewsLens.CoMentions.Of"/>.</summary>
    public static CoMentions CoMentions(this Mentions mentions, int minBoth = 1) => NewsLens.CoMentions.Of(mentions, minBoth);
}
