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
        var period = PeriodOption();
        var format = FormatOption();
        var shard = new Option<string>("--shard")
        {
            Description = "Count only part k of N (k from 0), for several machines: k/N. Needs --partial; join the parts with 'newslens merge'.",
        };
        var partial = new Option<string>("--partial")
        {
            Description = "With --shard: write the part's counts (no text) to this Parquet file instead of a timeline.",
        };

        var command = new Command("count", "Count mentions of lexicon entries and write the timeline, byte-identical for the same input.")
        {
            corpus, lexicons, metonyms, period, format, shard, partial,
        };
        command.SetAction(parse =>
        {
            var error = parse.InvocationConfiguration.Error;
            if (parse.GetValue(shard) is { } part)
                return CountShard(parse.GetRequiredValue(corpus), parse.GetRequiredValue(lexicons), parse.GetValue(metonyms), part, parse.GetValue(partial), error);
            if (parse.GetValue(partial) is not null)
            {
                error.WriteLine("error: --partial writes one shard's counts: give the shard too, e.g. --shard 0/4 --partial out/0.parquet");
                return CommandLine.InputError;
            }
            var mentions = Inputs.StreamMentions(parse.GetRequiredValue(corpus), parse.GetRequiredValue(lexicons), parse.GetValue(metonyms), error);
            if (mentions is null) return CommandLine.InputError;

            Write(mentions.Timeline(PeriodCalendar.Parse(parse.GetRequiredValue(period))), parse.GetValue(format), parse.InvocationConfiguration.Output);
            return CommandLine.Ok;
        });
        return command;
    }

    /// <summary>The period option of <c>count</c> and <c>merge</c>.</summary>
    public static Option<string> PeriodOption()
    {
        var period = new Option<string>("--period", "-p")
        {
            Description = "Period of the timeline: day, week (ISO, labelled by its Monday), month, quarter or year.",
            DefaultValueFactory = _ => "month",
        };
        period.AcceptOnlyFromAmong("day", "week", "month", "quarter", "year");
        return period;
    }

    /// <summary>The format option of <c>count</c> and <c>merge</c>.</summary>
    public static Option<string> FormatOption()
    {
        var format = new Option<string>("--format")
        {
            Description = "csv (one row per period and entity with mentions) or json (the same rows, plus undated counts).",
            DefaultValueFactory = _ => "csv",
        };
        format.AcceptOnlyFromAmong("csv", "json");
        return format;
    }

    /// <summary>Writes the timeline as <c>count</c> does: CSV, or JSON with undated counts.</summary>
    public static void Write(Timeline timeline, string? format, TextWriter output)
    {
        if (format == "json") TimelineJson.Write(timeline, output);
        else TimelineCsv.Write(timeline, output);
    }

    private static int CountShard(string[] corpus, string[] lexicons, bool metonyms, string shardText, string? partial, TextWriter error)
    {
        CorpusShard shard;
        try
        {
            shard = CorpusShard.Parse(shardText);
        }
        catch (FormatException e)
        {
            error.WriteLine($"error: --shard {e.Message}");
            return CommandLine.InputError;
        }
        if (partial is null)
        {
            error.WriteLine($"error: --shard {shard} needs --partial FILE.parquet, where the part's counts go for 'newslens merge'");
            return CommandLine.InputError;
        }
        if (Inputs.LoadLexicon(lexicons, metonyms, error) is not { } lexicon) return CommandLine.InputError;
        var written = Inputs.StreamCorpus(corpus, error, stream =>
        {
            var part = stream.Shard(shard);
            Partials.Save(part, part.Count(lexicon), partial);
            return part;
        });
        if (written is null) return CommandLine.InputError;
        error.WriteLine($"shard {shard}: {written.Corpus.Summary.Records:N0} records, {written.Corpus.Summary.Articles:N0} articles counted into {partial}");
        return CommandLine.Ok;
    }
}
