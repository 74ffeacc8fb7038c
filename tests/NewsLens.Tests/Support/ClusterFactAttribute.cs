namespace NewsLens.Tests.Support;

/// <summary>
/// A test against a real PostgreSQL: skipped (and reported as skipped) unless NEWSLENS_TEST_DB holds a connection
/// string of a role that may create databases, which CI sets after starting PostgreSQL on loopback.
/// </summary>
public sealed class ClusterFactAttribute : FactAttribute
{
    public ClusterFactAttribute()
    {
        if (string.IsNullOrEmpty(TestDatabase.Admin))
            Skip = "needs PostgreSQL: set NEWSLENS_TEST_DB to a connection string of a role that may create databases (CI does)";
    }
}
