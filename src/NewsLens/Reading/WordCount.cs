namespace NewsLens;

/// <summary>Counts words the way the mention rates divide by them.</summary>
internal static class WordCount
{
    /// <summary>Runs of letters and digits; an apostrophe or hyphen inside a run does not split it ("Putin's", "Putin-Kim").</summary>
    public static int Of(string text)
    {
        var words = 0;
        var inWord = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsLetterOrDigit(c))
            {
                if (!inWord) words++;
                inWord = true;
            }
            else if (inWord && IsJoiner(c) && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]))
            {
                // "Putin's" and "Putin-Kim" are one token each, as a reader would count them.
            }
            else
            {
                inWord = false;
            }
        }
        return words;
    }

    private static bool IsJoiner(char c) => c is '\'' or '\u2019' or '-';
}
