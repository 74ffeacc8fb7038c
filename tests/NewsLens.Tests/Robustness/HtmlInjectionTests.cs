using System.Text.Json.Nodes;
using NewsLens;
using NewsLens.Notebooks;
using NewsLens.Tests.Support;
using ChartsApi = NewsLens.Charts;

namespace NewsLens.Tests.Robustness;

/// <summary>
/// Article text, bylines, urls and lexicon labels carrying script, event handlers, javascript: urls and
/// &lt;/script&gt; reach every HTML the kit writes (notebook views, saved charts, a rendered notebook and its index)
/// as text. Chromium opens each page: a payload that ran would set document.title to "pwned". A control page with
/// the raw payload proves the check would catch it.
/// </summary>
[Collection(nameof(NewsLens.Tests.Notebooks.NotebookTests))] // renders a notebook, which changes the working directory
public sealed class HtmlInjectionTests
{
    private const string Payload =
        "</script><script>document.title='pwned'</script><img src=x onerror=\"document.title='pwned'\"><svg onload=\"document.title='pwned'\"></svg>";

    private static readonly string[] Live = ["<script>document.title", "onerror=\"document.title", "onload=\"document.title", "href=\"javascript:"];

    private static string HostileCorpus(TempFolder dir)
    {
        for (var i = 0; i < 3; i++)
            dir.Write($"corpus/{i}.txt", Fixtures.SeedLayout(
                title: $"Putin and Evil Corp {i} {Payload}",
                byline: $"By {Payload}",
                date: $"May {i + 1}, 2019",
                caption: Payload,
                body: $"Putin met Evil Corp {Payload} in <a href=\"javascript:document.title='pwned'\">Moscow</a>. Evil Corp said so.",
                url: i == 0 ? "javascript:document.title='pwned'" : $"https://example.org/{i}?q=\"><script>document.title='pwned'</script>"));
        return Path.Combine(dir.Path, "corpus");
    }

    private static Lexicon HostileLexicon() => Lexicon.Parse($$"""
        entries:
          - id: putin
            label: {{JsonValue.Create("Putin " + Payload).ToJsonString()}}
            kind: person
            aliases: [Putin]
          - id: evil
            label: {{JsonValue.Create("Evil " + Payload).ToJsonString()}}
            kind: organization
            aliases: [Evil Corp]
        """);

    private static List<string> Pages(TempFolder dir)
    {
        var corpus = Corpus.Load(HostileCorpus(dir));
        var mentions = corpus.Count(HostileLexicon());
        var timeline = mentions.Timeline(Period.Day);
        var co = mentions.CoMentions(minBoth: 1);
        var pages = new List<string>();

        var views = Path.Combine(dir.Path, "views.html");
        File.WriteAllText(views, "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>safe</title></head><body>" +
            Views.Corpus(corpus) + Views.Problems(corpus.Problems) + Views.Mentions(mentions) + Views.InContext(mentions.InContext("putin")) +
            Views.Timeline(timeline) + Views.TimelineTable(timeline) + Views.Candidates(corpus.Discover(minArticles: 1)) + Views.CoMentions(co) +
            "</body></html>");
        pages.Add(views);

        var charts = new (string Name, Plotly.NET.GenericChart Chart)[]
        {
            ("over-time", ChartsApi.OverTime(timeline)), ("top", ChartsApi.Ranking(timeline)), ("heatmap", ChartsApi.Heatmap(timeline)),
            ("stacked", ChartsApi.StackedShare(timeline)), ("multiples", ChartsApi.SmallMultiples(timeline)),
            ("co-heatmap", ChartsApi.CoMentionHeatmap(co)), ("network", ChartsApi.Network(co, minBoth: 1)),
            ("articles", ChartsApi.ArticlesOverTime(corpus, Period.Day)),
        };
        foreach (var (name, chart) in charts)
        {
            var path = Path.Combine(dir.Path, name + ".html");
            chart.SaveHtml(path);
            pages.Add(path);
        }

        var notebook = dir.Write("story.ipynb", new JsonObject
        {
            ["cells"] = new JsonArray(
                Cell("markdown", $"# Story {Payload}\n\nA summary line {Payload}"),
                Cell("code", Kit.Reference),
                Cell("code", "var corpus = Corpus.Load(\"corpus\");\ncorpus"),
                Cell("code", $"var lexicon = Lexicon.Parse({JsonValue.Create(HostileYaml()).ToJsonString()});\nvar mentions = corpus.Count(lexicon);\nmentions"),
                Cell("code", "mentions.InContext(\"putin\")"),
                Cell("code", "Charts.OverTime(mentions.Timeline(Period.Day))"),
                Cell("code", "corpus.Rows[0].Title"),
                Cell("code", "Console.WriteLine(corpus.Rows[1].Text);")),
            ["metadata"] = new JsonObject(), ["nbformat"] = 4, ["nbformat_minor"] = 5,
        }.ToJsonString());
        var outDir = Path.Combine(dir.Path, "out");
        var rendered = NotebookRenderer.RenderAsync(notebook, outDir, new Dictionary<string, string>(), AppContext.BaseDirectory).GetAwaiter().GetResult();
        Assert.Null(rendered.Run.FailureMessage);
        pages.Add(rendered.Html);
        pages.Add(IndexPage.Write(outDir, [rendered]));
        return pages;
    }

    private static string HostileYaml() =>
        "entries:\n  - id: putin\n    label: \"Putin </script><script>document.title='pwned'</script>\"\n    kind: person\n    aliases: [Putin]\n";

    private static JsonNode Cell(string type, string source)
    {
        var cell = new JsonObject { ["cell_type"] = type, ["id"] = Guid.NewGuid().ToString("N")[..8], ["metadata"] = new JsonObject(), ["source"] = source };
        if (type == "code") { cell["execution_count"] = null; cell["outputs"] = new JsonArray(); }
        return cell;
    }

    [Fact]
    public void No_page_the_kit_writes_carries_the_payload_as_markup()
    {
        using var dir = new TempFolder();
        var pages = Pages(dir);

        Assert.Equal(11, pages.Count);
        foreach (var page in pages)
        {
            var html = File.ReadAllText(page);
            foreach (var live in Live)
                Assert.False(html.Contains(live, StringComparison.OrdinalIgnoreCase), $"{Path.GetFileName(page)} contains {live}");
        }
        // The text is still there, as text: escaped in HTML, or as JSON string escapes inside chart scripts.
        Assert.Contains("&lt;script&gt;document.title", File.ReadAllText(pages[0]));
    }

    [ChromiumFact]
    public void Chromium_runs_no_injected_script_on_any_page()
    {
        using var dir = new TempFolder();
        var control = dir.Write("control.html", $"<!DOCTYPE html><html><head><title>safe</title></head><body>{Payload}</body></html>");
        Assert.Contains("<title>pwned</title>", Browser.Dom(control)); // the check can fail

        foreach (var page in Pages(dir))
        {
            var dom = Browser.Dom(page);
            Assert.False(string.IsNullOrWhiteSpace(dom), $"{Path.GetFileName(page)} did not load");
            Assert.DoesNotContain("<title>pwned</title>", dom);
        }
    }
}
