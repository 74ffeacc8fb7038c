namespace NewsLens.Tests.Support;

/// <summary>The repository the tests run from, for the files it ships (lexicons, notebooks).</summary>
public static class Repo
{
    public static string Root
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Analysis.sln"))) dir = dir.Parent;
            return dir?.FullName ?? throw new InvalidOperationException("Analysis.sln not found above the test folder");
        }
    }
}
