using System.Numerics;
using System.Runtime.InteropServices;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace NewsLens;

/// <summary>Counts words the way the mention rates divide by them.</summary>
internal static class WordCount
{
    /// <summary>Runs of letters and digits; an apostrophe or hyphen inside a run does not split it ("Putin's", "Putin-Kim").</summary>
    public static int Of(string text)
    {
        // A word starts at i when i is a letter or digit (W), i-1 is not, and i-1 is not a joiner (J) right after a
        // W: that is the run rule above as bit masks, eight characters at a time, so ASCII text never branches per
        // character. Bits carried from the previous block stand for positions i-1 and i-2.
        var span = text.AsSpan();
        ref var start = ref MemoryMarshal.GetReference(span);
        var words = 0;
        uint lastW = 0, lastJ = 0;
        for (var i = 0; i < span.Length; i += 8)
        {
            uint w, j;
            if (i + 8 <= span.Length && Vector128.IsHardwareAccelerated &&
                Vector128.LoadUnsafe(ref Unsafe.As<char, ushort>(ref start), (nuint)i) is var v &&
                Vector128.LessThanAll(v, Vector128.Create((ushort)128)))
            {
                var letter = Vector128.LessThanOrEqual((v | Vector128.Create((ushort)0x20)) - Vector128.Create((ushort)'a'), Vector128.Create((ushort)25));
                var digit = Vector128.LessThanOrEqual(v - Vector128.Create((ushort)'0'), Vector128.Create((ushort)9));
                var joiner = Vector128.Equals(v, Vector128.Create((ushort)'\'')) | Vector128.Equals(v, Vector128.Create((ushort)'-'));
                w = (letter | digit).ExtractMostSignificantBits();
                j = joiner.ExtractMostSignificantBits();
            }
            else
            {
                (w, j) = (0, 0);
                for (var k = 0; k < 8 && i + k < span.Length; k++)
                {
                    var c = span[i + k];
                    if (c < 128 ? char.IsAsciiLetterOrDigit(c) : char.IsLetterOrDigit(c)) w |= 1u << k;
                    else if (IsJoiner(c)) j |= 1u << k;
                }
            }
            var wordBefore = ((w << 1) | (lastW >> 7)) & 0xFF;
            var wordTwoBefore = ((w << 2) | (lastW >> 6)) & 0xFF;
            var joinerBefore = ((j << 1) | (lastJ >> 7)) & 0xFF;
            words += BitOperations.PopCount(w & ~wordBefore & ~(joinerBefore & wordTwoBefore));
            (lastW, lastJ) = (w, j);
        }
        return words;
    }

    private static bool IsJoiner(char c) => c is '\'' or '\u2019' or '-';
}
