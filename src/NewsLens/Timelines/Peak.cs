namespace NewsLens;

/// <summary>An entity's highest value on a timeline, and the dates it covers (a pooled point covers its window).</summary>
/// <param name="Entity">Entity id.</param>
/// <param name="Label">Display name.</param>
/// <param name="From">First day of the peak's period (of its window's first period when pooled).</param>
/// <param name="To">First day after the peak's period: the end to pass to <c>InContext(…, to:)</c>.</param>
/// <param name="Value">The measure's value there.</param>
/// <param name="Articles">Articles in the period (in the window when pooled): what the value rests on.</param>
public sealed record Peak(string Entity, string Label, DateOnly From, DateOnly To, double Value, int Articles);
