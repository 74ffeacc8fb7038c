namespace NewsLens.Notebooks;

/// <summary>
/// The project's invented sample: a corpus whose folder, or the folder above it, holds a <c>SAMPLE.md</c> (as
/// <c>data/</c> does). Pages rendered from it say so near the top, so no one shares them as real reporting.
/// </summary>
public static class SampleCorpus
{
    /// <summary>The marker file's name.</summary>
    public const string Marker = "SAMPLE.md";

    /// <summary>What a page rendered from the sample says near its top.</summary>
    public const string Notice = "Sample corpus written for this project; not real reporting.";

    /// <summary>Whether the corpus at <paramref name="path"/> (a file or a folder) is marked as a sample.</summary>
    public static bool Is(string? path)
    {
        if (string.IsNullOrWhiteSpace(path)) return false;
        var folder = Directory.Exists(path) ? new DirectoryInfo(path) : new FileInfo(path).Directory;
        // The corpus's own folder and the one above it; never further, so a marker cannot cover a whole disk.
        return new[] { folder, folder?.Parent }.Any(d => d is not null && File.Exists(Path.Combine(d.FullName, Marker)));
    }
}
