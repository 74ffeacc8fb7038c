namespace NewsLens;

/// <summary>A word or phrase over-used in one group of articles against another (log-likelihood keyness).</summary>
/// <param name="Phrase">The phrase as most often written.</param>
/// <param name="Articles">Articles of the group that use it.</param>
/// <param name="ReferenceArticles">Articles of the reference that use it.</param>
/// <param name="Keyness">Dunning's log-likelihood G² (above 10.83: p &lt; 0.001 for one phrase).</param>
public sealed record KeyPhrase(string Phrase, int Articles, int ReferenceArticles, double Keyness);
