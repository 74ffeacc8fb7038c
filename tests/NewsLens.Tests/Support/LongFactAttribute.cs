namespace NewsLens.Tests.Support;

/// <summary>
/// A test that takes minutes or gigabytes: skipped (and reported as skipped) unless NEWSLENS_LIMITS=1, which CI sets.
/// </summary>
public sealed class LongFactAttribute : FactAttribute
{
    public LongFactAttribute()
    {
        if (Environment.GetEnvironmentVariable("NEWSLENS_LIMITS") != "1")
            Skip = "long: set NEWSLENS_LIMITS=1 to run (CI does)";
    }
}
