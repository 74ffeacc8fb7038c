using Microsoft.DotNet.Interactive.Formatting;
using NewsLens;
using NewsLens.Tests.Support;

namespace NewsLens.Tests.Interactive;

public sealed class ViewTests
{
    private const string Script = "<script>document.title='pwned'</script>";
    private const string Img = "<img src=x onerror=alert(1)>";

    private static readonly Lexicon Putin = Lexicon.Parse("entries:\n  - id: putin\n    kind: person\n    aliases: [\"Putin\"]\n");

    private static Corpus HostileCorpus(TempFolder dir)
    {
        dir.Write("a.txt", Fixtures.SeedLayout(title: $"Putin {Script} and {Img}", body: $"Putin said {Script}.\n\nMore {Img} text.", url: "javascript:alert(1)"));
        dir.Write("b.txt", "");
        return Corpus.Load(dir.Path);
    }

    [Fact]
    public void Corpus_card_summarises_and_lists_problems()
    {
        using var dir = new TempFolder();
        var html = Views.Corpus(HostileCorpus(dir));
        Assert.Contains("<b>1 article</b> from 2 records in 2 files", html);
        Assert.Contains("empty file: 0 bytes", html);
        // Kinds carry their documented names (as inspect --format json writes them), not the enum's.
        Assert.Contains(">empty-file<", html);
        Assert.DoesNotContain(">EmptyFile<", html);

        using var one = new TempFolder();
        one.Write("wire.txt", Fixtures.SeedLayout());
        Assert.Contains("<b>1 article</b> from 1 record in 1 file;", Views.Corpus(Corpus.Load(one.Path)));
    }

    [Fact]
    public void In_context_rows_show_untrusted_text_as_text_and_never_link_javascript()
    {
        using var dir = new TempFolder();
        var mentions = HostileCorpus(dir).Count(Putin);

        var html = Views.InContext(mentions.InContext("putin"));

        Assert.DoesNotContain("<script", html);
        Assert.DoesNotContain("<img", html);
        Assert.Contains("&lt;script&gt;document.title=&#39;pwned&#39;&lt;/script&gt;", html);
        Assert.DoesNotContain("href=\"javascript", html);
        Assert.Contains("<mark><b>Putin</b></mark>", html);
    }

    [Fact]
    public void Tables_stop_at_the_row_limit_and_say_how_many_were_left_out()
    {
        var articles = Enumerable.Range(0, 250).Select(i => Articles.Make("2019-01-01", "Putin.")).ToList();
        var mentions = Mentions.Count(articles, Putin);
        var table = Views.Mentions(mentions);
        Assert.Equal(HtmlTable.MaxRows + 1, table.Split("<tr>").Length - 1);
        Assert.Contains("230 more rows not shown (250 in all)", table);
        var context = Views.InContext(mentions.InContext("putin"));
        Assert.Equal(HtmlTable.MaxRows + 1, context.Split("<tr>").Length - 1);
        Assert.Contains("230 more rows not shown (250 in all)", context);
    }

    [Fact]
    public void Timeline_view_states_periods_and_undated_counts()
    {
        var timeline = Mentions.Count([Articles.Make("2019-01-01", "Putin."), Articles.Make(null, "Putin.")], Putin).Timeline(Period.Month);
        var html = Views.Timeline(timeline);
        Assert.Contains("1 entities over 1 months; 1 undated articles counted apart", html);
        Assert.Contains("Plotly.newPlot", html);
        Assert.Contains("1 entities over 1 periods", Views.TimelineTable(timeline));
    }

    [Fact]
    public void Registered_formatters_render_newslens_objects_with_these_views()
    {
        NewsLensFormatters.Register();
        using var dir = new TempFolder();
        var corpus = HostileCorpus(dir);
        var mentions = corpus.Count(Putin);

        Assert.Equal(Views.Corpus(corpus), corpus.ToDisplayString(HtmlFormatter.MimeType));
        Assert.Equal(Views.InContext(mentions.InContext("putin")), mentions.InContext("putin").ToDisplayString(HtmlFormatter.MimeType));
        Assert.DoesNotContain("<script>document", mentions.ToDisplayString(HtmlFormatter.MimeType));
    }

    private static readonly Lexicon Summit = Lexicon.Parse("""
        entries:
          - id: trump
            label: Donald Trump
            kind: person
            aliases: ["Trump"]
          - id: kim
            label: Kim Jong Un
            kind: person
            aliases: ["Kim Jong Un"]
          - id: moon
            label: Moon Jae-in
            kind: person
            aliases: ["Moon Jae-in"]
          - id: merkel
            label: Angela Merkel
            kind: person
            aliases: ["Merkel"]
        """);

    /// <summary>
    /// Trump is in nearly every story, so his pairs stay near chance; Kim and Moon share four stories out of
    /// twelve, well above chance; Merkel meets Kim once.
    /// </summary>
    private static CoMentions SummitPairs()
    {
        var articles = new List<NewsLens.Article>();
        for (var i = 0; i < 4; i++) articles.Add(Articles.Make("2018-04-27", "SEOUL (Reuters) - Kim Jong Un met Moon Jae-in at Panmunjom. Trump welcomed it."));
        for (var i = 0; i < 6; i++) articles.Add(Articles.Make("2018-05-02", "WASHINGTON (AP) - Trump spoke on trade."));
        articles.Add(Articles.Make("2018-06-12", "SINGAPORE - Trump met Kim Jong Un. Merkel welcomed the talks."));
        articles.Add(Articles.Make("2018-07-01", "BERLIN - Merkel spoke on the budget."));
        return Mentions.Count(articles, Summit).CoMentions();
    }

    [Fact]
    public void Co_mention_view_puts_the_strongest_pairs_first_and_leaves_out_chance()
    {
        var co = SummitPairs();
        var html = Views.CoMentions(co);

        var kimMoon = html.IndexOf("<td>Kim Jong Un</td><td>Moon Jae-in</td>", StringComparison.Ordinal);
        Assert.True(kimMoon > 0, html);
        // Trump and Kim share more articles (5) than Kim and Moon (4) but at a lift near 1: it ranks below.
        var trumpKim = html.IndexOf("<td>Kim Jong Un</td><td>Donald Trump</td>", StringComparison.Ordinal);
        Assert.True(trumpKim > kimMoon, html);
        // Merkel and Trump meet at chance or below: not in the view.
        Assert.DoesNotContain("<td>Angela Merkel</td><td>Donald Trump</td>", html);
        Assert.Contains($"{co.Rows.Count} pairs in 12 articles", html);
        // The counts behind the lift are shown: 4 together, 4 × 5 / 12 = 1.7 expected, lift 2.40×.
        Assert.Contains("<td style=\"text-align:right\">4</td><td style=\"text-align:right\">1.7</td><td style=\"text-align:right\">2.40&#215;</td>", html);
        Assert.True(co.Rows.Single(p => p.LabelA == "Kim Jong Un" && p.LabelB == "Moon Jae-in").Strength
                    > co.Rows.Single(p => p.LabelA == "Kim Jong Un" && p.LabelB == "Donald Trump").Strength);
    }

    [Fact]
    public void Lists_and_frames_the_kit_returns_display_as_tables_not_object_dumps()
    {
        NewsLensFormatters.Register();
        using var dir = new TempFolder();
        var corpus = HostileCorpus(dir);
        var co = SummitPairs();
        var shown = new[]
        {
            co.Rows.OrderByDescending(p => p.Both).Take(2).ToList().ToDisplayString(HtmlFormatter.MimeType),
            corpus.Problems.ToDisplayString(HtmlFormatter.MimeType),
            corpus.Summary.Sources.ToDisplayString(HtmlFormatter.MimeType),
            corpus.Table.Head(1).ToDisplayString(HtmlFormatter.MimeType),
            corpus.Table["title"].ToDisplayString(HtmlFormatter.MimeType),
            Summit.Entries.ToDisplayString(HtmlFormatter.MimeType),
        };
        foreach (var html in shown)
        {
            Assert.StartsWith("<div class=\"newslens\"", html);
            Assert.DoesNotContain(" = ", html);
            Assert.DoesNotContain("Microsoft.Data.Analysis", html);
            Assert.DoesNotContain("<script", html);
        }
        Assert.Contains("2 pairs", shown[0]);
        Assert.Contains("<th>expected by chance</th>", shown[0]);
        Assert.Contains(">empty-file<", shown[1]);
        Assert.Contains("1: 1 empty-file", shown[1]);
        Assert.Contains("None: no record was set aside", Views.Problems([]));
        // The article frame: title first and escaped, the hex id moved to the last column, dates as dates.
        Assert.Contains("1 row &#215; ", shown[3]);
        Assert.Matches("<th>id</th></tr>", shown[3]);
        Assert.Contains("Putin &lt;script&gt;", shown[3]);
        Assert.Contains("<td>Trump</td>", shown[5]);
    }

    [Fact]
    public void Mentions_read_oldest_first_with_titles_not_ids()
    {
        var mentions = Mentions.Count([Articles.Make("2019-05-01", "Putin.", title: "MAY STORY"), Articles.Make("2019-04-01", "Putin.", title: "APRIL STORY"), Articles.Make(null, "Putin.", title: "UNDATED")], Putin);
        var html = Views.Mentions(mentions);
        var (april, may, undated) = (html.IndexOf("APRIL STORY", StringComparison.Ordinal), html.IndexOf("MAY STORY", StringComparison.Ordinal), html.IndexOf("UNDATED", StringComparison.Ordinal));
        Assert.True(april > 0 && april < may && may < undated, html);
        Assert.DoesNotContain(mentions.Articles[0].Id, html);
    }

    [Fact]
    public void Frame_cuts_long_text_and_shows_at_most_twenty_rows()
    {
        using var dir = new TempFolder();
        for (var i = 0; i < 30; i++)
            dir.Write($"{i:00}.txt", Fixtures.SeedLayout(title: $"STORY {i}", body: string.Join(' ', Enumerable.Repeat("word", 500)), url: $"https://example.org/{i}"));
        var html = Views.Frame(Corpus.Load(dir.Path).Table);
        Assert.Equal(HtmlTable.MaxRows + 1, html.Split("<tr>").Length - 1);
        Assert.Contains("10 more rows not shown (30 in all)", html);
        Assert.Contains("word word…</td>", html);
        Assert.DoesNotContain(string.Join(' ', Enumerable.Repeat("word", 40)), html);
        Assert.Contains("<td style=\"white-space:nowrap\">2019-04-25</td>", html);
    }
}
