namespace NewsLens.Tests.Support;

/// <summary>Opens a page in the local headless Chromium (the one image export uses) and returns the DOM after its scripts ran.</summary>
public static class Browser
{
    public static string? Chromium => NewsLens.ImageExport.FindChromium();

    public static string Dom(string page) =>
        NewsLens.HeadlessChromium.DumpDom(Chromium ?? throw new InvalidOperationException("no Chromium"), page, budgetMilliseconds: 5_000);
}

/// <summary>A test that needs a local Chromium: reported as skipped where none is installed (CI installs one).</summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    public ChromiumFactAttribute()
    {
        if (Browser.Chromium is null) Skip = "needs a local Chromium (apt-get install chromium, or NEWSLENS_CHROMIUM)";
    }
}
