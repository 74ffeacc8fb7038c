using System.Diagnostics;

namespace NewsLens;

/// <summary>Opens a local page in headless Chromium, offline, and returns the DOM after its scripts ran.</summary>
internal static class HeadlessChromium
{
    /// <summary>The page's DOM as Chromium serialises it, after at most <paramref name="budgetMilliseconds"/> of virtual time.</summary>
    public static string DumpDom(string chromium, string page, int budgetMilliseconds)
    {
        var profile = Directory.CreateTempSubdirectory("newslens-chromium-");
        try
        {
            var start = new ProcessStartInfo(chromium)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            // No network, no first-run work: the page must draw from what it carries (the offline promise).
            foreach (var arg in new[]
                     {
                         "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                         "--disable-background-networking", "--disable-component-update", "--disable-sync",
                         $"--user-data-dir={profile.FullName}", $"--virtual-time-budget={budgetMilliseconds}",
                         "--dump-dom", new Uri(Path.GetFullPath(page)).AbsoluteUri,
                     })
                start.ArgumentList.Add(arg);
            using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {chromium}");
            var errors = process.StandardError.ReadToEndAsync();
            var dom = process.StandardOutput.ReadToEnd();
            if (!process.WaitForExit(60_000)) process.Kill(entireProcessTree: true);
            _ = errors.Result;
            return dom;
        }
        finally
        {
            try { profile.Delete(recursive: true); }
            catch (IOException) { /* a temporary profile left behind does no harm */ }
        }
    }
}
