namespace NewsLens.Matching;

/// <summary>
/// One article's mentions of one entry as four integers: the compact form a million-article count is kept in
/// (16 bytes a row); <see cref="MentionRow"/>s are made from it only when asked for.
/// </summary>
/// <param name="Article">Position of the article in <see cref="Mentions.Articles"/>.</param>
/// <param name="Entry">Position of the entry in the lexicon.</param>
/// <param name="Count">Mentions of the entry in the article's title and body.</param>
/// <param name="FirstOffset">Offset of the first mention in the searched text.</param>
internal readonly record struct MentionCount(int Article, int Entry, int Count, int FirstOffset);
