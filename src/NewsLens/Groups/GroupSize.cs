namespace NewsLens;

/// <summary>One group of articles and its size.</summary>
/// <param name="Group">The group's name (a source, a place, a field's value).</param>
/// <param name="Articles">Its articles.</param>
/// <param name="DatedArticles">Those with a date, the ones its timeline counts.</param>
public sealed record GroupSize(string Group, int Articles, int DatedArticles);
