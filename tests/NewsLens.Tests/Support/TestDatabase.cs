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

    public void Dispose() => Execute($"drop database if exists {_name} with (force)");

    private static void Execute(string sql)
    {
        using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(Admin) { Pooling = false }.ConnectionString);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }
}
