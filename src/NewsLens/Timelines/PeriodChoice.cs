namespace NewsLens;

/// <summary>The period a timeline counts by, and the sentence that says why (for a notebook to show).</summary>
/// <param name="Period">The period.</param>
/// <param name="Reason">Why: the corpus's dates and density, or the user's choice.</param>
/// <param name="Window">Periods each point pools (a trailing window) when even the coarsest period holds too few
/// articles for steady shares; 1 means every period stands alone.</param>
public sealed record PeriodChoice(Period Period, string Reason, int Window = 1)
{
    /// <inheritdoc />
    public override string ToString() => Reason;

    /// <summary>Fewest articles a period should hold on average for the default period: shares of fewer jump from 0 to 50 %.</summary>
    public const int MinArticlesPerPeriod = 20;

    /// <summary>
    /// The period to count a corpus by, and why: by year when articles are dated to the year only; otherwise the
    /// finest of month, quarter and year whose periods hold at least <see cref="MinArticlesPerPeriod"/> articles on average.
    /// </summary>
    public static PeriodChoice Suggest(CorpusSummary summary)
    {
        var dated = summary.Articles - summary.Undated;
        if (summary.First is not { } first || summary.Last is not { } last || dated == 0)
            return new PeriodChoice(Period.Month, "No article is dated, so no period can hold them; counted by month, the default.");
        if (summary.DatePrecision == DatePrecision.Year)
            return Pooled(new PeriodChoice(Period.Year, $"Every one of the {dated:N0} dated articles falls on January 1: dates are known to the year only, so they are counted by year."),
                (double)dated / Count(Period.Year, first, last));
        foreach (var period in new[] { Period.Month, Period.Quarter, Period.Year })
        {
            var periods = Count(period, first, last);
            var perPeriod = (double)dated / periods;
            if (perPeriod < MinArticlesPerPeriod && period != Period.Year) continue;
            var noun = period.ToString().ToLowerInvariant();
            var monthly = (double)dated / Count(Period.Month, first, last);
            return Pooled(new PeriodChoice(period, period == Period.Month
                ? $"{dated:N0} dated articles over {periods:N0} months, {perPeriod:N0} a month on average: counted by month."
                : $"{dated:N0} dated articles, only {monthly:0.#} a month on average, too few for steady monthly shares: counted by {noun} ({perPeriod:0.#} a {noun} on average)."),
                perPeriod);
        }
        throw new InvalidOperationException("unreachable: year is always chosen last");
    }

    /// <summary>Longest trailing window a suggestion pools: a decade of years, beyond which trends blur into one.</summary>
    public const int MaxWindow = 10;

    // Years are the coarsest period; below MinArticlesPerPeriod a year, points pool years instead of jumping on
    // one or two articles (a corpus of one speech a year is all 0 % or 100 % otherwise).
    private static PeriodChoice Pooled(PeriodChoice choice, double perPeriod)
    {
        if (perPeriod >= MinArticlesPerPeriod) return choice;
        var window = Math.Min(MaxWindow, (int)Math.Ceiling(MinArticlesPerPeriod / Math.Max(perPeriod, 1e-9)));
        var noun = choice.Period.ToString().ToLowerInvariant();
        return choice with
        {
            Window = window,
            Reason = choice.Reason + $" With {perPeriod:0.#} articles a {noun}, one article swings a share by {1 / perPeriod:0%}: each point pools " +
                     $"the {window} {noun}s up to it (about {perPeriod * window:N0} articles).",
        };
    }

    /// <summary>"auto" gives <see cref="Suggest"/>; a period's name gives that period, with a caution when the dates are coarser.</summary>
    /// <exception cref="ArgumentException">Neither "auto" nor a period; the message lists the accepted words.</exception>
    public static PeriodChoice For(string text, CorpusSummary summary)
    {
        if (string.Equals(text.Trim(), "auto", StringComparison.OrdinalIgnoreCase)) return Suggest(summary);
        var period = PeriodCalendar.TryParse(text) ?? throw new ArgumentException($"'{text}' is not a period; use auto, day, week, month, quarter or year");
        var noun = period.ToString().ToLowerInvariant();
        return summary.DatePrecision == DatePrecision.Year && period != Period.Year
            ? new PeriodChoice(period, $"Counted by {noun} as asked, but the dates are known to the year only: each year shows as one spike in January.")
            : new PeriodChoice(period, $"Counted by {noun} as asked.");
    }

    private static int Count(Period period, DateOnly first, DateOnly last)
    {
        var n = 0;
        for (var p = period.StartOf(first); p <= last; p = period.Next(p)) n++;
        return n;
    }
}
