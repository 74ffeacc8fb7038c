using NewsLens.Cli;

namespace NewsLens.Tests.Cli;

/// <summary>Runs the newslens command in-process and captures what it writes.</summary>
internal static class CliRunner
{
    public static (int Exit, string Out, string Err) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = CommandLine.Run(args, output, error);
        return (exit, output.ToString(), error.ToString());
    }
}
