namespace NewsLens;

/// <summary>An entity or word one group of articles covers more (or less) than its reference, by articles using it.</summary>
/// <param name="Group">The group described.</param>
/// <param name="Term">The entity's label, or the word or phrase as most often written.</param>
/// <param name="Entity">The entity's id; null for a word.</param>
/// <param name="Kind">The entity's kind, or "word".</param>
/// <param name="Articles">The group's articles naming it.</param>
/// <param name="GroupArticles">The group's articles.</param>
/// <param name="ReferenceArticles">The reference's articles naming it.</param>
/// <param name="ReferenceSize">The reference's articles.</param>
/// <param name="Share">Articles / GroupArticles.</param>
/// <param name="ReferenceShare">ReferenceArticles / ReferenceSize.</param>
/// <param name="Ratio">Share over ReferenceShare, each count plus ½ so that a term one side never uses stays finite.</param>
/// <param name="Keyness">Dunning's G², positive when the group covers it more, negative when less; beyond ±10.83 p &lt; 0.001.</param>
public sealed record CoverageRow(
    string Group, string Term, string? Entity, string Kind,
    int Articles, int GroupArticles, int ReferenceArticles, int ReferenceSize,
    double Share, double ReferenceShare, double Ratio, double Keyness)
{
    /// <summary>The group covers it more than its reference does.</summary>
    public bool Over => Keyness > 0;

    /// <summary>Beyond the p &lt; 0.001 line (|G²| ≥ 10.83).</summary>
    public bool Significant => Math.Abs(Keyness) >= NewsLens.Coverage.Threshold;
}
