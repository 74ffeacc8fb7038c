using Hangfire;
using Hangfire.PostgreSql;
using Hangfire.PostgreSql.Factories;

namespace NewsLens;

/// <summary>Hangfire's storage on the job database, set up the same way by the driver and by every worker.</summary>
internal static class ClusterQueue
{
    /// <summary>The Hangfire queue NewsLens's jobs go to, so a shared Hangfire database can serve other work too.</summary>
    public const string Name = "newslens";

    /// <summary>
    /// The storage; <paramref name="retryAfter"/> is how long a job fetched by a worker that stopped answering stays
    /// invisible before another worker takes it (a live worker keeps extending it while it counts).
    /// </summary>
    public static PostgreSqlStorage Storage(string connectionString, TimeSpan retryAfter)
    {
        var options = new PostgreSqlStorageOptions
        {
            InvisibilityTimeout = retryAfter,
            UseSlidingInvisibilityTimeout = true,
            QueuePollInterval = TimeSpan.FromSeconds(1),
            PrepareSchemaIfNecessary = true,
        };
        return new PostgreSqlStorage(new NpgsqlConnectionFactory(connectionString, options), options);
    }
}
