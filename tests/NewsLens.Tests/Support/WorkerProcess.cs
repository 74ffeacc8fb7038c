using System.Diagnostics;

namespace NewsLens.Tests.Support;

/// <summary>A <c>newslens worker</c> as a real process of its own, killed (as with kill -9) when disposed or asked.</summary>
public sealed class WorkerProcess : IDisposable
{
    private readonly Process _process;

    public WorkerProcess(string db, int retryAfterSeconds)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var a in new[] { System.IO.Path.Combine(AppContext.BaseDirectory, "NewsLens.Cli.dll"), "worker", "--db", db, "--retry-after", retryAfterSeconds.ToString() })
            start.ArgumentList.Add(a);
        _process = Process.Start(start)!;
        _process.OutputDataReceived += (_, _) => { };
        _process.ErrorDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    /// <summary>The worker's name in the job tables (machine:pid).</summary>
    public string Name => $"{Environment.MachineName}:{_process.Id}";

    /// <summary>SIGKILL, no chance to clean up: what a crashed or evicted machine does.</summary>
    public void Kill()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
    }

    public void Dispose()
    {
        Kill();
        _process.Dispose();
    }
}
