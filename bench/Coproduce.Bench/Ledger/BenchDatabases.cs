using Coproduce.Core.Data;
using Npgsql;

namespace Coproduce.Bench.Ledger;

/// <summary>Fresh, empty databases for each measured run, so one run's rows never slow the next.</summary>
internal sealed class BenchDatabases(DatabaseProvider provider, string? postgresServer) : IDisposable
{
    private readonly List<string> folders = [];
    private readonly List<string> postgresDatabases = [];

    public DatabaseProvider Provider => provider;

    public DatabaseOptions Create()
    {
        if (provider == DatabaseProvider.Sqlite)
        {
            var folder = Directory.CreateTempSubdirectory("coproduce-bench-").FullName;
            folders.Add(folder);
            return new DatabaseOptions { Provider = provider, DataFolder = folder };
        }

        var name = "coproduce_bench_" + Guid.NewGuid().ToString("N");
        Execute($"CREATE DATABASE \"{name}\"");
        postgresDatabases.Add(name);
        var connectionString = new NpgsqlConnectionStringBuilder(postgresServer) { Database = name, MaxPoolSize = 50 }.ConnectionString;
        return new DatabaseOptions { Provider = provider, ConnectionString = connectionString };
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        NpgsqlConnection.ClearAllPools();
        foreach (var folder in folders)
        {
            Directory.Delete(folder, recursive: true);
        }

        foreach (var name in postgresDatabases)
        {
            Execute($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
        }
    }

    private void Execute(string sql)
    {
        using var connection = new NpgsqlConnection(postgresServer);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }
}
