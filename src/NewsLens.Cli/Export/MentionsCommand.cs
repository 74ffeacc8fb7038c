using System.CommandLine;
using NewsLens.Cli.Common;
using NewsLens;

namespace NewsLens.Cli.Export;

/// <summary><c>newslens mentions &lt;corpus&gt;... --lexicon &lt;yaml&gt;... [--metonyms] [--format csv|jsonl]</c>: one row per article and entity.</summary>
internal static class MentionsCommand
{
    public static Command Create()
    {
        var corpus = Inputs.CorpusPaths();
        var lexicons = Inputs.Lexicons(required: true);
        var metonyms = Inputs.Metonyms();
        var format = new Option<string>("--format")
        {
            Description = "csv or jsonl: article_id,url,published,entity,label,kind,mentions,first_offset,in_title,in_lead,about.",
            DefaultValueFactory = _ => "csv",
        };
        format.AcceptOnlyFromAmong("csv", "jsonl");

        var command = new Command("mentions", "Write every article's mentions of every entry (where first, in title or lead, about or not), byte-identical for the same input.")
        {
            corpus, lexicons, metonyms, format,
        };
        command.SetAction(parse =>
        {
            var error = parse.InvocationConfiguration.Error;
            var mentions = Inputs.StreamMentions(parse.GetRequiredValue(corpus), parse.GetRequiredValue(lexicons), parse.GetValue(metonyms), error);
            if (mentions is null) return CommandLine.InputError;
            var output = parse.InvocationConfiguration.Output;
            if (parse.GetValue(format) == "jsonl") mentions.WriteJsonLines(output);
            else mentions.WriteCsv(output);
            return CommandLine.Ok;
        });
        return command;
    }
}
