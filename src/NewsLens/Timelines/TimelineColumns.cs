namespace NewsLens;

/// <summary>Column names of <see cref="Timeline.Table"/>, in order; the same as the <c>count</c> command's CSV.</summary>
public static class TimelineColumns
{
    /// <summary>First day of the period (DateTime).</summary>
    public const string Period = "period";
    /// <summary>Entry id (string).</summary>
    public const string Entity = "entity";
    /// <summary>Entry label (string).</summary>
    public const string Label = "label";
    /// <summary>Entry kind (string).</summary>
    public const string Kind = "kind";
    /// <summary>Mentions (double: whole unless rolling).</summary>
    public const string Mentions = "mentions";
    /// <summary>Articles mentioning the entity (double: whole unless rolling).</summary>
    public const string Articles = "articles";
    /// <summary>Dated articles in the period (int).</summary>
    public const string PeriodArticles = "period_articles";
    /// <summary>Words in the period's dated articles (long).</summary>
    public const string PeriodWords = "period_words";
    /// <summary>Share of the period's articles mentioning the entity (double).</summary>
    public const string Share = "share";
    /// <summary>Mentions per 10,000 words (double).</summary>
    public const string Per10kWords = "per_10k_words";
    /// <summary>Articles about the entity: in title or lead, or two mentions or more (double: whole unless rolling).</summary>
    public const string ArticlesAbout = "articles_about";
    /// <summary>Share of the period's articles about the entity (double).</summary>
    public const string ShareAbout = "share_about";
}
