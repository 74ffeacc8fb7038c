namespace NewsLens;

/// <summary>Column names of <see cref="Mentions.Table"/>, in order.</summary>
public static class MentionColumns
{
    /// <summary>Article id (string).</summary>
    public const string ArticleId = "article_id";
    /// <summary>Article date (DateTime, null when undated).</summary>
    public const string Published = "published";
    /// <summary>Entry id (string).</summary>
    public const string Entity = "entity";
    /// <summary>Entry label (string).</summary>
    public const string Label = "label";
    /// <summary>Entry kind (string).</summary>
    public const string Kind = "kind";
    /// <summary>Mentions in the article (int).</summary>
    public const string Mentions = "mentions";
    /// <summary>Offset of the first mention in the searched text (int).</summary>
    public const string FirstOffset = "first_offset";
    /// <summary>Mentioned in the title (bool).</summary>
    public const string InTitle = "in_title";
    /// <summary>Mentioned in the lead (bool).</summary>
    public const string InLead = "in_lead";
    /// <summary>The article is about the entity: title, lead, or two mentions or more (bool).</summary>
    public const string About = "about";
}
