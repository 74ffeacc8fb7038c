namespace NewsLens;

/// <summary>
/// One article's mentions of one entry in compact form (20 bytes a row), the form a million-article count is kept
/// in; <see cref="MentionRow"/>s are made from it only when asked for.
/// </summary>
/// <param name="Article">Position of the article in <see cref="Mentions.Articles"/>.</param>
/// <param name="Entry">Position of the entry in the lexicon.</param>
/// <param name="Count">Mentions of the entry in the article's title and body.</param>
/// <param name="FirstOffset">Offset of the first mention in the searched text.</param>
/// <param name="Where">Where it is mentioned: <see cref="InTitleFlag"/>, <see cref="InLeadFlag"/>.</param>
internal readonly record struct MentionCount(int Article, int Entry, int Count, int FirstOffset, byte Where)
{
    /// <summary>Set when a mention lies in the title.</summary>
    public const byte InTitleFlag = 1;

    /// <summary>Set when a mention lies in the lead (<see cref="SearchedText.LeadEnd"/>).</summary>
    public const byte InLeadFlag = 2;

    /// <summary>Mentioned in the title.</summary>
    public bool InTitle => (Where & InTitleFlag) != 0;

    /// <summary>Mentioned in the lead.</summary>
    public bool InLead => (Where & InLeadFlag) != 0;

    /// <summary>The article is about the entry (<see cref="Mentions.IsAbout"/>).</summary>
    public bool About => Mentions.IsAbout(InTitle, InLead, Count);
}
