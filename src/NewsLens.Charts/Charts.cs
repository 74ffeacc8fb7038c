using Plotly.NET;

namespace NewsLens;

/// <summary>
/// The charts of NewsLens, one builder per file: <c>Charts.OverTime(monthly.Top(8))</c>. Every chart has a title,
/// axis titles that name the measure and its denominator, a size that fits a notebook and a page, and one
/// colour per entity for the whole session (<see cref="EntityColors"/>).
/// </summary>
public static partial class Charts
{
    /// <summary>Writes a standalone page that draws offline: plotly.js is inlined, nothing is fetched.</summary>
    public static void SaveHtml(this GenericChart chart, string path) => OfflineHtml.Save(chart, path);
}
