using System.Reflection;
using NewsLens.Tests.Support;

namespace NewsLens.Tests.Architecture;

/// <summary>The pipeline flows one way (<see cref="Stages"/>), and the shipped assemblies see each other's public API only.</summary>
public sealed class StageTests
{
    [Fact]
    public void No_stage_uses_a_later_one()
    {
        var sources = Stages.Sources(Path.Combine(Repo.Root, "src"));
        Assert.True(sources.Count > 100, $"only {sources.Count} source files found");

        var violations = Stages.Check(sources);

        Assert.True(violations.Count == 0, "backward references:\n" + string.Join("\n", violations));
    }

    [Fact]
    public void A_backward_reference_is_caught_and_named()
    {
        var sources = Stages.Sources(Path.Combine(Repo.Root, "src")).ToList();
        // A reader that reached forward for the timeline's period arithmetic ...
        sources.Add(("NewsLens/Reading/PlantedShortcut.cs",
            "namespace NewsLens;\n/// <summary>Uses Timeline only in prose: not a use.</summary>\ninternal static class PlantedShortcut\n{\n" +
            "    // Mentions in a comment are not a use either.\n    public static string Name = \"Charts\";\n" +
            "    public static DateOnly Start(DateOnly d) => PeriodCalendar.StartOf(Period.Month, d);\n}\n"));

        var violations = Stages.Check(sources);

        // ... is named with the file, the type and both rooms; words in comments and strings are not uses.
        Assert.Equal(
            ["NewsLens/Reading/PlantedShortcut.cs (NewsLens/Reading) uses Period, declared in the later NewsLens/Timelines",
             "NewsLens/Reading/PlantedShortcut.cs (NewsLens/Reading) uses PeriodCalendar, declared in the later NewsLens/Timelines"],
            violations.Select(v => v.ToString()).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Every_source_file_lives_in_a_known_room()
    {
        var unplaced = Stages.Sources(Path.Combine(Repo.Root, "src"))
            .Select(s => s.Path)
            .Where(p => !Stages.Order.SelectMany(r => r).Any(room => p.StartsWith(room + "/", StringComparison.Ordinal)))
            .ToList();
        // The core's files sit in a stage folder; the other assemblies are a room each.
        Assert.Empty(unplaced);
    }

    [Theory]
    [InlineData(typeof(Corpus), new[] { "NewsLens.Charts", "NewsLens.Interactive", "NewsLens.Notebooks", "NewsLens.Cli" })]
    [InlineData(typeof(NewsLens.Charts), new[] { "NewsLens.Interactive", "NewsLens.Notebooks", "NewsLens.Cli" })]
    [InlineData(typeof(NewsLensFormatters), new[] { "NewsLens.Notebooks", "NewsLens.Cli" })]
    public void A_shipped_assembly_references_no_later_one_and_opens_its_internals_to_tests_only(Type inAssembly, string[] later)
    {
        var assembly = inAssembly.Assembly;
        var references = assembly.GetReferencedAssemblies().Select(a => a.Name).ToList();
        Assert.Empty(references.Intersect(later));
        var friends = assembly.GetCustomAttributes<System.Runtime.CompilerServices.InternalsVisibleToAttribute>().Select(a => a.AssemblyName).ToList();
        Assert.NotEmpty(friends);
        Assert.All(friends, f => Assert.Contains(f, new[] { "NewsLens.Tests", "NewsLens.Accuracy", "NewsLens.Benchmarks" }));
    }

    [Fact]
    public void Users_need_one_namespace()
    {
        // Every public type of the three packages is in NewsLens: one `using NewsLens;` reaches them all.
        var types = new[] { typeof(Corpus), typeof(NewsLens.Charts), typeof(NewsLensFormatters) }
            .SelectMany(t => t.Assembly.GetExportedTypes()).ToList();
        Assert.True(types.Count > 50);
        Assert.All(types, t => Assert.Equal("NewsLens", t.Namespace));
    }
}
