using System.CommandLine;
using NewsLens.Cli.Convert;
using NewsLens.Cli.Count;
using NewsLens.Cli.Discover;
using NewsLens.Cli.Inspect;
using NewsLens.Cli.Kernel;
using NewsLens.Cli.Export;
using NewsLens.Cli.Pictures;
using NewsLens.Cli.Render;

namespace NewsLens.Cli;

/// <summary>The <c>newslens</c> command: one subcommand per job.</summary>
public static class CommandLine
{
    /// <summary>Exit code for a run that did its job.</summary>
    public const int Ok = 0;
    /// <summary>Exit code for input that cannot be used (missing path, no articles); the message says why.</summary>
    public const int InputError = 1;
    /// <summary>Exit code for a failure the kit did not foresee; the message asks for a report.</summary>
    public const int InternalError = 70;

    /// <summary>Parses <paramref name="args"/>, runs the subcommand, and returns the process exit code.</summary>
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var root = new RootCommand("NewsLens: study who and what a news corpus talks about, and how that changes over time.")
        {
            InspectCommand.Create(),
            CountCommand.Create(),
            Merge.MergeCommand.Create(),
            Cluster.ClusterCommand.Create(),
            Cluster.ClusterCommand.Worker(),
            Spikes.SpikesCommand.Create(),
            MentionsCommand.Create(),
            ConvertCommand.Create(),
            DiscoverCommand.Create(),
            RenderCommand.Create(),
            PicturesCommand.Create(),
            KernelCommand.Create(),
        };
        var config = new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false };
        try
        {
            return root.Parse(args).Invoke(config);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The last line of defence for files the commands do not check themselves: one line, not a stack trace.
            error.WriteLine($"error: {e.Message}; check that the path exists and that you can write to it");
            return InputError;
        }
        catch (Exception e)
        {
            error.WriteLine($"error: internal error ({e.GetType().Name}: {e.Message}); please report it with the command you ran");
            return InternalError;
        }
    }
}
