using System.Globalization;
using System.Numerics;
using System.Runtime.Intrinsics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;
using NewsLens.Text;

namespace NewsLens.Matching;

/// <summary>
/// Scans title and body with reusable buffers (one scanner per thread), in place: the trie is walked from every
/// position where a match may start (rule 3), reading curly quotes as straight ones and any whitespace run as one
/// space (rule 2). Candidates are checked for the end boundary and letter case (rules 3, 4), resolved
/// leftmost-longest without overlap (rule 5) and blanked by excludes (rule 6). Only text that is not in NFC is
/// copied, composed, and mapped back.
/// </summary>
internal sealed class Scanner(PhraseTrie trie, CompiledPattern[] patterns)
{
    // Candidates starting at the position being walked, and exclude spans that may still cover a later one.
    private readonly List<Candidate> _here = [];
    private readonly List<Candidate> _excludes = [];
    private int _taken;

    /// <summary>Finds the mentions in title and body; offsets index into <see cref="SearchedText.Of"/>.</summary>
    public void Find(string title, string body, List<Match> matches)
    {
        matches.Clear();
        // Scanned apart, so no match runs from the title into the body (rule 1).
        Scan(title, 0, matches);
        Scan(body, title.Length + SearchedText.Separator.Length, matches);
    }

    private void Scan(string text, int origin, List<Match> matches)
    {
        // ASCII text is NFC by definition, and checking that is vectorised; only the rest asks ICU.
        if (TextRules.IsSurelyNfc(text) || text.IsNormalized(NormalizationForm.FormC))
        {
            Walk(text, origin, null, matches);
        }
        else
        {
            var (composed, map) = Compose(text);
            Walk(composed, origin, map, matches);
        }
    }

    private void Walk(string text, int origin, int[]? map, List<Match> matches)
    {
        _here.Clear();
        _excludes.Clear();
        _taken = 0;
        ref var symbols = ref MemoryMarshal.GetArrayDataReference(trie.Symbols);
        ref var table = ref MemoryMarshal.GetArrayDataReference(trie.Table);
        // Blocks of 16 characters are classified at once; a match may start wherever the character before is not
        // a letter or digit (rule 3), so only those positions are tried.
        var carry = 0u;
        for (var block = 0; block < text.Length; block += 16)
        {
            var word = WordMask(text, block, out var spaces);
            var valid = block + 16 <= text.Length ? 0xFFFFu : (1u << (text.Length - block)) - 1;
            // No phrase starts with a space, so spaces are not tried either.
            var starts = ~((word << 1) | carry) & ~spaces & valid;
            carry = (word >> 15) & 1;
            while (starts != 0)
            {
                var start = block + BitOperations.TrailingZeroCount(starts);
                starts &= starts - 1;
                var state = Unsafe.Add(ref table, (int)Unsafe.Add(ref symbols, text[start]));
                if (state == PhraseTrie.Root) continue;
                WalkFrom(text, start, state, ref table, ref symbols);
                if (_here.Count > 0) Accept(start, origin, map, matches);
            }
        }
    }

    /// <summary>Bit k set when the character at <paramref name="block"/> + k is a letter or digit; <paramref name="spaces"/> marks plain spaces.</summary>
    private static uint WordMask(string text, int block, out uint spaces)
    {
        uint mask = 0;
        spaces = 0;
        if (Vector256.IsHardwareAccelerated && block + 16 <= text.Length)
        {
            var v = Vector256.LoadUnsafe(ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text.AsSpan())), (nuint)block);
            var digit = Vector256.LessThanOrEqual(v - Vector256.Create((ushort)'0'), Vector256.Create((ushort)9));
            var letter = Vector256.LessThanOrEqual((v | Vector256.Create((ushort)0x20)) - Vector256.Create((ushort)'a'), Vector256.Create((ushort)25));
            mask = (digit | letter).ExtractMostSignificantBits();
            spaces = Vector256.Equals(v, Vector256.Create((ushort)' ')).ExtractMostSignificantBits();
            var other = Vector256.GreaterThanOrEqual(v, Vector256.Create((ushort)0x80)).ExtractMostSignificantBits();
            while (other != 0)
            {
                var k = BitOperations.TrailingZeroCount(other);
                other &= other - 1;
                if (char.IsLetterOrDigit(text[block + k])) mask |= 1u << k;
            }
            return mask;
        }
        var end = Math.Min(block + 16, text.Length);
        for (var i = block; i < end; i++)
            if (TextRules.IsWordChar(text[i])) mask |= 1u << (i - block);
        return mask;
    }

    /// <summary>Follows the trie from <paramref name="start"/>, whose first character led to <paramref name="state"/>.</summary>
    private void WalkFrom(string text, int start, int state, ref int table, ref ushort symbols)
    {
        var width = trie.Width;
        int space = Unsafe.Add(ref symbols, ' ');
        for (var i = start; ;)
        {
            if (state < 0)
            {
                state &= ~PhraseTrie.KeysFlag;
                foreach (var p in trie.KeysAt(state)) Consider(text, start, i, p);
            }
            if (++i >= text.Length) return;
            int symbol = Unsafe.Add(ref symbols, text[i]);
            // A whitespace run reads as one space (only phrases with a space have a space symbol).
            if (symbol == space && space != 0)
                while (i + 1 < text.Length && char.IsWhiteSpace(text[i + 1])) i++;
            state = Unsafe.Add(ref table, state * width + symbol);
            if (state == PhraseTrie.Root) return;
        }
    }

    private void Consider(string text, int start, int end, int index)
    {
        var pattern = patterns[index];
        var last = end;
        if (pattern.IsPattern)
            while (last + 1 < text.Length && TextRules.IsWordChar(text[last + 1])) last++;
        else if (last + 1 < text.Length && TextRules.IsWordChar(text[last + 1])) return;
        if (pattern.CaseSensitive && !SameLetters(text, start, pattern.Text)) return;
        (pattern.IsExclude ? _excludes : _here).Add(new Candidate(start, last - start + 1, pattern));
    }

    /// <summary>Whether the text at <paramref name="start"/> reads as the phrase, letter case included (rule 4 after rule 2).</summary>
    private static bool SameLetters(string text, int start, string phrase)
    {
        var i = start;
        foreach (var p in phrase)
        {
            if (i >= text.Length) return false;
            if (p == ' ')
            {
                if (!char.IsWhiteSpace(text[i])) return false;
                while (i + 1 < text.Length && char.IsWhiteSpace(text[i + 1])) i++;
            }
            else if (TextRules.Canonical(text[i]) != p) return false;
            i++;
        }
        return true;
    }

    /// <summary>
    /// Settles the candidates starting at <paramref name="start"/>: walked left to right, the first position with a
    /// candidate wins (leftmost), its longest candidate wins there (an exact alias over a pattern of the same span,
    /// then lexicon order), unless an exclude of the same entry covers it.
    /// </summary>
    private void Accept(int start, int origin, int[]? map, List<Match> matches)
    {
        if (start >= _taken)
        {
            if (_here.Count > 1)
                _here.Sort(static (a, b) =>
                    a.Length != b.Length ? b.Length.CompareTo(a.Length)
                    : a.Pattern.IsPattern != b.Pattern.IsPattern ? a.Pattern.IsPattern.CompareTo(b.Pattern.IsPattern)
                    : a.Pattern.Order.CompareTo(b.Pattern.Order));
            foreach (var c in _here)
            {
                if (IsExcluded(c)) continue;
                _taken = c.Start + c.Length;
                var from = map is null ? c.Start : map[c.Start];
                var to = map is null ? c.Start + c.Length : map[c.Start + c.Length];
                matches.Add(new Match(c.Pattern.Entry, origin + from, to - from));
                break;
            }
        }
        _here.Clear();
        // Excludes that end before this point can cover nothing further on.
        for (var x = _excludes.Count - 1; x >= 0; x--)
            if (_excludes[x].Start + _excludes[x].Length <= start) _excludes.RemoveAt(x);
    }

    private bool IsExcluded(Candidate c)
    {
        foreach (var x in _excludes)
            if (x.Pattern.Entry == c.Pattern.Entry && x.Start <= c.Start && c.Start + c.Length <= x.Start + x.Length)
                return true;
        return false;
    }

    /// <summary>
    /// The rare text not in NFC: each base character with its combining marks is composed on its own, and
    /// <c>map[i]</c> gives the original offset of composed character i (one extra entry for the end).
    /// </summary>
    private static (string Text, int[] Map) Compose(string text)
    {
        var composed = new StringBuilder(text.Length);
        var map = new List<int>(text.Length + 1);
        var i = 0;
        while (i < text.Length)
        {
            var end = i + 1;
            while (end < text.Length && IsMark(text[end])) end++;
            foreach (var c in text.AsSpan(i, end - i).ToString().Normalize(NormalizationForm.FormC))
            {
                composed.Append(c);
                map.Add(i);
            }
            i = end;
        }
        map.Add(text.Length);
        return (composed.ToString(), [.. map]);
    }

    private static bool IsMark(char c) => CharUnicodeInfo.GetUnicodeCategory(c) is
        UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;

    private readonly record struct Candidate(int Start, int Length, CompiledPattern Pattern);
}
