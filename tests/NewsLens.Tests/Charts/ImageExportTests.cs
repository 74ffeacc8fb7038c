using NewsLens;
using NewsLens.Tests.Support;

namespace NewsLens.Tests.Charts;

/// <summary>With a Chromium installed, export writes real images; without one, it says what to install.</summary>
public sealed class ImageExportTests
{
    private static Plotly.NET.GenericChart Chart() => NewsLens.Charts.OverTime(
        Mentions.Count([Articles.Make("2019-01-05", "Putin."), Articles.Make("2019-02-05", "Putin and Putin.")],
            Lexicon.Parse("entries:\n  - id: putin\n    kind: person\n    aliases: [\"Putin\"]\n")).Timeline(Period.Month));

    [Fact]
    public void Png_export_writes_a_png_or_names_what_to_install()
    {
        using var dir = new TempFolder();
        var path = Path.Combine(dir.Path, "chart.png");
        if (ImageExport.FindChromium() is null)
        {
            var e = Assert.Throws<InvalidOperationException>(() => Chart().SavePng(path));
            Assert.Equal(ImageExport.Install, e.Message);
            return;
        }
        Chart().SavePng(path);
        var bytes = File.ReadAllBytes(path);
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], bytes[..4]);
        Assert.True(bytes.Length > 10_000);
    }

    [Fact]
    public void Svg_export_writes_an_svg_with_the_title_or_names_what_to_install()
    {
        using var dir = new TempFolder();
        var path = Path.Combine(dir.Path, "chart.svg");
        if (ImageExport.FindChromium() is null)
        {
            Assert.Equal(ImageExport.Install, Assert.Throws<InvalidOperationException>(() => Chart().SaveSvg(path)).Message);
            return;
        }
        Chart().SaveSvg(path);
        var svg = File.ReadAllText(path);
        Assert.StartsWith("<svg", svg);
        Assert.Contains("Share of articles mentioning each, by month", svg);
    }
}
