namespace NewsLens.Tests.Support;

/// <summary>The kit as a notebook references it.</summary>
internal static class Kit
{
    /// <summary>The version the kit was built with (Directory.Build.props), without the commit source link appends.</summary>
    public static string Version =>
        typeof(Corpus).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyInformationalVersionAttribute), false)
            .Cast<System.Reflection.AssemblyInformationalVersionAttribute>().Single().InformationalVersion.Split('+')[0];

    /// <summary>A notebook's setup cell: the one package reference.</summary>
    public static string Reference => $"#r \"nuget: NewsLens.Interactive, {Version}\"";
}
