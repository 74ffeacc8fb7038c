using System.Security.Cryptography;

namespace NewsLens.Notebooks;

/// <summary>
/// The kit's own NuGet packages (NewsLens, NewsLens.Charts, NewsLens.Interactive), which travel with the host that
/// runs notebooks: a notebook's <c>#r "nuget: NewsLens.Interactive, …"</c> restores from this folder.
/// </summary>
public static class KitFeed
{
    /// <summary>The folder of packages beside the running host (its build packs them there), or null without one.</summary>
    public static string? Folder =>
        Path.Combine(AppContext.BaseDirectory, "packages") is var folder && Directory.Exists(folder) && Packages(folder).Any() ? folder : null;

    /// <summary>The kit's package files in a folder, by name.</summary>
    public static IEnumerable<string> Packages(string folder) =>
        Directory.EnumerateFiles(folder, "NewsLens*.nupkg").Where(p => !p.EndsWith(".symbols.nupkg", StringComparison.Ordinal)).Order(StringComparer.Ordinal);

    /// <summary>Copies the kit's packages into <paramref name="to"/> (the local feed a render writes) and returns it.</summary>
    public static string CopyTo(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var package in Packages(from))
        {
            var target = Path.Combine(to, Path.GetFileName(package));
            if (!Path.GetFullPath(package).Equals(Path.GetFullPath(target), StringComparison.Ordinal))
                File.Copy(package, target, overwrite: true);
        }
        return to;
    }

    /// <summary>
    /// Removes from NuGet's global packages folder every kit package of the same version whose content differs from
    /// the one in <paramref name="feed"/>, and returns how many it removed.
    /// </summary>
    /// <remarks>A development version (0.1.0-dev) is repacked on every build under the same number, and NuGet never
    /// extracts a version it already holds: without this a notebook would run yesterday's kit.</remarks>
    public static int Refresh(string feed)
    {
        var cache = GlobalPackagesFolder();
        var removed = 0;
        foreach (var package in Packages(feed))
        {
            var (id, version) = IdAndVersion(Path.GetFileNameWithoutExtension(package));
            if (id is null) continue;
            var folder = Path.Combine(cache, id.ToLowerInvariant(), version.ToLowerInvariant());
            var hashFile = Path.Combine(folder, $"{id.ToLowerInvariant()}.{version.ToLowerInvariant()}.nupkg.sha512");
            if (!Directory.Exists(folder)) continue;
            var held = File.Exists(hashFile) ? File.ReadAllText(hashFile).Trim() : "";
            using var stream = File.OpenRead(package);
            if (held == Convert.ToBase64String(SHA512.HashData(stream))) continue;
            Directory.Delete(folder, recursive: true);
            removed++;
        }
        return removed;
    }

    private static string GlobalPackagesFolder() =>
        Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } set ? set
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");

    // "NewsLens.Charts.0.1.0-dev": the version starts at the first dot followed by a digit.
    private static (string? Id, string Version) IdAndVersion(string name)
    {
        for (var i = 0; i < name.Length - 1; i++)
            if (name[i] == '.' && char.IsAsciiDigit(name[i + 1])) return (name[..i], name[(i + 1)..]);
        return (null, "");
    }
}
