using NewsLens.Tests.Support;

namespace NewsLens.Tests.Spikes;

/// <summary>Spikes found against each entity's own baseline, and explained from the articles behind them.</summary>
public sealed class SpikeTests
{
    private static readonly Lexicon Port = Lexicon.Parse(Support.PortNews.LexiconYaml);

    private static Article Story(int month, int i, string title, string body) => Support.PortNews.Story(month, i, title, body);

    private static List<Article> PortNews(bool burst = true) => Support.PortNews.Articles(burst);

    [Fact]
    public void A_planted_burst_is_found_in_its_period_and_explained_by_its_own_words()
    {
        var spikes = Mentions.Count(PortNews(), Port).Timeline(Period.Month).Spikes();

        var spike = Assert.Single(spikes, s => s.Entity == "alvarez");
        Assert.Equal(new DateOnly(2019, 3, 1), spike.First);
        Assert.Equal(new DateOnly(2019, 3, 1), spike.Last);
        Assert.Equal(new DateOnly(2019, 4, 1), spike.To);
        Assert.Equal(15, spike.Articles);
        Assert.InRange(spike.Ratio, 4, 10);
        // The explanation is the strike, not the berth schedule: its words, its headlines, and the union that rose with it.
        Assert.Equal("dock strike", spike.Phrases[0].Phrase, ignoreCase: true);
        Assert.Equal(spike.Caption, spike.Phrases[0].Phrase);
        // The entity's own name says nothing about the event: no phrase carries it.
        Assert.DoesNotContain(spike.Phrases, p => p.Phrase.Contains("Alvarez", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(spike.Phrases, p => p.Phrase.Contains("berth", StringComparison.OrdinalIgnoreCase));
        Assert.All(spike.TopArticles, a => Assert.Contains("DOCK STRIKE", a.Title));
        Assert.Equal(3, spike.TopArticles[0].Centrality);
        Assert.Equal("dockers", Assert.Single(spike.Partners).Entity);
    }

    [Fact]
    public void Steady_coverage_gives_no_spike()
    {
        // The same two years without the strike, and a topic whose monthly count wanders by chance.
        var random = new Random(20190301);
        var articles = PortNews(burst: false).Select(a =>
            random.NextDouble() < 0.1 ? a with { Text = a.Text + " A storm warning was issued." } : a).ToList();

        var spikes = Mentions.Count(articles, Port).Timeline(Period.Month).Spikes();

        Assert.Empty(spikes);
    }

    [Fact]
    public void A_spike_lasting_two_periods_is_one_spike_not_hidden_by_its_own_first_period()
    {
        var articles = PortNews(burst: false);
        foreach (var month in new[] { 10, 11 })
            for (var i = 0; i < 12; i++)
                articles.Add(Story(month, 100 + i, $"ALVAREZ ORDERS PORT CLOSED {month}-{i}", "Harbour master Marta Alvarez closed the port after the tanker fire."));

        var spike = Assert.Single(Mentions.Count(articles, Port).Timeline(Period.Month).Spikes(), s => s.Entity == "alvarez");

        Assert.Equal((new DateOnly(2018, 11, 1), new DateOnly(2018, 12, 1)), (spike.First, spike.Last));
        Assert.Equal(28, spike.Articles);
    }

    [Fact]
    public void The_over_time_chart_marks_a_spike_at_its_peak_with_its_phrase_and_escaped_titles()
    {
        var articles = PortNews();
        // Day one of the strike, the harbour master named three times: the most central article, shown first.
        articles.Add(Story(14, 81, "ALVAREZ <SCRIPT>ALERT(1)</SCRIPT> ON DOCK STRIKE", "Harbour master Marta Alvarez spoke on the dock strike. Alvarez said talks would resume."));
        var timeline = Mentions.Count(articles, Port).Timeline(Period.Month);
        using var session = ChartSession.Begin();

        var json = new Charts.ChartJson(NewsLens.Charts.OverTime(timeline.OfKind("person"), Measure.ShareOfArticlesAbout, spikes: timeline.Spikes()));

        var marks = Assert.Single(json.Traces, t => t.TryGetProperty("mode", out var m) && m.GetString() == "markers+text");
        Assert.Equal(["2019-03-01"], Charts.ChartJson.Strings(marks.GetProperty("x")));
        Assert.Equal(["dock strike"], Charts.ChartJson.Strings(marks.GetProperty("text")));
        var line = Assert.Single(json.Traces, t => t.GetProperty("mode").GetString()!.StartsWith("lines", StringComparison.Ordinal));
        // The star sits on the line, in the entity's colour.
        Assert.Equal(Charts.ChartJson.Numbers(line.GetProperty("y"))[14], Charts.ChartJson.Numbers(marks.GetProperty("y"))[0], 9);
        Assert.Equal(line.GetProperty("line").GetProperty("color").GetString(), marks.GetProperty("marker").GetProperty("color").GetString());
        var hover = Charts.ChartJson.Strings(marks.GetProperty("hovertext"))[0];
        Assert.Contains("spike in March 2019", hover);
        Assert.DoesNotContain("<SCRIPT>", hover);
        Assert.Contains("&lt;SCRIPT&gt;", hover);
    }

    [Fact]
    public void The_table_has_one_row_per_spike_with_phrases_and_titles_joined()
    {
        var spikes = Mentions.Count(PortNews(), Port).Timeline(Period.Month).Spikes();

        var table = spikes.Table;

        Assert.Equal(["entity", "label", "kind", "first_period", "last_period", "articles", "expected", "ratio", "score", "top_phrases", "top_titles"],
            table.Columns.Select(c => c.Name));
        Assert.Equal(spikes.Count, (int)table.Rows.Count);
        Assert.Contains('|', (string)table["top_titles"][0]);
    }

    [Theory]
    [InlineData(3, 10, 0.1, 0.0701908264)]
    [InlineData(1, 1, 0.5, 0.5)]
    [InlineData(5, 5, 0.5, 0.03125)]
    [InlineData(10, 20, 0.5, 1.0)] // at or below the mean: no spike, tail not summed
    public void The_binomial_tail_is_exact(int x, int n, double p, double expected) =>
        Assert.Equal(expected, Binomial.UpperTail(x, n, p), 9);

    [Fact]
    public void The_tail_of_a_rare_event_in_many_articles_matches_the_poisson_limit()
    {
        // 30 articles where 10 are expected among 100,000: Poisson(10) gives P(X ≥ 30) = 7.1e-8.
        var poisson = 1 - Enumerable.Range(0, 30).Sum(k => Math.Exp(-10 + k * Math.Log(10) - Enumerable.Range(1, k).Sum(j => Math.Log(j))));
        Assert.Equal(1, Binomial.UpperTail(30, 100_000, 1e-4) / poisson, 2);
    }

    [Fact]
    public void Benjamini_hochberg_keeps_the_tests_under_the_step_line()
    {
        var options = new SpikeOptions(FalseDiscoveryRate: 0.05);
        // m = 10: the line is 0.005, 0.010, 0.015, ...; the third p (0.012) passes, so the first three do.
        var ps = new[] { 0.001, 0.011, 0.012, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8 };
        var tests = ps.Select((p, i) => new SpikeFinder.Test(0, i, 5, 1, p)).ToList();

        Assert.Equal([0, 1, 2], SpikeFinder.Significant(tests, options).Select(t => t.Period));
    }

    [Fact]
    public void A_streamed_count_explains_its_spikes_by_reading_only_their_articles_again()
    {
        using var dir = new TempFolder();
        var (jsonl, _) = Support.PortNews.Write(dir);
        var loaded = Corpus.Load(jsonl).Count(Port).Timeline(Period.Month).Spikes();

        var streamed = Corpus.Stream(jsonl).Count(Port).Timeline(Period.Month).Spikes();

        var spike = Assert.Single(streamed, s => s.Entity == "alvarez");
        Assert.Equal("dock strike", spike.Phrases[0].Phrase, ignoreCase: true);
        // Under the re-reading bound (15 spike articles, 46 others), the explanation is the loaded corpus's exactly.
        var expected = loaded.Of("alvarez").Single();
        Assert.Equal(expected.Phrases, spike.Phrases);
        Assert.Equal(expected.TopArticles, spike.TopArticles);
        Assert.Equal(expected.Partners, spike.Partners);
        // The union's spike is set against the whole rest of the corpus (it has almost no other coverage): 500 of those
        // ~900 articles are read, evenly spread, and its leading phrase holds.
        var union = streamed.Of("dockers").Single();
        Assert.Equal(loaded.Of("dockers").Single().Phrases[0].Phrase, union.Phrases[0].Phrase);
        Assert.True(union.Phrases.Max(p => p.ReferenceArticles) <= SpikeExplainer.MaxReread);
    }

    [Fact]
    public void A_topic_spike_is_told_by_which_of_its_own_words_rose()
    {
        var health = Lexicon.Parse("""
            entries:
              - id: health
                label: Public health
                kind: topic
                aliases: ["flu", "cholera"]
            """);
        var articles = new List<Article>();
        for (var month = 0; month < 24; month++)
            for (var i = 0; i < 30; i++)
                articles.Add(Story(month, i,
                    month == 14 && i < 12 ? $"CHOLERA OUTBREAK SPREADS IN DOCKLANDS ({i})" : i < 2 ? $"FLU CLINICS OPEN ({i})" : $"FERRY TIMETABLE CHANGES ({i})",
                    month == 14 && i < 12 ? "PORTSMOUTH (Port Wire) - Cholera cases rose again in the dock district." : i < 2 ? "PORTSMOUTH (Port Wire) - Flu clinics opened." : "PORTSMOUTH (Port Wire) - The ferry timetable changed."));

        var spike = Assert.Single(Mentions.Count(articles, health).Timeline(Period.Month).Spikes());

        // A name would be left out of its own explanation; a topic's word is the news: cholera, not flu.
        Assert.Contains("holera", spike.Caption, StringComparison.Ordinal);
        Assert.DoesNotContain(spike.Phrases, p => p.Phrase.Contains("flu", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void A_spike_is_labelled_by_what_its_headlines_call_the_event()
    {
        var articles = new List<Article>();
        for (var month = 0; month < 24; month++)
            for (var i = 0; i < 30; i++)
            {
                var spike = month == 14 && i < 12;
                articles.Add(Story(month, i,
                    spike ? (i % 2 == 0 ? $"ALVAREZ OPENS HARBOUR GALA ({i})" : $"Alvarez greets the crowds ({i})") : i < 2 ? $"Alvarez inspects the locks ({i})" : $"Ferry timetable changes ({i})",
                    spike ? $"Marta Alvarez spoke yesterday{(i % 2 == 0 ? " at the Harbour Gala" : "")}." : i < 2 ? "Marta Alvarez inspected the locks." : "The timetable changed."));
            }

        var found = Assert.Single(Mentions.Count(articles, Port).Timeline(Period.Month).Spikes());

        // "spoke yesterday" sets every spike article apart, but says nothing; the headlines name the gala.
        Assert.Equal("spoke yesterday", found.Phrases[0].Phrase);
        Assert.Equal("Harbour Gala", found.Caption);
    }

    [Fact]
    public void A_period_is_not_called_a_spike_against_a_history_thinner_than_itself()
    {
        // A wire archive that starts with the last days of a month: 200 stories, none about Alvarez; then a full month
        // of 10,000 with 180 about her, and a short last month of 2,700 with 26. March is no event: there is no past.
        var articles = new List<Article>();
        void Month(int month, int count, int about)
        {
            for (var i = 0; i < count; i++)
                articles.Add(Story(month, i, i < about ? $"ALVAREZ REVIEWS BERTHS ({i})" : $"SHIPPING NOTES ({i})", "PORTSMOUTH (Port Wire) - Notes."));
        }
        Month(1, 200, 0);
        Month(2, 10_000, 180);
        Month(3, 2_700, 26);
        var timeline = Mentions.Count(articles, Port).Timeline(Period.Month);

        Assert.Empty(timeline.Spikes());
        // Allowing any history, however thin, March is called a spike on the strength of 200 stories.
        Assert.Contains(timeline.Spikes(new SpikeOptions(MinHistory: 0)), s => s.Entity == "alvarez" && s.First == new DateOnly(2018, 3, 1));
    }

    [Fact]
    public void Rereading_is_bounded_by_an_even_spread()
    {
        var items = Enumerable.Range(0, 2_000).ToList();

        var spread = SpikeExplainer.Spread(items, 500);

        Assert.Equal(500, spread.Count);
        Assert.Equal(0, spread[0]);
        Assert.Equal(1_996, spread[^1]);
        Assert.Equal(spread.Count, spread.Distinct().Count());
        Assert.Same(items, SpikeExplainer.Spread(items, 2_000));
    }

    [Fact]
    public void Keyness_ranks_a_planted_phrase_first()
    {
        var target = Enumerable.Range(0, 12).Select(i => Story(1, i, $"Fisheries story {i}",
            $"Ministers argued over the salmon quota again. Fishermen in port {i} waited.")).ToList();
        var reference = Enumerable.Range(0, 40).Select(i => Story(2, i, $"Fisheries story {i}",
            $"Ministers argued over the ferry budget again. Fishermen in port {i} waited.")).ToList();

        var phrases = Keyness.Compare(target, reference);

        Assert.Equal("salmon quota", phrases[0].Phrase);
        Assert.Equal(12, phrases[0].Articles);
        Assert.Equal(0, phrases[0].ReferenceArticles);
        Assert.DoesNotContain(phrases, p => p.Phrase is "Ministers" or "Fishermen" or "again" or "over");
    }
}
