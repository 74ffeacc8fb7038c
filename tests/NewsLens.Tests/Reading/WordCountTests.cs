using NewsLens;

namespace NewsLens.Tests.Reading;

/// <summary>The block-wise word count must equal the plain run rule on any text, ASCII or not.</summary>
public sealed class WordCountTests
{
    [Theory]
    [InlineData("", 0)]
    [InlineData("WASHINGTON, March 2 - Putin's aide met Putin-Kim envoys.", 8)]
    [InlineData("a'-b a--b -b b- ' - ’", 6)]
    [InlineData("Café São Paulo 2019–20 naïve", 6)]
    [InlineData("The U.S. and U.K. said 3.5 pct", 10)]
    public void Counts_runs_of_letters_and_digits(string text, int words) =>
        Assert.Equal(words, WordCount.Of(text));

    [Fact]
    public void Agrees_with_the_character_by_character_rule_on_random_text()
    {
        // Half the texts are ASCII only, whose blocks of eight take the vector path; the rest mix in other letters,
        // the curly apostrophe and a surrogate pair, which take the per-character path.
        var ascii = "aZ09 '-.,\n\t";
        var mixed = ascii + "\u2019é中\u00aa\ud83d\ude00";
        var random = new Random(1987);
        var differing = new List<string>();
        for (var n = 0; n < 20_000; n++)
        {
            var alphabet = n % 2 == 0 ? ascii : mixed;
            var text = new string(Enumerable.Range(0, random.Next(0, 40)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());
            if (WordCount.Of(text) != ByCharacter(text)) differing.Add(text);
        }
        Assert.Empty(differing);
    }

    // The rule as first written, one character at a time: the oracle.
    private static int ByCharacter(string text)
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
            else if (inWord && c is '\'' or '\u2019' or '-' && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]))
            {
            }
            else
            {
                inWord = false;
            }
        }
        return words;
    }
}
