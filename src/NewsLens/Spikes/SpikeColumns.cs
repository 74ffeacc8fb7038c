namespace NewsLens;

/// <summary>Column names of <see cref="Spikes"/>' table, in order; the same as the <c>spikes</c> command's CSV and JSON keys.</summary>
public static class SpikeColumns
{
    /// <summary>Entry id (string).</summary>
    public const string Entity = "entity";
    /// <summary>Entry label (string).</summary>
    public const string Label = "label";
    /// <summary>Entry kind (string).</summary>
    public const string Kind = "kind";
    /// <summary>First day of the spike's first period (date).</summary>
    public const string FirstPeriod = "first_period";
    /// <summary>First day of the spike's last period (date).</summary>
    public const string LastPeriod = "last_period";
    /// <summary>Articles about the entity in the spike (int).</summary>
    public const string Articles = "articles";
    /// <summary>Articles about it the baseline predicts (double).</summary>
    public const string Expected = "expected";
    /// <summary>Articles ÷ expected (double).</summary>
    public const string Ratio = "ratio";
    /// <summary>−log10 of the smallest p-value (double).</summary>
    public const string Score = "score";
    /// <summary>The most distinctive phrases, '|'-separated (string; a list in JSON).</summary>
    public const string TopPhrases = "top_phrases";
    /// <summary>The most central articles' titles, '|'-separated (string; a list in JSON).</summary>
    public const string TopTitles = "top_titles";

    /// <summary>All of them, in order.</summary>
    public static IReadOnlyList<string> All { get; } =
        [Entity, Label, Kind, FirstPeriod, LastPeriod, Articles, Expected, Ratio, Score, TopPhrases, TopTitles];
}
