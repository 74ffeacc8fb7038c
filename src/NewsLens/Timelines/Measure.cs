namespace NewsLens;

/// <summary>What a timeline value counts.</summary>
public enum Measure
{
    /// <summary>Mentions in the period.</summary>
    Mentions,
    /// <summary>Articles in the period that mention the entity at least once.</summary>
    Articles,
    /// <summary>Share of the period's articles that mention the entity (0 to 1).</summary>
    ShareOfArticles,
    /// <summary>Mentions per 10,000 words of the period's articles.</summary>
    Per10kWords,
    /// <summary>Articles in the period about the entity: named in title or lead, or mentioned at least twice.</summary>
    ArticlesAbout,
    /// <summary>Share of the period's articles about the entity (0 to 1): passing mentions left out.</summary>
    ShareOfArticlesAbout,
}
