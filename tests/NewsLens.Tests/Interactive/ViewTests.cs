using Microsoft.DotNet.Interactive.Formatting;
using NewsLens.Corpora;
using NewsLens.Interactive;
using NewsLens.Lexicons;
using NewsLens.Matching;
using NewsLens.Tests.Support;
using NewsLens.Timelines;

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
        Assert.Contains("<b>1 articles</b> from 2 records in 2 files", html);
        Assert.Contains("empty file: 0 bytes", html);
        // Kinds carry their documented names (as inspect --format json writes them), not the enum's.
        Assert.Contains(">empty-file<", html);
        Assert.DoesNotContain(">EmptyFile<", html);
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
        Assert.Equal(25 + 1, table.Split("<tr>").Length - 1);
        Assert.Contains("225 more rows not shown (250 in all)", table);
        var context = Views.InContext(mentions.InContext("putin"));
        Assert.Equal(HtmlTable.MaxRows + 1, context.Split("<tr>").Length - 1);
        Assert.Contains("50 more rows not shown (250 in all)", context);
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
}
