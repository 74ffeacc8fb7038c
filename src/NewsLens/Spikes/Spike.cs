namespace NewsLens;

/// <summary>
/// A run of periods in which an entity drew far more articles than its own baseline, with what explains it.
/// </summary>
/// <param name="Entity">Entry id.</param>
/// <param name="Label">Entry label.</param>
/// <param name="Kind">Entry kind.</param>
/// <param name="First">First day of the first period of the spike.</param>
/// <param name="Last">First day of the last period of the spike.</param>
/// <param name="To">First day after the spike (for <c>mentions.InContext(entity, from: First, to: To)</c>).</param>
/// <param name="Articles">Articles about the entity in the spike's periods.</param>
/// <param name="Expected">Articles about it the baseline share predicts for those periods.</param>
/// <param name="Score">−log10 of the smallest p-value of the spike's periods: how unlikely the rise is by chance.</param>
public sealed record Spike(string Entity, string Label, string Kind, DateOnly First, DateOnly Last, DateOnly To,
    int Articles, double Expected, double Score)
{
    /// <summary>Articles about the entity over the baseline's expectation.</summary>
    public double Ratio => Expected > 0 ? Articles / Expected : double.PositiveInfinity;

    /// <summary>Fewer than half an article was expected: the entity is new in the news or rarely covered before, and a
    /// ratio over so small an expectation (thousands) says nothing.</summary>
    public bool IsNew => Expected < 0.5;

    /// <summary>The spike's most central articles (title, date, source, url), most central first.</summary>
    public IReadOnlyList<SpikeArticle> TopArticles { get; init; } = [];

    /// <summary>Words and phrases that set the spike's articles apart from the entity's other articles, most distinctive first.</summary>
    public IReadOnlyList<KeyPhrase> Phrases { get; init; } = [];

    /// <summary>Other entities named with this one far more often during the spike than before or after it.</summary>
    public IReadOnlyList<RisingPartner> Partners { get; init; } = [];

    /// <summary>
    /// A short label for a chart: the most distinctive phrase that the spike's own headlines use (what the news called
    /// the event), else the most distinctive phrase, else the entity's label.
    /// </summary>
    public string Caption => Headline ?? (Phrases.Count > 0 ? Phrases[0].Phrase : Label);

    /// <summary>The most distinctive phrase found in two or more of the spike's headlines, if any.</summary>
    internal string? Headline { get; init; }
}

/// <summary>One article behind a spike.</summary>
/// <param name="Title">Headline.</param>
/// <param name="Published">Date.</param>
/// <param name="Source">Source site, if known.</param>
/// <param name="Url">Original url, if any.</param>
/// <param name="Centrality">How central the entity is in it: 3 in the title, 2 in the lead, 1 otherwise; mentions break ties.</param>
public sealed record SpikeArticle(string Title, DateOnly? Published, string? Source, string? Url, int Centrality);

/// <summary>An entity named with the spiking one far more often during the spike.</summary>
/// <param name="Entity">Its id.</param>
/// <param name="Label">Its label.</param>
/// <param name="Together">Spike articles naming both.</param>
/// <param name="Before">Share of the entity's other articles naming both.</param>
/// <param name="During">Share of the spike's articles naming both.</param>
public sealed record RisingPartner(string Entity, string Label, int Together, double Before, double During);
