
namespace NewsLens;

/// <summary>The text mentions are counted in (rule 1): the title, a blank line, and the body. Byline, caption and url are not searched.</summary>
internal static class SearchedText
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
        for (var from = 0; ;)
        {
            // Paragraph breaks are found vectorised; words are counted only inside the lead's paragraphs.
            var next = body.IndexOf("\n\n", from, StringComparison.Ordinal);
            var end = next < 0 ? body.Length : next;
            var cut = WordStart(body, from, end, MaxLeadWords + 1 - words, ref words);
            if (cut >= 0) return origin + cut;
            if (next < 0) return origin + body.Length;
            if (words >= MinLeadWords) return origin + next;
            from = next + 2;
        }
    }

    /// <summary>Counts words in <c>text[from..end]</c> into <paramref name="words"/>; the offset of the <paramref name="nth"/> word's start if it lies there, else -1.</summary>
    private static int WordStart(string text, int from, int end, int nth, ref int words)
    {
        var inWord = false;
        var seen = 0;
        for (var i = from; i < end; i++)
        {
            var c = text[i];
            var isWord = c < 128 ? AsciiWord[c] : char.IsLetterOrDigit(c);
            if (isWord && !inWord && ++seen == nth) return i;
            inWord = isWord;
        }
        words += seen;
        return -1;
    }

    private static readonly bool[] AsciiWord = Enumerable.Range(0, 128).Select(c => char.IsLetterOrDigit((char)c)).ToArray();}
