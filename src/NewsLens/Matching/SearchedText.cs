using NewsLens.Reading;

namespace NewsLens.Matching;

/// <summary>The text mentions are counted in (rule 1): the title, a blank line, and the body. Byline, caption and url are not searched.</summary>
public static class SearchedText
{
    /// <summary>Characters between title and body; no match crosses them.</summary>
    public const string Separator = "\n\n";

    /// <summary>Title and body as one string; match offsets index into it.</summary>
    public static string Of(Article article) => article.Title + Separator + article.Text;
}
