using System.Text;

namespace NewsLens.Tests.Robustness;

/// <summary>
/// Deterministic damage to a valid input, the kinds scrapers and exports produce: flipped bytes, truncation, NULs,
/// huge lines, invalid UTF-8, mixed line endings, missing or repeated lines, stray BOMs and markup. The same seed
/// always gives the same bytes, so a failing input can be rebuilt from its number.
/// </summary>
public static class Mutator
{
    private static readonly byte[][] InvalidUtf8 =
    [
        [0xC3, 0x28], [0xE2, 0x82], [0xFF], [0xC0, 0xAF], [0xED, 0xA0, 0x80], [0xF8, 0x88, 0x80, 0x80, 0x80], [0x80], [0xF4, 0x90, 0x80, 0x80],
    ];

    private static readonly string[] Junk =
    [
        "\"", ",", ";", "\t", "{", "}", "[", "]", "<script>alert(1)</script>", "\\", "\\u0000", "\"\"", "By ", "Original url:",
        "Related article: ", "April 31, 2019", "2019-13-45", "null", "{\"title\":", "\u2028", "\uFEFF", "\u0085",
    ];

    /// <summary>One to four mutations of <paramref name="input"/>, chosen by <paramref name="seed"/>.</summary>
    public static byte[] Mutate(byte[] input, int seed)
    {
        var random = new Random(seed);
        var bytes = new List<byte>(input);
        var steps = 1 + random.Next(4);
        for (var s = 0; s < steps; s++) Apply(random, bytes);
        return [.. bytes];
    }

    private static void Apply(Random random, List<byte> b)
    {
        int At() => b.Count == 0 ? 0 : random.Next(b.Count + 1);
        switch (random.Next(13))
        {
            case 0: // flipped bits
                for (var k = 0; k < 1 + random.Next(8) && b.Count > 0; k++) b[random.Next(b.Count)] ^= (byte)(1 << random.Next(8));
                break;
            case 1: // truncated
                if (b.Count > 0) { var cut = random.Next(b.Count); b.RemoveRange(cut, b.Count - cut); }
                break;
            case 2: // NULs
                b.InsertRange(At(), new byte[1 + random.Next(8)]);
                break;
            case 3: // a huge line, now and then
                b.InsertRange(At(), Encoding.ASCII.GetBytes(new string((char)('a' + random.Next(26)), random.Next(20) == 0 ? 300_000 : 5_000)));
                break;
            case 4: // invalid UTF-8
                b.InsertRange(At(), InvalidUtf8[random.Next(InvalidUtf8.Length)]);
                break;
            case 5: // line endings changed, all or some
                Replace(b, random, random.Next(3) switch { 0 => "\r\n"u8.ToArray(), 1 => "\r"u8.ToArray(), _ => "\n\r"u8.ToArray() }, all: random.Next(2) == 0);
                break;
            case 6: // a line or section missing
                RemoveLines(b, random, 1 + random.Next(3));
                break;
            case 7: // a line repeated
                RepeatLine(b, random);
                break;
            case 8: // a stray byte-order mark
                b.InsertRange(random.Next(3) == 0 ? 0 : At(), random.Next(2) == 0 ? [0xEF, 0xBB, 0xBF] : [0xFF, 0xFE]);
                break;
            case 9: // random bytes
                var noise = new byte[1 + random.Next(32)];
                random.NextBytes(noise);
                b.InsertRange(At(), noise);
                break;
            case 10: // markup and separators
                b.InsertRange(At(), Encoding.UTF8.GetBytes(Junk[random.Next(Junk.Length)]));
                break;
            case 11: // everything gone but a little
                if (b.Count > 0) { var keep = random.Next(Math.Min(b.Count, 16) + 1); b.RemoveRange(keep, b.Count - keep); }
                break;
            default: // a chunk moved elsewhere
                if (b.Count > 2)
                {
                    var start = random.Next(b.Count);
                    var length = random.Next(Math.Min(200, b.Count - start) + 1);
                    var chunk = b.GetRange(start, length);
                    b.RemoveRange(start, length);
                    b.InsertRange(random.Next(b.Count + 1), chunk);
                }
                break;
        }
    }

    private static void Replace(List<byte> b, Random random, byte[] newline, bool all)
    {
        for (var i = b.Count - 1; i >= 0; i--)
        {
            if (b[i] != (byte)'\n' || (!all && random.Next(2) == 0)) continue;
            b.RemoveAt(i);
            b.InsertRange(i, newline);
        }
    }

    private static List<(int Start, int Length)> Lines(List<byte> b)
    {
        var lines = new List<(int, int)>();
        var start = 0;
        for (var i = 0; i < b.Count; i++)
            if (b[i] == (byte)'\n') { lines.Add((start, i - start + 1)); start = i + 1; }
        if (start < b.Count) lines.Add((start, b.Count - start));
        return lines;
    }

    private static void RemoveLines(List<byte> b, Random random, int count)
    {
        var lines = Lines(b);
        if (lines.Count == 0) return;
        var first = random.Next(lines.Count);
        var last = Math.Min(lines.Count - 1, first + count - 1);
        b.RemoveRange(lines[first].Start, lines[last].Start + lines[last].Length - lines[first].Start);
    }

    private static void RepeatLine(List<byte> b, Random random)
    {
        var lines = Lines(b);
        if (lines.Count == 0) return;
        var (start, length) = lines[random.Next(lines.Count)];
        b.InsertRange(start, b.GetRange(start, length));
    }
}
