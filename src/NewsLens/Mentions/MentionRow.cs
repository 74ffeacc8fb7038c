namespace NewsLens;

/// <summary>One article's mentions of one entry.</summary>
/// <param name="ArticleId">The article's stable id.</param>
/// <param name="Published">The article's date, if it has one.</param>
/// <param name="Entity">The entry's id.</param>
/// <param name="Label">The entry's display name.</param>
/// <param name="Kind">The entry's kind.</param>
/// <param name="Count">Mentions of the entry in the article's title and body.</param>
/// <param name="FirstOffset">Offset of the first mention in the searched text (title, blank line, body).</param>
/// <param name="InTitle">Mentioned in the title.</param>
/// <param name="InLead">Mentioned in the lead, the body's opening (<see cref="SearchedText.LeadEnd"/>).</param>
public sealed record MentionRow(string ArticleId, DateOnly? Published, string Entity, string Label, string Kind, int Count, int FirstOffset,
    bool InTitle, bool InLead)
{
    /// <summary>The article is about the entity: in title or lead, or mentioned at least twice (<see cref="Mentions.IsAbout"/>).</summary>
    public bool About => Mentions.IsAbout(InTitle, InLead, Count);

    /// <summary>Position of the article in the corpus, for going back to its text.</summary>
    internal int ArticleIndex { get; init; }

    /// <summary>Position of the entry in the lexicon.</summary>
    internal int EntryIndex { get; init; }
}
