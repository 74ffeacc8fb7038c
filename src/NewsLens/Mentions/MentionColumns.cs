namespace NewsLens;

/// <summary>Column names of <see cref="Mentions.Table"/>, in order.</summary>
public static class MentionColumns
{
    /// <summary>Article id (string).</summary>
    public const string ArticleId = "ArticleId";
    /// <summary>Article date (DateTime, null when undated).</summary>
    public const string Published = "Published";
    /// <summary>Entry id (string).</summary>
    public const string Entity = "Entity";
    /// <summary>Entry label (string).</summary>
    public const string Label = "Label";
    /// <summary>Entry kind (string).</summary>
    public const string Kind = "Kind";
    /// <summary>Mentions in the article (int).</summary>
    public const string Count = "Count";
    /// <summary>Offset of the first mention in the searched text (int).</summary>
    public const string FirstOffset = "FirstOffset";
    /// <summary>Mentioned in the title (bool).</summary>
    public const string InTitle = "InTitle";
    /// <summary>Mentioned in the lead (bool).</summary>
    public const string InLead = "InLead";
    /// <summary>The article is about the entity: title, lead, or two mentions or more (bool).</summary>
    public const string About = "About";
}
