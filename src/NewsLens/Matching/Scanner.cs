using System.Globalization;
using System.Numerics;
using System.Runtime.Intrinsics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;

namespace NewsLens;

/// <summary>
/// Scans title and body with reusable buffers (one scanner per thread), in place: the trie is walked from every
/// position where a match may start (rule 3), reading curly quotes as straight ones and any whitespace run as one
/// space (rule 2). Candidates are checked for the end boundary and letter case (rules 3, 4), resolved
/// leftmost-longest without overlap (rule 5) and blanked by excludes (rule 6). Only text that is not in NFC is
/// copied, composed, and mapped back.
/// </summary>
internal sealed class Scanner(PhraseTrie trie, CompiledPattern[] patterns, StartTriples starts, Scanner? datelines)
{
    // Candidates starting at the position being walked, and exclude spans that may still cover a later one.
    private readonly List<Candidate> _here = [];
    private readonly List<Candidate> _excludes = [];
    // Weak matches waiting for the whole article to be read (rule 7): one per entry that shares the text.
    private readonly List<Match> _weak = [];
    // Strong aliases and switched-off metonyms seen, by entry and offset, that vouch for weak matches.
    private readonly List<Match> _evidence = [];
    private readonly List<Match> _resolved = [];
    private int _taken;
    private int _origin;
    private int[]? _map;
    // The part of the dateline that names its country, for a dateline scanner (rule 8).
    private (int Start, int End) _dateline;
    private readonly List<Match> _found = [];

    /// <summary>Finds the mentions in title and body; offsets index into <see cref="SearchedText.Of"/>.</summary>
    public void Find(string title, string body, List<Match> matches)
    {
        matches.Clear();
        _weak.Clear();
        _evidence.Clear();
        // Scanned apart, so no match runs from the title into the body (rule 1).
        Scan(title, 0, matches, isBody: false);
        Scan(body, title.Length + SearchedText.Separator.Length, matches, isBody: true);
        if (_weak.Count > 0) ResolveWeak(matches);
    }

    private void Scan(string text, int origin, List<Match> matches, bool isBody)
    {
        // ASCII text is NFC by definition, and checking that is vectorised; only the rest asks ICU.
        int[]? map = null;
        if (!TextRules.IsSurelyNfc(text) && !text.IsNormalized(NormalizationForm.FormC)) (text, map) = Compose(text);
        Walk(text, origin, map, matches, text.Length);
        if (isBody && datelines is not null && Datelines.Locator(text) is { End: > 0 } span)
            datelines.AddDatelinePlaces(text, origin, map, span, matches, _evidence);
    }

    /// <summary>
    /// Rule 8, as a dateline scanner: the places found in the part of the dateline that names the country join the
    /// matches where no other match covers them, in text order, and vouch for weak aliases.
    /// </summary>
    private void AddDatelinePlaces(string text, int origin, int[]? map, (int Start, int End) span, List<Match> matches, List<Match> evidence)
    {
        _dateline = span;
        _found.Clear();
        // Its own evidence list is filled by Accept and never read: cleared, or it grows with every article.
        _evidence.Clear();
        Walk(text, origin, map, _found, span.End);
        foreach (var m in _found)
        {
            // Matches are in text order, so the first that ends after the place's start decides: it covers the place,
            // or the place goes just before it.
            var at = 0;
            while (at < matches.Count && matches[at].Start + matches[at].Length <= m.Start) at++;
            if (at < matches.Count && matches[at].Start < m.Start + m.Length) continue;
            matches.Insert(at, m);
            evidence.Add(new Match(m.Entry, m.Start, 0));
        }
    }

    /// <summary>Walks the trie from every possible start before <paramref name="limit"/>.</summary>
    private void Walk(string text, int origin, int[]? map, List<Match> matches, int limit)
    {
        _origin = origin;
        _map = map;
        _here.Clear();
        _excludes.Clear();
        _taken = 0;
        ref var symbols = ref MemoryMarshal.GetArrayDataReference(trie.Symbols);
        // Blocks of 16 characters are classified at once; a match may start wherever the character before is not
        // a letter or digit (rule 3), so only those positions are tried.
        var carry = 0u;
        for (var block = 0; block < limit; block += 16)
        {
            var word = WordMask(text, block, out var spaces);
            var valid = block + 16 <= text.Length ? 0xFFFFu : (1u << (text.Length - block)) - 1;
            // No phrase starts with a space, so spaces are not tried either.
            var tried = ~((word << 1) | carry) & ~spaces & valid;
            carry = (word >> 15) & 1;
            while (tried != 0)
            {
                var start = block + BitOperations.TrailingZeroCount(tried);
                tried &= tried - 1;
                var state = trie.Next(PhraseTrie.Root, Unsafe.Add(ref symbols, text[start]));
                if (state == PhraseTrie.Root || !starts.MayStart(text, start)) continue;
                WalkFrom(text, start, state, ref symbols);
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
    private void WalkFrom(string text, int start, int state, ref ushort symbols)
    {
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
            state = trie.Next(state, symbol);
            if (state == PhraseTrie.Root) return;
        }
    }

    private void Consider(string text, int start, int end, int index)
    {
        var pattern = patterns[index];
        if (pattern.IsDatelineOnly && (start < _dateline.Start || end >= _dateline.End)) return;
        var last = end;
        if (pattern.IsPattern)
            while (last + 1 < text.Length && TextRules.IsWordChar(text[last + 1])) last++;
        else if (last + 1 < text.Length && TextRules.IsWordChar(text[last + 1])) return;
        if (pattern.CaseSensitive && !SameLetters(text, start, pattern.Text, upper: false) &&
            !(pattern.HasLower && char.IsUpper(text[start]) && SameLetters(text, start, pattern.Text, upper: true) && InCapitals(text, start, last)))
            return;
        if (pattern.IsEvidence)
        {
            _evidence.Add(new Match(pattern.Entry, _origin + (_map is null ? start : _map[start]), 0));
            return;
        }
        (pattern.IsExclude ? _excludes : _here).Add(new Candidate(start, last - start + 1, pattern));
    }

    /// <summary>
    /// Whether all-capitals text stands where the alias would be written in mixed case (rule 4): a word in capitals of
    /// two or more letters next to it on the same line (an uppercase headline), or the start of a line followed by
    /// a comma, a bracket or a dash (a wire dateline, "LONDON, April 8 -", "WASHINGTON (AP) —").
    /// </summary>
    private static bool InCapitals(string text, int start, int last)
    {
        var before = start - 1;
        while (before >= 0 && text[before] is ' ' or '\t') before--;
        if (before < 0 || text[before] == '\n')
        {
            var after = last + 1;
            while (after < text.Length && text[after] == ' ') after++;
            if (after < text.Length && text[after] is ',' or '(' or '-' or '\u2013' or '\u2014') return true;
        }
        return CapitalWord(text, start - 1, -1) || CapitalWord(text, last + 1, +1);
    }

    /// <summary>The nearest word from <paramref name="i"/> in direction <paramref name="step"/>, on the same line, is in capitals (two letters or more).</summary>
    private static bool CapitalWord(string text, int i, int step)
    {
        while (i >= 0 && i < text.Length && !char.IsLetter(text[i]))
        {
            if (text[i] == '\n') return false;
            i += step;
        }
        var letters = 0;
        for (; i >= 0 && i < text.Length && char.IsLetter(text[i]); i += step)
        {
            if (!char.IsUpper(text[i])) return false;
            letters++;
        }
        return letters >= 2;
    }

    /// <summary>Whether the text at <paramref name="start"/> reads as the phrase (or, with <paramref name="upper"/>, its capitals), letter case included (rule 4 after rule 2).</summary>
    private static bool SameLetters(string text, int start, string phrase, bool upper)
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
            else if (TextRules.Canonical(text[i]) != (upper ? char.ToUpperInvariant(p) : p)) return false;
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
                if (!c.Pattern.IsWeak)
                {
                    matches.Add(new Match(c.Pattern.Entry, origin + from, to - from));
                    _evidence.Add(new Match(c.Pattern.Entry, origin + from, 0));
                    break;
                }
                // Every entry sharing this weak text is a claimant until the article is read.
                foreach (var d in _here)
                    if (d.Pattern.IsWeak && d.Length == c.Length && !IsExcluded(d))
                        _weak.Add(new Match(d.Pattern.Entry, origin + from, to - from));
                break;
            }
        }
        _here.Clear();
        // Excludes that end before this point can cover nothing further on.
        for (var x = _excludes.Count - 1; x >= 0; x--)
            if (_excludes[x].Start + _excludes[x].Length <= start) _excludes.RemoveAt(x);
    }

    /// <summary>
    /// Rule 7: a weak match counts for the claimant whose strong alias (or metonym) the article also has: the one
    /// named last before it, else the one named first after it; with none, it does not count.
    /// </summary>
    private void ResolveWeak(List<Match> matches)
    {
        _resolved.Clear();
        for (var k = 0; k < _weak.Count;)
        {
            var at = _weak[k].Start;
            int chosen = -1, before = -1, after = int.MaxValue;
            for (; k < _weak.Count && _weak[k].Start == at; k++)
            {
                foreach (var e in _evidence)
                {
                    if (e.Entry != _weak[k].Entry) continue;
                    if (e.Start < at && e.Start > before) (chosen, before) = (k, e.Start);
                    else if (e.Start > at && before < 0 && e.Start < after) (chosen, after) = (k, e.Start);
                }
            }
            if (chosen >= 0) _resolved.Add(_weak[chosen]);
        }
        if (_resolved.Count == 0) return;
        // Both lists are in text order and never overlap: merge them from the back, in place.
        var strong = matches.Count;
        for (var n = 0; n < _resolved.Count; n++) matches.Add(default);
        int i = strong - 1, j = _resolved.Count - 1;
        for (var w = matches.Count - 1; j >= 0; w--)
            matches[w] = i >= 0 && matches[i].Start > _resolved[j].Start ? matches[i--] : _resolved[j--];
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
