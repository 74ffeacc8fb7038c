namespace NewsLens;

/// <summary>Date arithmetic on periods, and their names.</summary>
public static class PeriodCalendar
{
    /// <summary>The first day of the period that contains <paramref name="date"/>.</summary>
    public static DateOnly StartOf(this Period period, DateOnly date) => period switch
    {
        Period.Day => date,
        Period.Week => date.AddDays(-(((int)date.DayOfWeek + 6) % 7)),
        Period.Month => new DateOnly(date.Year, date.Month, 1),
        Period.Quarter => new DateOnly(date.Year, (date.Month - 1) / 3 * 3 + 1, 1),
        Period.Year => new DateOnly(date.Year, 1, 1),
        _ => throw new ArgumentOutOfRangeException(nameof(period), period, null),
    };

    /// <summary>The first day of the period after the one starting at <paramref name="start"/>.</summary>
    public static DateOnly Next(this Period period, DateOnly start) => period switch
    {
        Period.Day => start.AddDays(1),
        Period.Week => start.AddDays(7),
        Period.Month => start.AddMonths(1),
        Period.Quarter => start.AddMonths(3),
        Period.Year => start.AddYears(1),
        _ => throw new ArgumentOutOfRangeException(nameof(period), period, null),
    };

    /// <summary>Reads "day", "week", "month", "quarter" or "year" (any case).</summary>
    /// <exception cref="ArgumentException">Not a period; the message lists the accepted words.</exception>
    public static Period Parse(string text) =>
        TryParse(text) ?? throw new ArgumentException($"'{text}' is not a period; use day, week, month, quarter or year");

    // Enum.TryParse also takes numbers ("2") and undefined values: a period is one of the five names.
    internal static Period? TryParse(string text) =>
        Enum.TryParse<Period>(text, ignoreCase: true, out var period) && Enum.IsDefined(period) && !int.TryParse(text, out _) ? period : null;
}
