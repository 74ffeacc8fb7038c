using System.CommandLine;
using NewsLens.Cli.Common;

namespace NewsLens.Cli.Inspect;

/// <summary><c>newslens inspect &lt;path&gt;... [--format text|json]</c>: what a corpus holds and what could not be loaded.</summary>
internal static class InspectCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("path")
        {
            Description = "Files or folders of articles (.txt seed layout, .jsonl, .csv); folders are read recursively.",
            Arity = ArgumentArity.OneOrMore,
        };
        var format = new Option<string>("--format")
        {
            Description = "text for people, json for programs (stable keys, see README).",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "json");

        var command = new Command("inspect", "Load a corpus and summarise it: records, articles, problems, dates, sources.")
        {
            paths,
            format,
        };
        command.SetAction(parse =>
        {
            var output = parse.InvocationConfiguration.Output;
            // The summary needs no text: streamed, so inspecting a million articles takes metadata-sized memory.
            var corpus = Inputs.StreamCorpus(parse.GetRequiredValue(paths), parse.InvocationConfiguration.Error, stream =>
            {
                foreach (var _ in stream.Batches()) { }
                return stream.Corpus;
            });
            if (corpus is null) return CommandLine.InputError;
            if (parse.GetValue(format) == "json") InspectJson.Write(corpus.Summary, output);
            else InspectText.Write(corpus.Summary, parse.GetRequiredValue(paths), output);
            return CommandLine.Ok;
        });
        return command;
    }
}
