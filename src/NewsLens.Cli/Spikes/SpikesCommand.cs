using System.CommandLine;
using System.Text.Json;
using CsvHelper;
using NewsLens.Cli.Common;
using NewsLens.Cli.Count;

namespace NewsLens.Cli.Spikes;

/// <summary>
/// <c>newslens spikes &lt;corpus&gt;... --lexicon &lt;yaml&gt;... [--period P] [--format csv|json]</c>: one row per spike,
/// <c>entity,label,kind,first_period,last_period,articles,expected,ratio,score,top_phrases,top_titles</c>, strongest first;
/// the same input gives the same bytes.
/// </summary>
internal static class SpikesCommand
{
    public static Command Create()
    {
        var corpus = Inputs.CorpusPaths();
        var lexicons = Inputs.Lexicons(required: true);
        var metonyms = Inputs.Metonyms();
        var period = new Option<string>("--period", "-p")
        {
            Description = "Period to test: day, week, month, quarter or year.",
            DefaultValueFactory = _ => "month",
        };
        period.AcceptOnlyFromAmong("day", "week", "month", "quarter", "year");
        var format = new Option<string>("--format") { Description = "csv or json.", DefaultValueFactory = _ => "csv" };
        format.AcceptOnlyFromAmong("csv", "json");

        var command = new Command("spikes", "Find the periods where an actor or topic drew far more articles than its own baseline, and what explains each.")
        {
            corpus, lexicons, metonyms, period, format,
        };
        command.SetAction(parse =>
        {
            var error = parse.InvocationConfiguration.Error;
            var lexicon = Inputs.LoadLexicon(parse.GetRequiredValue(lexicons), parse.GetValue(metonyms), error);
            if (lexicon is null) return CommandLine.InputError;
            // Explanations quote the articles, so the corpus is loaded with its text.
            var loaded = Inputs.LoadCorpus(parse.GetRequiredValue(corpus), error);
            if (loaded is null) return CommandLine.InputError;

            var spikes = loaded.Count(lexicon).Timeline(PeriodCalendar.Parse(parse.GetRequiredValue(period))).Spikes();
            var output = parse.InvocationConfiguration.Output;
            if (parse.GetValue(format) == "json") WriteJson(spikes, output);
            else WriteCsv(spikes, output);
            return CommandLine.Ok;
        });
        return command;
    }

    private static string[] Fields(Spike s) =>
    [
        s.Entity, s.Label, s.Kind, TimelineCsv.Date(s.First), TimelineCsv.Date(s.Last), s.Articles.ToString(System.Globalization.CultureInfo.InvariantCulture),
        TimelineCsv.Number(s.Expected), TimelineCsv.Number(s.Ratio), TimelineCsv.Number(s.Score),
        string.Join('|', s.Phrases.Select(p => p.Phrase)), string.Join('|', s.TopArticles.Select(a => a.Title)),
    ];

    private static void WriteCsv(NewsLens.Spikes spikes, TextWriter output)
    {
        using var csv = CsvWriter.Create(output, CsvWriterOptions.Default with { NewLine = "\n" }, leaveOpen: true);
        csv.WriteHeader(SpikeColumns.All.ToArray());
        foreach (var s in spikes) csv.WriteRecord(Fields(s));
    }

    private static void WriteJson(NewsLens.Spikes spikes, TextWriter output)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartArray();
            foreach (var s in spikes)
            {
                json.WriteStartObject();
                json.WriteString(SpikeColumns.Entity, s.Entity);
                json.WriteString(SpikeColumns.Label, s.Label);
                json.WriteString(SpikeColumns.Kind, s.Kind);
                json.WriteString(SpikeColumns.FirstPeriod, TimelineCsv.Date(s.First));
                json.WriteString(SpikeColumns.LastPeriod, TimelineCsv.Date(s.Last));
                json.WriteNumber(SpikeColumns.Articles, s.Articles);
                json.WriteNumber(SpikeColumns.Expected, Math.Round(s.Expected, 6));
                json.WriteNumber(SpikeColumns.Ratio, Math.Round(s.Ratio, 6));
                json.WriteNumber(SpikeColumns.Score, Math.Round(s.Score, 6));
                json.WriteStartArray(SpikeColumns.TopPhrases);
                foreach (var p in s.Phrases) json.WriteStringValue(p.Phrase);
                json.WriteEndArray();
                json.WriteStartArray(SpikeColumns.TopTitles);
                foreach (var a in s.TopArticles) json.WriteStringValue(a.Title);
                json.WriteEndArray();
                json.WriteEndObject();
            }
            json.WriteEndArray();
        }
        output.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }
}
