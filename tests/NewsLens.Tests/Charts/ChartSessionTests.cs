namespace NewsLens.Tests.Charts;

/// <summary>Chart state belongs to a session object a renderer (or kernel) owns, not to statics reset by hand.</summary>
public sealed class ChartSessionTests
{
    [Fact]
    public void A_session_gives_colours_of_its_own_and_the_previous_one_returns_when_it_ends()
    {
        using (ChartSession.Begin())
        {
            var outer = ChartSession.Current;
            var putin = outer.Colors.Of("putin");
            using (ChartSession.Begin())
            {
                // A new notebook: its first entity gets the palette's first colour, whatever the last one drew.
                Assert.NotSame(outer, ChartSession.Current);
                Assert.Equal(ChartSession.Current.Colors.Of("trump"), putin);
            }
            Assert.Same(outer, ChartSession.Current);
            Assert.Equal(putin, ChartSession.Current.Colors.Of("putin"));
            Assert.NotEqual(putin, ChartSession.Current.Colors.Of("trump"));
        }
    }

    [Fact]
    public void Only_the_first_chart_of_a_session_carries_plotly_js()
    {
        using var session = ChartSession.Begin();

        Assert.Equal((1, true), ChartSession.Current.NextChart());
        Assert.Equal((2, false), ChartSession.Current.NextChart());
        using (ChartSession.Begin()) Assert.Equal((1, true), ChartSession.Current.NextChart());
        Assert.Equal((3, false), ChartSession.Current.NextChart());
    }

    [Fact]
    public async Task Work_started_inside_a_session_stays_in_it()
    {
        using var session = ChartSession.Begin();
        var mine = ChartSession.Current;

        // A kernel runs cells on its own tasks; the session flows with them, as with the renderer's kernel.
        var seen = await Task.Run(() => ChartSession.Current);

        Assert.Same(mine, seen);
    }
}
