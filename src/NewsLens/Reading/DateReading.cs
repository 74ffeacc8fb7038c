using System.Globalization;
using System.Text.RegularExpressions;

namespace NewsLens;

/// <summary>The outcome of reading a date: the date, or why it could not be read.</summary>
/// <param name="Value">The date as written (for date-times, the date at the writer's own offset).</param>
/// <param name="Error">Why the text is not a date; null on success.</param>
internal readonly record struct DateReadResult(DateOnly? Value, string? Error)
{
    /// <summary>True when a date was read.</summary>
    public bool Success => Value is not null;
}

/// <summary>Reads the publication dates news files use, and says why when it cannot.</summary>
internal static partial class DateReading
{
    private static readonly string[] DateFormats =
    [
        "MMMM d, yyyy", "MMMM d yyyy", "MMM d, yyyy", "MMM d yyyy",
        "d MMMM yyyy", "d MMMM, yyyy", "d MMM yyyy", "d MMM, yyyy",
        "yyyy-MM-dd", "yyyy-M-d", "yyyy/MM/dd", "yyyy/M/d", "yyyyMMdd",
    ];

    /// <summary>Examples shown to a user whose date could not be read.</summary>
    public const string Accepted = "'April 18, 2019', 'Apr. 18, 2019', '18 April 2019', '2019-04-18' or '2019-04-18T09:30:00+03:00'";

    /// <summary>Reads one date; leading weekdays ("Thursday,"), AP abbreviations ("Sept.") and ISO date-times are understood.</summary>
    public static DateReadResult Read(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return new(null, "no date");
        var raw = text.Trim();
        // Most exports write plain ISO dates: read them without the culture-aware format matching (a tenth of a
        // short article's reading time went there). Anything else, or an impossible day, takes the general path.
        if (IsoDate(raw) is { } iso) return new(iso, null);
        var cleaned = Clean(raw);

        if (DateTime.TryParseExact(cleaned, DateFormats, CultureInfo.InvariantCulture,
                DateTimeStyles.AllowWhiteSpaces, out var date))
            return new(DateOnly.FromDateTime(date), null);

        // Date-times keep the calendar date the writer saw: 23:30-05:00 is still that day where it was written.
        if (IsoDateTime().IsMatch(cleaned) &&
            DateTimeOffset.TryParse(cleaned, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var moment))
            return new(DateOnly.FromDateTime(moment.DateTime), null);

        if (LooksLikeImpossibleDay(cleaned))
            return new(null, $"no such day '{raw}'");
        return new(null, $"unreadable date '{Shorten(raw)}': expected a date like {Accepted}");
    }

    /// <summary>True when a line is probably meant to be a date (a month name or a numeric date pattern, short), even if it does not parse.</summary>
    public static bool LooksLikeDate(string line)
    {
        var trimmed = line.Trim();
        if (trimmed.Length is 0 or > 48) return false;
        if (NumericDate().IsMatch(trimmed)) return true;
        return MonthWord().IsMatch(trimmed) && trimmed.Any(char.IsDigit) && !trimmed.EndsWith('.');
    }

    private static string Clean(string text)
    {
        var s = Weekday().Replace(text, "");
        s = s.Replace("Sept.", "Sep", StringComparison.OrdinalIgnoreCase);
        // "Apr. 18" → "Apr 18": the abbreviation's period is not part of the format.
        s = AbbreviationPeriod().Replace(s, "$1");
        s = OrdinalSuffix().Replace(s, "$1");
        return string.Join(' ', s.Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>A "yyyy-MM-dd" date of a real calendar day, or null.</summary>
    private static DateOnly? IsoDate(string s)
    {
        if (s.Length != 10 || s[4] != '-' || s[7] != '-') return null;
        foreach (var i in (ReadOnlySpan<int>)[0, 1, 2, 3, 5, 6, 8, 9])
            if (!char.IsAsciiDigit(s[i])) return null;
        int Number(int from, int length) { var n = 0; for (var i = from; i < from + length; i++) n = n * 10 + (s[i] - '0'); return n; }
        var (year, month, day) = (Number(0, 4), Number(5, 2), Number(8, 2));
        return year >= 1 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month) ? new DateOnly(year, month, day) : null;
    }

    private static bool LooksLikeImpossibleDay(string cleaned)
    {
        // Shapes that match a format but name a day the calendar lacks (February 30).
        var m = MonthDayYear().Match(cleaned);
        return m.Success && MonthWord().IsMatch(cleaned) && int.TryParse(m.Groups["day"].Value, out var day) && day is > 28 and < 32;
    }

    private static string Shorten(string s) => s.Length <= 60 ? s : s[..57] + "...";

    [GeneratedRegex(@"^(Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)[a-z]*\.?,?\s+", RegexOptions.IgnoreCase)]
    private static partial Regex Weekday();

    [GeneratedRegex(@"\b(Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\.", RegexOptions.IgnoreCase)]
    private static partial Regex AbbreviationPeriod();

    [GeneratedRegex(@"\b(\d{1,2})(st|nd|rd|th)\b", RegexOptions.IgnoreCase)]
    private static partial Regex OrdinalSuffix();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}[T ]\d{1,2}:\d{2}")]
    private static partial Regex IsoDateTime();

    [GeneratedRegex(@"^(\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4})\b")]
    private static partial Regex NumericDate();

    [GeneratedRegex(@"\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\b", RegexOptions.IgnoreCase)]
    private static partial Regex MonthWord();

    [GeneratedRegex(@"^[A-Za-z]+ (?<day>\d{1,2}),? \d{4}$|^(?<day>\d{1,2}) [A-Za-z]+,? \d{4}$")]
    private static partial Regex MonthDayYear();
}
