using System.Globalization;
using System.Text;
using NewsLens.Text;

namespace NewsLens.Matching;

/// <summary>
/// Scans one text at a time with reusable buffers (one scanner per thread). A single pass normalises the text
/// (rule 2) and steps the automaton; candidates are then checked for word boundaries (rule 3) and letter case
/// (rule 4), resolved leftmost-longest without overlap (rule 5), and blanked by excludes (rule 6).
/// </summary>
internal sealed class Scanner(Automaton automaton, CompiledPattern[] patterns)
{
    private static readonly char[] FoldAscii = BuildFoldAscii();

    private char[] _text = new char[4096];
    private int _length;
    // Where normalised and original offsets diverge (collapsed whitespace, NFC): (normalised, original) pairs.
    private readonly List<(int Normalised, int Original)> _shifts = [];
    private readonly List<(int Pattern, int End)> _hits = [];
    private readonly List<Candidate> _candidates = [];
    private readonly List<Candidate> _excludes = [];

    /// <summary>Finds the mentions in title and body; offsets index into <see cref="SearchedText.Of"/>.</summary>
    public void Find(string title, string body, List<Match> matches)
    {
        matches.Clear();
        _length = 0;
        _shifts.Clear();
        _hits.Clear();
        var state = Automaton.Start;
        state = Append(title, 0, state);
        // The separator is neither space nor a word character: no match runs from the title into the body.
        state = Emit('\0', title.Length, state);
        Append(body, title.Length + SearchedText.Separator.Length, state);
        Resolve(matches);
    }

    private int Append(string text, int origin, int state)
    {
        if (!text.IsNormalized(NormalizationForm.FormC))
            return AppendDecomposed(text, origin, state);
        var pendingSpace = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c <= ' ' ? c is ' ' or '\n' or '\r' or '\t' or '\f' or '\v' : c >= 0x80 && char.IsWhiteSpace(c))
            {
                pendingSpace = true;
                continue;
            }
            if (pendingSpace)
            {
                state = EmitSpace(origin + i - 1, state);
                pendingSpace = false;
            }
            state = Emit(c, origin + i, state);
        }
        return state;
    }

    /// <summary>The rare text not in NFC: each base character with its combining marks is composed on its own.</summary>
    private int AppendDecomposed(string text, int origin, int state)
    {
        var i = 0;
        while (i < text.Length)
        {
            var end = i + 1;
            while (end < text.Length && IsMark(text[end])) end++;
            var chunk = text.AsSpan(i, end - i).ToString().Normalize(NormalizationForm.FormC);
            foreach (var c in chunk)
                state = char.IsWhiteSpace(c) ? EmitSpace(origin + i, state) : Emit(c, origin + i, state);
            i = end;
        }
        return state;
    }

    private int EmitSpace(int original, int state) =>
        _length > 0 && _text[_length - 1] == ' ' ? state : Emit(' ', original, state);

    private int Emit(char c, int original, int state)
    {
        if (_length == _text.Length) Array.Resize(ref _text, _text.Length * 2);
        if (_shifts.Count == 0 ? original != _length : original - _length != _shifts[^1].Original - _shifts[^1].Normalised)
            _shifts.Add((_length, original));
        var canonical = c < 0x80 ? c : TextRules.Canonical(c);
        _text[_length] = canonical;
        var folded = canonical < 0x80 ? FoldAscii[canonical] : char.ToLowerInvariant(canonical);
        state = automaton.Step(state, folded);
        if (automaton.HasOutput(state))
            foreach (var p in automaton.Outputs(state))
                _hits.Add((p, _length));
        _length++;
        return state;
    }

    private void Resolve(List<Match> matches)
    {
        _candidates.Clear();
        _excludes.Clear();
        var text = _text.AsSpan(0, _length);
        foreach (var (p, end) in _hits)
        {
            var pattern = patterns[p];
            var start = end - pattern.Text.Length + 1;
            if (start > 0 && TextRules.IsWordChar(text[start - 1])) continue;
            var last = end;
            if (pattern.IsPattern)
                while (last + 1 < text.Length && TextRules.IsWordChar(text[last + 1])) last++;
            else if (last + 1 < text.Length && TextRules.IsWordChar(text[last + 1])) continue;
            if (pattern.CaseSensitive && !text.Slice(start, pattern.Text.Length).SequenceEqual(pattern.Text)) continue;
            var candidate = new Candidate(start, last - start + 1, p, pattern);
            (pattern.IsExclude ? _excludes : _candidates).Add(candidate);
        }

        // Leftmost, then longest; an exact alias beats a pattern of the same span; lexicon order settles the rest.
        _candidates.Sort(static (a, b) =>
            a.Start != b.Start ? a.Start.CompareTo(b.Start)
            : a.Length != b.Length ? b.Length.CompareTo(a.Length)
            : a.Pattern.IsPattern != b.Pattern.IsPattern ? a.Pattern.IsPattern.CompareTo(b.Pattern.IsPattern)
            : a.Pattern.Order.CompareTo(b.Pattern.Order));

        var taken = 0;
        foreach (var c in _candidates)
        {
            if (c.Start < taken) continue;
            if (IsExcluded(c)) continue;
            taken = c.Start + c.Length;
            var start = Original(c.Start);
            matches.Add(new Match(c.Pattern.Entry, start, Original(c.Start + c.Length - 1) + 1 - start));
        }
    }

    private bool IsExcluded(Candidate c)
    {
        foreach (var x in _excludes)
            if (x.Pattern.Entry == c.Pattern.Entry && x.Start <= c.Start && c.Start + c.Length <= x.Start + x.Length)
                return true;
        return false;
    }

    private int Original(int normalised)
    {
        // The last shift at or before this position gives the offset between the two texts.
        var lo = 0;
        var hi = _shifts.Count - 1;
        var found = -1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            if (_shifts[mid].Normalised <= normalised) { found = mid; lo = mid + 1; }
            else hi = mid - 1;
        }
        return found < 0 ? normalised : normalised + (_shifts[found].Original - _shifts[found].Normalised);
    }

    private static bool IsMark(char c) => CharUnicodeInfo.GetUnicodeCategory(c) is
        UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;

    private static char[] BuildFoldAscii()
    {
        var table = new char[0x80];
        for (var c = 0; c < table.Length; c++) table[c] = char.ToLowerInvariant((char)c);
        return table;
    }

    private readonly record struct Candidate(int Start, int Length, int Index, CompiledPattern Pattern);
}
