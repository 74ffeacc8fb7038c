namespace NewsLens.Timelines;

/// <summary>The period a timeline counts by, and the sentence that says why (for a notebook to show).</summary>
/// <param name="Period">The period.</param>
/// <param name="Reason">Why: the corpus's dates and density, or the user's choice.</param>
/// <param name="Window">Periods each point pools (a trailing window) when even the coarsest period holds too few
/// articles for steady shares; 1 means every period stands alone.</param>
public sealed record PeriodChoice(Period Period, string Reason, int Window = 1)
{
    /// <inheritdoc />
    public override string ToString() => Reason;
}
