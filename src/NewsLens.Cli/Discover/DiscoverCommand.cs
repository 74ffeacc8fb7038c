using System.CommandLine;
using CsvHelper;
using NewsLens.Cli.Common;
using NewsLens;

namespace NewsLens.Cli.Discover;

/// <summary><c>newslens discover &lt;corpus&gt;... [--lexicon yaml...]</c>: capitalised name phrases the lexicons lack.</summary>
internal static class DiscoverCommand
{
    public static Command Create()
    {
        var corpus = Inputs.CorpusPaths();
        var lexicons = Inputs.Lexicons(required: false);
        var minArticles = new Option<int>("--min-articles")
        {
            Description = "Leave out phrases found in fewer articles.",
            DefaultValueFactory = _ => 2,
        };
        var top = new Option<int>("--top")
        {
            Description = "List at most this many candidates (0: all).",
            DefaultValueFactory = _ => 50,
        };

        var command = new Command("discover", "List candidate actors the lexicons lack (CSV: phrase,mentions,articles,cued,example).")
        {
            corpus, lexicons, minArticles, top,
        };
        command.SetAction(parse =>
        {
            var error = parse.InvocationConfiguration.Error;
            Lexicon? known = null;
            if (parse.GetValue(lexicons) is { Length: > 0 } paths)
            {
                known = Inputs.LoadLexicon(paths, metonyms: true, error);
                if (known is null) return CommandLine.InputError;
            }
            var loaded = Inputs.LoadCorpus(parse.GetRequiredValue(corpus), error);
            if (loaded is null) return CommandLine.InputError;

            var candidates = loaded.Discover(known, parse.GetValue(minArticles));
            var limit = parse.GetValue(top);
            using var csv = CsvWriter.Create(parse.InvocationConfiguration.Output, CsvWriterOptions.Default with { NewLine = "\n" }, leaveOpen: true);
            csv.WriteHeader(["phrase", "mentions", "articles", "cued", "example", "example_date"]);
            foreach (var c in limit > 0 ? candidates.Take(limit) : candidates)
                csv.WriteRecord([c.Phrase, c.Mentions.ToString(), c.Articles.ToString(), c.Cued.ToString(), c.Example,
                    c.ExampleDate?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? ""]);
            return CommandLine.Ok;
        });
        return command;
    }
}
