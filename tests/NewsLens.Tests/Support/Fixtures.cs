namespace NewsLens.Tests.Support;

/// <summary>Paths of the files in Fixtures/, copied next to the test assembly.</summary>
public static class Fixtures
{
    public static string Path(string name) => System.IO.Path.Combine(AppContext.BaseDirectory, "Fixtures", name);

    /// <summary>The seed article as the user gave it.</summary>
    public static string Seed => Path("seed-moscowtimes.txt");

    /// <summary>A seed-layout article built from parts, so each test can change one thing.</summary>
    public static string SeedLayout(
        string title = "Kim and Putin Meet in Vladivostok",
        string? byline = "By Sample Wire",
        string? date = "April 25, 2019",
        string? caption = "Kim Jong Un Lena Park / Sample Photo",
        string body = "North Korean leader Kim Jong Un met President Vladimir Putin on Thursday.\n\nThe talks lasted three hours.",
        string? url = "https://example.org/world/2019/04/25/kim-putin",
        string newline = "\n")
    {
        var parts = new List<string> { title };
        if (byline is not null) parts.Add(byline);
        if (date is not null) parts.Add(date);
        if (caption is not null) parts.Add(caption);
        parts.Add(body);
        if (url is not null) parts.Add("Original url:\n\n" + url);
        return string.Join("\n\n", parts).Replace("\n", newline);
    }
}
