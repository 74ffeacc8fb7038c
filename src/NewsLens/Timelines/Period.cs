namespace NewsLens;

/// <summary>How a timeline buckets dates.</summary>
public enum Period
{
    /// <summary>Calendar day.</summary>
    Day,
    /// <summary>ISO week, Monday to Sunday, labelled by its Monday.</summary>
    Week,
    /// <summary>Calendar month, labelled by its first day.</summary>
    Month,
    /// <summary>Calendar quarter, labelled by its first day.</summary>
    Quarter,
    /// <summary>Calendar year, labelled by January 1.</summary>
    Year,
}
