using Coproduce.Core.Data;
using Npgsql;

namespace Coproduce.Testing;

/// <summary>The databases every service and web test runs on (the provider matrix).</summary>
public enum TestProvider
{
    Sqlite,
    Postgres,
}

/// <summary>
/// A real, empty database for one test: a SQLite file in a new temporary folder, or a new database on the
/// PostgreSQL server named by COPRODUCE_TEST_POSTGRES. Removed when disposed.
/// </summary>
public sealed class ThrowawayDatabase : IAsyncDisposable
{
    private readonly string? postgresDatabase;

    private ThrowawayDatabase(TestProvider provider, DatabaseOptions options, string folder, string? postgresDatabase)
    {
        Provider = provider;
        Options = options;
        Folder = folder;
        this.postgresDatabase = postgresDatabase;
    }

    public TestProvider Provider { get; }

    /// <summary>Options that point the app at this database.</summary>
    public DatabaseOptions Options { get; }

    /// <summary>A temporary folder of the test's own: the SQLite file lives here.</summary>
    public string Folder { get; }

    public static async Task<ThrowawayDatabase> CreateAsync(TestProvider provider)
    {
        var folder = Directory.CreateTempSubdirectory("coproduce-test-").FullName;
        if (provider == TestProvider.Sqlite)
        {
            return new ThrowawayDatabase(provider, new DatabaseOptions { Provider = DatabaseProvider.Sqlite, DataFolder = folder }, folder, null);
        }

        var server = TestEnvironment.RequirePostgres();
        var name = "coproduce_test_" + Guid.NewGuid().ToString("N");
        await using (var connection = new NpgsqlConnection(server))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await create.ExecuteNonQueryAsync();
        }

        var connectionString = new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
        var options = new DatabaseOptions { Provider = DatabaseProvider.Postgres, ConnectionString = connectionString, DataFolder = folder };
        return new ThrowawayDatabase(provider, options, folder, name);
    }

    public async ValueTask DisposeAsync()
    {
        if (postgresDatabase is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(TestEnvironment.RequirePostgres());
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{postgresDatabase}\" WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(Folder, recursive: true);
    }
}
