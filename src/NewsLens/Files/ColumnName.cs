namespace NewsLens;

/// <summary>
/// The one naming convention of every table the kit returns or writes: lower case words joined by underscores
/// ("article_id", "period_articles"), as in the <c>count</c> command's CSV header, which is a documented contract.
/// </summary>
internal static class ColumnName
{
    /// <summary>"EntityA" → "entity_a", "Per10kWords" → "per_10k_words", "ArticleId" → "article_id".</summary>
    public static string Of(string pascal)
    {
        var name = new System.Text.StringBuilder(pascal.Length + 4);
        for (var i = 0; i < pascal.Length; i++)
        {
            var c = pascal[i];
            var boundary = i > 0 && (char.IsUpper(c) && !char.IsUpper(pascal[i - 1]) || char.IsAsciiDigit(c) && !char.IsAsciiDigit(pascal[i - 1]));
            if (boundary) name.Append('_');
            name.Append(char.ToLowerInvariant(c));
        }
        return name.ToString();
    }
}
