using System.CommandLine;
using NewsLens.Cli.Common;
using NewsLens;

namespace NewsLens.Cli.Convert;

/// <summary>
/// <c>newslens convert &lt;corpus&gt;... --to corpus.parquet [--lexicon L.yaml... [--mentions M.parquet]]</c>: the
/// columnar copy of a corpus, and optionally its mentions, written while the corpus streams.
/// </summary>
internal static class ConvertCommand
{
    public static Command Create()
    {
        var corpus = Inputs.CorpusPaths();
        var to = new Option<string>("--to") { Description = "The Parquet file to write (.parquet).", Required = true };
        var lexicons = Inputs.Lexicons(required: false);
        lexicons.Description = "Also count these lexicons' mentions and write them as Parquet (see --mentions).";
        var metonyms = Inputs.Metonyms();
        var mentionsTo = new Option<string>("--mentions")
        {
            Description = "Where the mentions go with --lexicon (default: next to --to, ending .mentions.parquet).",
        };
        var command = new Command("convert", "Write a corpus (and optionally its mentions) as Parquet, which DuckDB, pandas, Polars and Spark read and newslens loads fast.")
        {
            corpus, to, lexicons, metonyms, mentionsTo,
        };
        command.SetAction(parse =>
        {
            var error = parse.InvocationConfiguration.Error;
            var target = parse.GetRequiredValue(to);
            if (!target.EndsWith(".parquet", StringComparison.OrdinalIgnoreCase))
            {
                error.WriteLine($"error: --to {target}: the file must end in .parquet (e.g. --to corpus.parquet)");
                return CommandLine.InputError;
            }
            Lexicon? lexicon = null;
            if (parse.GetValue(lexicons) is { Length: > 0 } files)
            {
                lexicon = Inputs.LoadLexicon(files, parse.GetValue(metonyms), error);
                if (lexicon is null) return CommandLine.InputError;
            }
            var mentionsTarget = parse.GetValue(mentionsTo) ?? target[..^".parquet".Length] + ".mentions.parquet";

            // Streamed: row groups are written as the corpus is read, so the text is never all in memory.
            Corpus? loaded;
            Mentions? mentions = null;
            try
            {
                loaded = Inputs.StreamCorpus(parse.GetRequiredValue(corpus), error, stream =>
                {
                    if (lexicon is null) return stream.SaveParquet(target);
                    using var writer = new ParquetArticleWriter(target);
                    mentions = Mentions.Count(stream, Matcher.For(lexicon), each: writer.Append);
                    writer.Commit();
                    mentions.SaveParquet(mentionsTarget);
                    return stream.Corpus;
                });
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Each file goes to a temporary file moved into place at the end, so nothing half-written is left.
                error.WriteLine($"error: cannot write {target}: {e.Message}; choose a path you can write to");
                return CommandLine.InputError;
            }
            if (loaded is null) return CommandLine.InputError;
            var output = parse.InvocationConfiguration.Output;
            output.WriteLine($"wrote {loaded.Summary.Articles:N0} articles to {target} ({loaded.Summary.Problems.Count:N0} records not loaded; run inspect to see them)");
            if (mentions is not null)
                output.WriteLine($"wrote {mentions.Rows.Count:N0} article × entity rows ({mentions.Total:N0} mentions) to {mentionsTarget}");
            return CommandLine.Ok;
        });
        return command;
    }
}
