using NewsLens.Reading;

namespace NewsLens.Matching;

/// <summary>The text mentions are counted in (rule 1): the title, a blank line, and the body. Byline, caption and url are not searched.</summary>
public static class SearchedText
{
    /// <summary>Characters between title and body; no match crosses them.</summary>
    public const string Separator = "\n\n";

    /// <summary>Title and body as one string; match offsets index into it.</summary>
    public static string Of(Article article) => article.Title + Separator + article.Text;

    /// <summary>Fewest words the lead holds: a dateline or a one-line first paragraph runs on into the next.</summary>
    public const int MinLeadWords = 20;

    /// <summary>Most words the lead holds, so a body without paragraph breaks does not make all of it the lead.</summary>
    public const int MaxLeadWords = 80;

    /// <summary>
    /// Where the lead ends, as an offset into the searched text: the body's first paragraph, run on through the next
    /// ones until it holds <see cref="MinLeadWords"/> words, cut after <see cref="MaxLeadWords"/>.
    /// </summary>
    public static int LeadEnd(string title, string body)
    {
        var origin = title.Length + Separator.Length;
        var words = 0;
        var inWord = false;
        for (var i = 0; i < body.Length; i++)
        {
            if (char.IsLetterOrDigit(body[i]))
            {
                if (inWord) continue;
                inWord = true;
                if (++words > MaxLeadWords) return origin + i;
            }
            else
            {
                inWord = false;
                if (body[i] == '\n' && i + 1 < body.Length && body[i + 1] == '\n' && words >= MinLeadWords) return origin + i;
            }
        }
        return origin + body.Length;
    }
}
