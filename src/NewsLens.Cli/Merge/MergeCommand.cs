using System.CommandLine;
using NewsLens.Cli.Count;

namespace NewsLens.Cli.Merge;

/// <summary><c>newslens merge &lt;partial&gt;... [--period P] [--format csv|json]</c>: the timeline of every shard's counts together.</summary>
internal static class MergeCommand
{
    public static Command Create()
    {
        var partials = new Argument<string[]>("partials")
        {
            Description = "The partial files of every shard of one count (from 'newslens count --shard k/N --partial FILE'), in any order.",
            Arity = ArgumentArity.OneOrMore,
        };
        var period = CountCommand.PeriodOption();
        var format = CountCommand.FormatOption();
        var command = new Command("merge", "Merge the shards of a count: the same output, byte for byte, as 'newslens count' on one machine.")
        {
            partials, period, format,
        };
        command.SetAction(parse =>
        {
            var error = parse.InvocationConfiguration.Error;
            MergedTimeline merged;
            try
            {
                merged = Partials.MergeTimeline(parse.GetRequiredValue(partials), PeriodCalendar.Parse(parse.GetRequiredValue(period)));
            }
            catch (PartialException e)
            {
                error.WriteLine($"error: {e.Message}");
                return CommandLine.InputError;
            }
            if (merged.Summary.Articles == 0)
            {
                error.WriteLine($"error: no articles in any shard ({merged.Summary.Records:N0} records, {merged.Summary.Problems.Count:N0} problems); check the corpus with 'newslens inspect'");
                return CommandLine.InputError;
            }
            CountCommand.Write(merged.Timeline, parse.GetValue(format), parse.InvocationConfiguration.Output);
            return CommandLine.Ok;
        });
        return command;
    }
}
