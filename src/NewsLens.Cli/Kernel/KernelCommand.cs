using System.CommandLine;
using System.Diagnostics;
using System.Text.Json;
using NewsLens.Notebooks;

namespace NewsLens.Cli.Kernel;

/// <summary>
/// <c>newslens kernel install|uninstall</c>: a Jupyter kernelspec, "C# (NewsLens)", that starts a copy of the last
/// .NET Interactive (1.0.712001) whose FSharp.Core is replaced by 10.1.403, the version Plotly.NET 6 needs; the
/// stock kernel ships 10.0 and every chart cell fails there.
/// </summary>
internal static class KernelCommand
{
    private const string Tool = "Microsoft.dotnet-interactive";
    private const string ToolVersion = "1.0.712001";
    private const string DefaultName = "newslens-csharp";

    public static Command Create()
    {
        var name = new Option<string>("--name") { Description = "Kernelspec name.", DefaultValueFactory = _ => DefaultName };
        var install = new Command("install", "Install the C# (NewsLens) Jupyter kernel for VS Code and Jupyter.") { name };
        install.SetAction(parse => Install(parse.GetRequiredValue(name), parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error));
        var uninstall = new Command("uninstall", "Remove the kernel and its copy of .NET Interactive.") { name };
        uninstall.SetAction(parse => Uninstall(parse.GetRequiredValue(name), parse.InvocationConfiguration.Output));
        return new Command("kernel", "Manage the Jupyter kernel that runs NewsLens notebooks with working charts.") { install, uninstall };
    }

    /// <summary>Where kernelspecs live for this user (JUPYTER_DATA_DIR, else the platform's default).</summary>
    internal static string KernelsDirectory()
    {
        var data = Environment.GetEnvironmentVariable("JUPYTER_DATA_DIR");
        if (string.IsNullOrEmpty(data))
            data = OperatingSystem.IsWindows() ? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.ApplicationData), "jupyter")
                : OperatingSystem.IsMacOS() ? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), "Library", "Jupyter")
                : Path.Combine(Environment.GetEnvironmentVariable("XDG_DATA_HOME") is { Length: > 0 } x ? x : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".local", "share"), "jupyter");
        return Path.Combine(data, "kernels");
    }

    private static string ToolDirectory(string name) =>
        Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData), "newslens", name);

    private static int Install(string name, TextWriter output, TextWriter error)
    {
        var fsharpCore = Path.Combine(AppContext.BaseDirectory, "FSharp.Core.dll");
        if (!File.Exists(fsharpCore))
        {
            error.WriteLine($"error: FSharp.Core.dll not found next to newslens ({AppContext.BaseDirectory}); rebuild src/NewsLens.Cli");
            return CommandLine.InputError;
        }
        var staging = Directory.CreateTempSubdirectory("newslens-kernel-");
        try
        {
            var dotnet = Environment.ProcessPath is { } p && Path.GetFileNameWithoutExtension(p) == "dotnet" ? p : "dotnet";
            var start = new ProcessStartInfo(dotnet) { RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var arg in new[] { "tool", "install", Tool, "--version", ToolVersion, "--tool-path", staging.FullName }) start.ArgumentList.Add(arg);
            using (var process = Process.Start(start)!)
            {
                var said = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
                process.WaitForExit();
                if (process.ExitCode != 0)
                {
                    error.WriteLine($"error: 'dotnet tool install {Tool} --version {ToolVersion}' failed: {said.Trim()}");
                    return CommandLine.InputError;
                }
            }
            var app = Directory.GetFiles(staging.FullName, "Microsoft.DotNet.Interactive.App.dll", SearchOption.AllDirectories).FirstOrDefault();
            if (app is null)
            {
                error.WriteLine($"error: the {Tool} package has no Microsoft.DotNet.Interactive.App.dll");
                return CommandLine.InputError;
            }
            var toolDir = ToolDirectory(name);
            if (Directory.Exists(toolDir)) Directory.Delete(toolDir, recursive: true);
            CopyDirectory(Path.GetDirectoryName(app)!, toolDir);
            // The fix for the FSharp.Core trap: the kernel's own copy is what Plotly.NET binds to.
            File.Copy(fsharpCore, Path.Combine(toolDir, "FSharp.Core.dll"), overwrite: true);
            // The kernel brings the kit's packages as a NuGet source of every restore it runs (MSBuild reads the
            // variable as a property), so a notebook's one line #r "nuget: NewsLens.Interactive, …" finds them in any
            // folder; a relative #i cannot, NuGet takes only absolute sources.
            var packages = KitFeed.Folder is { } kit ? KitFeed.CopyTo(kit, Path.Combine(toolDir, "packages")) : null;
            if (packages is not null) KitFeed.Refresh(packages);

            var spec = Path.Combine(KernelsDirectory(), name);
            Directory.CreateDirectory(spec);
            var kernel = new
            {
                argv = new[] { "dotnet", Path.Combine(toolDir, "Microsoft.DotNet.Interactive.App.dll"), "jupyter", "--default-kernel", "csharp", "{connection_file}" },
                display_name = "C# (NewsLens)",
                language = "C#",
                env = packages is null ? new Dictionary<string, string>() : new Dictionary<string, string> { ["RestoreAdditionalProjectSources"] = packages },
            };
            File.WriteAllText(Path.Combine(spec, "kernel.json"), JsonSerializer.Serialize(kernel, new JsonSerializerOptions { WriteIndented = true }));
            output.WriteLine($"installed kernel '{name}' (C# (NewsLens)) in {spec}, running {toolDir}");
            output.WriteLine("VS Code: open a notebook, 'Select Kernel' → 'Jupyter Kernel...' → 'C# (NewsLens)'.");
            return CommandLine.Ok;
        }
        finally
        {
            try { staging.Delete(recursive: true); }
            catch (IOException) { /* staging in the temp folder can stay */ }
        }
    }

    private static int Uninstall(string name, TextWriter output)
    {
        var spec = Path.Combine(KernelsDirectory(), name);
        var toolDir = ToolDirectory(name);
        var removed = false;
        foreach (var dir in new[] { spec, toolDir })
            if (Directory.Exists(dir))
            {
                Directory.Delete(dir, recursive: true);
                removed = true;
            }
        output.WriteLine(removed ? $"removed kernel '{name}' ({spec}, {toolDir})" : $"no kernel '{name}' was installed");
        return CommandLine.Ok;
    }

    private static void CopyDirectory(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }
    }
}
