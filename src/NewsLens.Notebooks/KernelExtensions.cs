using System.Reflection;
using Microsoft.DotNet.Interactive;

namespace NewsLens.Notebooks;

/// <summary>
/// Loads the kernel extensions of packages a notebook references with <c>#r "nuget: …"</c>, as the .NET Interactive
/// tool does: each package's <c>interactive-extensions/dotnet/*.dll</c> is searched for <see cref="IKernelExtension"/>s.
/// </summary>
internal static class KernelExtensions
{
    public static async Task LoadAsync(Kernel kernel, IReadOnlyList<ResolvedPackageReference> packages)
    {
        // The tool adds the packages' assemblies to the C# compilation itself; in-process that is ours to do.
        if (kernel is Microsoft.DotNet.Interactive.CSharp.CSharpKernel csharp)
            csharp.AddAssemblyReferences(packages.SelectMany(p => p.AssemblyPaths));
        foreach (var package in packages)
        {
            var folder = Path.Combine(package.PackageRoot, "interactive-extensions", "dotnet");
            if (!Directory.Exists(folder)) continue;
            foreach (var dll in Directory.GetFiles(folder, "*.dll"))
            {
                // The host may already hold the assembly (this renderer ships with the kit): use that copy, as
                // loading a second one of the same name would give formatters for types no cell sees.
                var name = AssemblyName.GetAssemblyName(dll).Name;
                var assembly = AppDomain.CurrentDomain.GetAssemblies().FirstOrDefault(a => a.GetName().Name == name) ?? Assembly.LoadFrom(dll);
                foreach (var type in assembly.GetExportedTypes().Where(t => typeof(IKernelExtension).IsAssignableFrom(t) && t is { IsAbstract: false, IsInterface: false }))
                    if (Activator.CreateInstance(type) is IKernelExtension extension)
                        await extension.OnLoadAsync(kernel);
            }
        }
    }
}
