using NewsLens;

namespace NewsLens.Tests.Interactive;

public sealed class ProgressBarTests
{
    private static string Html(LoadProgress p)
    {
        using var writer = new StringWriter();
        ProgressBar.Render(p).WriteTo(writer, System.Text.Encodings.Web.HtmlEncoder.Default);
        return writer.ToString();
    }

    [Fact]
    public void While_reading_the_bar_shows_articles_rate_and_time_left()
    {
        var html = Html(new LoadProgress(1200, 3, 10, 25_000_000, 100_000_000, TimeSpan.FromSeconds(5)));
        Assert.Contains("<progress max=\"1000\" value=\"250\"", html);
        Assert.Contains("1,200 articles", html);
        Assert.Contains("5.0 MB/s", html);
        Assert.Contains("0:15 left", html);
    }

    [Fact]
    public void When_done_only_counts_remain_so_rendered_notebooks_do_not_change()
    {
        var early = Html(new LoadProgress(161, 162, 162, 512_000, 512_000, TimeSpan.FromSeconds(0.4)));
        var late = Html(new LoadProgress(161, 162, 162, 512_000, 512_000, TimeSpan.FromSeconds(9)));
        Assert.Equal(early, late);
        Assert.Contains("read 161 articles from 162 files (0.5 MB)", early);
        Assert.DoesNotContain("<progress", early);
    }

    [Fact]
    public void Outside_a_notebook_progress_is_silent()
    {
        var progress = ProgressBar.Show();
        progress.Report(new LoadProgress(1, 1, 1, 1, 1, TimeSpan.Zero));
        Assert.Equal(1, Corpus.Load([Support.Fixtures.Seed], progress).Summary.Articles);
    }
}
