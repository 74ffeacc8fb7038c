using Npgsql;

namespace NewsLens.Tests.Support;

/// <summary>A database of its own for one test, made on the server NEWSLENS_TEST_DB names and dropped afterwards.</summary>
public sealed class TestDatabase : IDisposable
{
    public static string? Admin => Environment.GetEnvironmentVariable("NEWSLENS_TEST_DB");

    private readonly string _name = "newslens_test_" + Guid.NewGuid().ToString("N")[..12];

    public TestDatabase()
    {
        Execute($"create database {_name}");
        ConnectionString = new NpgsqlConnectionStringBuilder(Admin) { Database = _name, Pooling = false }.ConnectionString;
    }

    /// <summary>Where the test's jobs go.</summary>
    public string ConnectionString { get; }

    /// <summary>Runs a query on the test's database and returns the first column of the first row.</summary>
    public object? Scalar(string sql)
    {
        using var connection = new NpgsqlConnection(ConnectionString);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        return command.ExecuteScalar();
    }

    /// <summary>
    /// Drops the database once the test's own sessions are gone. Not <c>with (force)</c>: that also tries to end an
    /// autovacuum worker that happens to be in the database, which a role without pg_signal_backend may not do; a plain
    /// drop asks autovacuum to leave and waits for it, so only other sessions (killed workers' pools) are ended here.
    /// </summary>
    public void Dispose()
    {
        for (var attempt = 1; ; attempt++)
        {
            Execute($"select pg_terminate_backend(pid) from pg_stat_activity where datname = '{_name}' and usename = current_user and pid <> pg_backend_pid()");
            try
            {
                Execute($"drop database if exists {_name}");
                return;
            }
            catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.ObjectInUse && attempt < 10)
            {
                Thread.Sleep(500);
            }
        }
    }

    private static void Execute(string sql)
    {
        using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(Admin) { Pooling = false }.ConnectionString);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }
}
