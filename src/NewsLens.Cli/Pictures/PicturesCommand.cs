using System.CommandLine;
using NewsLens;
using NewsLens.Cli.Common;

namespace NewsLens.Cli.Pictures;

/// <summary>
/// <c>newslens pictures [corpus...] [--lexicons DIR] [--out DIR]</c>: the kit's main charts as PNG files, made from a
/// corpus by the kit itself (the README's pictures come from here).
/// </summary>
internal static class PicturesCommand
{
    public static Command Create()
    {
        var corpus = new Argument<string[]>("corpus") { Description = "Corpus paths (default: data/articles).", Arity = ArgumentArity.ZeroOrMore };
        var lexicons = new Option<string>("--lexicons") { Description = "Folder with actors.yaml, countries.yaml, topics.yaml.", DefaultValueFactory = _ => "data/lexicons" };
        var output = new Option<string>("--out", "-o") { Description = "Folder for the PNG files.", DefaultValueFactory = _ => "docs/images" };
        var command = new Command("pictures", "Write the main charts of a corpus as PNG files (needs a local Chromium).")
        {
            corpus, lexicons, output,
        };
        command.SetAction(parse =>
        {
            var error = parse.InvocationConfiguration.Error;
            var dir = parse.GetRequiredValue(lexicons);
            var actors = Inputs.LoadLexicon([Path.Combine(dir, "actors.yaml"), Path.Combine(dir, "countries.yaml")], metonyms: true, error);
            var topics = Inputs.LoadLexicon([Path.Combine(dir, "topics.yaml")], metonyms: false, error);
            var loaded = Inputs.LoadCorpus(parse.GetValue(corpus) is { Length: > 0 } paths ? paths : ["data/articles"], error);
            if (actors is null || topics is null || loaded is null) return CommandLine.InputError;

            var mentions = loaded.Count(actors);
            var monthly = mentions.Timeline(Period.Month);
            var quarterly = loaded.Count(topics).Timeline(Period.Quarter);
            var charts = new (string Name, Plotly.NET.GenericChart Chart)[]
            {
                ("people-over-time", Charts.OverTime(monthly.OfKind("person").Top(6).Rolling(3))),
                ("topics-stacked-share", Charts.StackedShare(quarterly.Top(8))),
                ("who-appears-with-whom", Charts.CoMentionHeatmap(mentions.CoMentions(), top: 15)),
                ("network", Charts.Network(mentions.CoMentions(), top: 20, minBoth: 3)),
            };
            var outDir = parse.GetRequiredValue(output);
            try
            {
                // Made first, so a folder that cannot be written is said before any slow rendering.
                Directory.CreateDirectory(outDir);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                error.WriteLine($"error: cannot make the output folder {outDir}: {e.Message}; pass --out a folder you can write to");
                return CommandLine.InputError;
            }
            try
            {
                foreach (var (name, chart) in charts)
                {
                    var path = Path.Combine(outDir, name + ".png");
                    chart.SavePng(path);
                    parse.InvocationConfiguration.Output.WriteLine(path);
                }
            }
            catch (InvalidOperationException e)
            {
                error.WriteLine($"error: {e.Message}");
                return CommandLine.InputError;
            }
            return CommandLine.Ok;
        });
        return command;
    }
}
