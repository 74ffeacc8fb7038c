using System.CommandLine;
using NewsLens;

namespace NewsLens.Cli.Common;

/// <summary>Arguments and options several commands share, and loading them with errors a user can act on.</summary>
internal static class Inputs
{
    public static Argument<string[]> CorpusPaths() => new("corpus")
    {
        Description = "Files or folders of articles (.txt seed layout, .jsonl, .csv); folders are read recursively.",
        Arity = ArgumentArity.OneOrMore,
    };

    public static Option<string[]> Lexicons(bool required) => new("--lexicon", "-l")
    {
        Description = "Lexicon YAML files (repeat the option to combine several).",
        Required = required,
        AllowMultipleArgumentsPerToken = true,
    };

    public static Option<bool> Metonyms() => new("--metonyms")
    {
        Description = "Count capitals and seats of government as their country (\"Pyongyang said\" → North Korea).",
    };

    /// <summary>Loads the corpus, or writes one error line and returns null.</summary>
    public static Corpus? LoadCorpus(string[] paths, TextWriter error) =>
        WithProgress(error, progress => Corpus.Load(paths, progress));

    /// <summary>
    /// Streams the corpus through <paramref name="use"/> (text is let go batch by batch), or writes one error line
    /// and returns null.
    /// </summary>
    public static T? StreamCorpus<T>(string[] paths, TextWriter error, Func<CorpusStream, T> use) where T : class =>
        WithProgress(error, progress => use(Corpus.Stream(paths, progress)));

    private static T? WithProgress<T>(TextWriter error, Func<IProgress<LoadProgress>?, T> read) where T : class
    {
        // Progress is for people: shown on a terminal only, on one line rewritten in place.
        var terminal = ReferenceEquals(error, Console.Error) && !Console.IsErrorRedirected;
        var progress = terminal ? new SynchronousProgress(p => error.Write($"\rreading: {p}   ")) : null;
        try
        {
            var result = read(progress);
            if (terminal) error.WriteLine();
            return result;
        }
        catch (CorpusException e)
        {
            if (terminal) error.WriteLine();
            error.WriteLine($"error: {e.Message}");
            return null;
        }
    }

    /// <summary>
    /// Loads the lexicons and counts their mentions while the corpus streams (only metadata and counts stay in memory,
    /// so a corpus of millions of articles fits), or writes the errors and returns null.
    /// </summary>
    public static Mentions? StreamMentions(string[] corpus, string[] lexicons, bool metonyms, TextWriter error) =>
        LoadLexicon(lexicons, metonyms, error) is { } lexicon ? StreamCorpus(corpus, error, stream => stream.Count(lexicon)) : null;

    /// <summary>Loads and combines lexicons (writing its warnings), or writes every error (file:line: what; fix) and returns null.</summary>
    public static Lexicon? LoadLexicon(string[] paths, bool metonyms, TextWriter error)
    {
        try
        {
            var lexicon = Lexicon.Load(paths).WithMetonyms(metonyms);
            foreach (var line in lexicon.Warnings) error.WriteLine($"warning: {line}");
            return lexicon;
        }
        catch (LexiconException e)
        {
            foreach (var line in e.Errors) error.WriteLine($"error: {line}");
            return null;
        }
    }

    /// <summary>Reports on the reporting thread (Progress&lt;T&gt; would post to the thread pool and print late).</summary>
    private sealed class SynchronousProgress(Action<LoadProgress> report) : IProgress<LoadProgress>
    {
        private readonly Lock _gate = new();

        public void Report(LoadProgress value)
        {
            lock (_gate) report(value);
        }
    }
}
