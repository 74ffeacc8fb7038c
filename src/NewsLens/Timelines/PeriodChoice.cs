namespace NewsLens.Timelines;

/// <summary>The period a timeline counts by, and the sentence that says why (for a notebook to show).</summary>
/// <param name="Period">The period.</param>
/// <param name="Reason">Why: the corpus's dates and density, or the user's choice.</param>
public sealed record PeriodChoice(Period Period, string Reason)
{
    /// <inheritdoc />
    public override string ToString() => Reason;
}
