using System.Diagnostics;

namespace NewsLens.Tests.Support;

/// <summary>Opens a page in the local headless Chromium (the one image export uses) and returns the DOM after its scripts ran.</summary>
public static class Browser
{
    public static string? Chromium => NewsLens.Charts.ImageExport.FindChromium();

    public static string Dom(string page)
    {
        var profile = Directory.CreateTempSubdirectory("newslens-browser-");
        try
        {
            var start = new ProcessStartInfo(Chromium ?? throw new InvalidOperationException("no Chromium"))
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var arg in new[]
                     {
                         "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                         "--disable-background-networking", "--disable-component-update", "--disable-sync",
                         $"--user-data-dir={profile.FullName}", "--virtual-time-budget=5000", "--dump-dom", new Uri(page).AbsoluteUri,
                     })
                start.ArgumentList.Add(arg);
            using var process = Process.Start(start)!;
            var error = process.StandardError.ReadToEndAsync();
            var dom = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            _ = error.Result;
            return dom;
        }
        finally
        {
            profile.Delete(recursive: true);
        }
    }
}

/// <summary>A test that needs a local Chromium: reported as skipped where none is installed (CI installs one).</summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    public ChromiumFactAttribute()
    {
        if (Browser.Chromium is null) Skip = "needs a local Chromium (apt-get install chromium, or NEWSLENS_CHROMIUM)";
    }
}
