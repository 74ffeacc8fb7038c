using System.CommandLine;
using NewsLens.Cli.Common;
using NewsLens.Corpora;

namespace NewsLens.Cli.Convert;

/// <summary><c>newslens convert &lt;corpus&gt;... --to corpus.parquet</c>: the columnar copy of a corpus.</summary>
internal static class ConvertCommand
{
    public static Command Create()
    {
        var corpus = Inputs.CorpusPaths();
        var to = new Option<string>("--to") { Description = "The Parquet file to write (.parquet).", Required = true };
        var command = new Command("convert", "Write a corpus as Parquet, which DuckDB, pandas, Polars and Spark read and newslens loads fast.")
        {
            corpus, to,
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
            // Streamed: row groups are written as the corpus is read, so the text is never all in memory.
            Corpus? loaded;
            try
            {
                loaded = Inputs.StreamCorpus(parse.GetRequiredValue(corpus), error, stream => stream.SaveParquet(target));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // The write goes to a temporary file moved into place at the end, so nothing half-written is left.
                error.WriteLine($"error: cannot write {target}: {e.Message}; choose a path you can write to");
                return CommandLine.InputError;
            }
            if (loaded is null) return CommandLine.InputError;
            parse.InvocationConfiguration.Output.WriteLine(
                $"wrote {loaded.Summary.Articles:N0} articles to {target} ({loaded.Summary.Problems.Count:N0} records not loaded; run inspect to see them)");
            return CommandLine.Ok;
        });
        return command;
    }
}
