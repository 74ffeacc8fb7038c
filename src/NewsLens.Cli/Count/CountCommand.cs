using System.CommandLine;
using NewsLens.Cli.Common;
using NewsLens;

namespace NewsLens.Cli.Count;

/// <summary><c>newslens count &lt;corpus&gt;... --lexicon &lt;yaml&gt;... [--period P] [--format csv|json]</c>: the timeline of mentions.</summary>
internal static class CountCommand
{
    public static Command Create()
    {
        var corpus = Inputs.CorpusPaths();
        var lexicons = Inputs.Lexicons(required: true);
        var metonyms = Inputs.Metonyms();
        var period = new Option<string>("--period", "-p")
        {
            Description = "Period of the timeline: day, week (ISO, labelled by its Monday), month, quarter or year.",
            DefaultValueFactory = _ => "month",
        };
        period.AcceptOnlyFromAmong("day", "week", "month", "quarter", "year");
        var format = new Option<string>("--format")
        {
            Description = "csv (one row per period and entity with mentions) or json (the same rows, plus undated counts).",
            DefaultValueFactory = _ => "csv",
        };
        format.AcceptOnlyFromAmong("csv", "json");

        var command = new Command("count", "Count mentions of lexicon entries and write the timeline, byte-identical for the same input.")
        {
            corpus, lexicons, metonyms, period, format,
        };
        command.SetAction(parse =>
        {
            var error = parse.InvocationConfiguration.Error;
            var mentions = Inputs.StreamMentions(parse.GetRequiredValue(corpus), parse.GetRequiredValue(lexicons), parse.GetValue(metonyms), error);
            if (mentions is null) return CommandLine.InputError;

            var timeline = mentions.Timeline(PeriodCalendar.Parse(parse.GetRequiredValue(period)));
            var output = parse.InvocationConfiguration.Output;
            if (parse.GetValue(format) == "json") TimelineJson.Write(timeline, output);
            else TimelineCsv.Write(timeline, output);
            return CommandLine.Ok;
        });
        return command;
    }
}
