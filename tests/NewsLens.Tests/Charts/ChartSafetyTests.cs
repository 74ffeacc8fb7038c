using NewsLens;
using NewsLens.Tests.Support;

namespace NewsLens.Tests.Charts;

public sealed class ChartSafetyTests
{
    private static Timeline Hostile() => Mentions.Count(
        [Articles.Make("2019-01-05", "Putin spoke.")],
        Lexicon.Parse("entries:\n  - id: evil\n    label: \"</script><script>document.title='pwned'</script><img src=x onerror=alert(1)>\"\n    kind: person\n    aliases: [\"Putin\"]\n"))
        .Timeline(Period.Month);

    [Fact]
    public void Labels_from_lexicons_are_escaped_in_the_figure()
    {
        var json = new ChartJson(NewsLens.Charts.OverTime(Hostile()));
        var name = json.Traces[0].GetProperty("name").GetString()!;
        Assert.DoesNotContain("<script", name);
        Assert.DoesNotContain("<img", name);
        Assert.StartsWith("&lt;/script&gt;", name);
    }

    [Fact]
    public void Saved_page_inlines_plotly_and_carries_no_live_markup_from_labels()
    {
        using var dir = new TempFolder();
        var path = Path.Combine(dir.Path, "out", "chart.html");

        NewsLens.Charts.OverTime(Hostile()).SaveHtml(path);

        var html = File.ReadAllText(path);
        Assert.True(html.Length > 3_000_000, "plotly.js should be inlined");
        Assert.DoesNotContain("src=\"https://cdn", html);
        Assert.DoesNotContain("<script>document.title", html);
        Assert.DoesNotContain("<img src=x", html);
        Assert.False(File.Exists(path + ".tmp"));
    }
}
