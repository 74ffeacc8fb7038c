using System.Globalization;
using NewsLens;

namespace NewsLens.Cli.Inspect;

/// <summary>The human-readable summary of <c>inspect</c>.</summary>
internal static class InspectText
{
    /// <summary>More problems than this are counted, not listed: the JSON has them all.</summary>
    private const int MaxListed = 40;

    public static void Write(CorpusSummary s, IReadOnlyList<string> paths, TextWriter output)
    {
        output.WriteLine($"Corpus: {string.Join(", ", paths)}");
        Row(output, "files", s.Files);
        Row(output, "records", s.Records, "every record is an article or a problem");
        Row(output, "articles", s.Articles);
        Row(output, "problems", s.Problems.Count, Breakdown(s.Problems));
        Row(output, "warnings", s.Warnings.Count, Breakdown(s.Warnings));
        Row(output, "undated", s.Undated);
        Row(output, "duplicates", s.Duplicates);
        output.WriteLine($"  {"dates",-11}{Date(s.First)} to {Date(s.Last)}");

        output.WriteLine();
        output.WriteLine($"Sources ({s.Sources.Count})");
        foreach (var source in s.Sources.Take(MaxListed))
            output.WriteLine($"  {source.Articles,6}  {source.Source}");
        More(output, s.Sources.Count);

        List(output, "Problems (not loaded)", s.Problems);
        List(output, "Warnings (loaded)", s.Warnings);
    }

    private static void Row(TextWriter output, string name, int value, string? note = null) =>
        output.WriteLine(note is { Length: > 0 } ? $"  {name,-11}{value,7}  ({note})" : $"  {name,-11}{value,7}");

    private static string Breakdown(IReadOnlyList<Problem> problems) =>
        string.Join(", ", problems.GroupBy(p => p.Kind).OrderByDescending(g => g.Count()).ThenBy(g => g.Key)
            .Select(g => $"{g.Count()} {g.Key.Name()}"));

    private static void List(TextWriter output, string heading, IReadOnlyList<Problem> problems)
    {
        if (problems.Count == 0) return;
        output.WriteLine();
        output.WriteLine($"{heading} ({problems.Count})");
        foreach (var p in problems.Take(MaxListed))
            output.WriteLine($"  {p}");
        More(output, problems.Count);
    }

    private static void More(TextWriter output, int count)
    {
        if (count > MaxListed)
            output.WriteLine($"  ... and {count - MaxListed} more (--format json lists all)");
    }

    private static string Date(DateOnly? date) =>
        date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "(none)";
}
