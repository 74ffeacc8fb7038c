namespace NewsLens;

/// <summary>The kinds the matching rules know; a lexicon may use its own kinds too (they match like topics).</summary>
public static class EntryKind
{
    /// <summary>A person; case-sensitive by default.</summary>
    public const string Person = "person";
    /// <summary>A country; case-sensitive by default.</summary>
    public const string Country = "country";
    /// <summary>An organisation; case-sensitive by default.</summary>
    public const string Organization = "organization";
    /// <summary>A place; case-sensitive by default.</summary>
    public const string Place = "place";
    /// <summary>A topic; case-insensitive by default.</summary>
    public const string Topic = "topic";

    /// <summary>Names are proper nouns: "US" must not match "us", "Chad" must not match "chad".</summary>
    public static bool IsCaseSensitiveByDefault(string kind) =>
        kind is Person or Country or Organization or Place;
}
