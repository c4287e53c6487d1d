using System.Data.Common;
using Coproduce.Core.Data;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Coproduce.Bench.Ledger;

/// <summary>
/// The baseline group commit is measured against: the same transfer rows inserted straight into the same table with
/// plain ADO.NET, one transaction (and so one durable commit) each, at the same durability (SQLite WAL with
/// synchronous=FULL; PostgreSQL with fsync and synchronous_commit on). It checks nothing and updates no balance, so it
/// is the most a one-transaction-per-post design could hope for.
/// </summary>
internal sealed class RawInsertBaseline(DatabaseOptions database, Guid[] accountIds) : IAsyncDisposable
{
    private readonly List<DbConnection> connections = [];

    public async Task PrepareAsync(int workers)
    {
        for (var i = 0; i < workers; i++)
        {
            DbConnection connection = database.Provider == DatabaseProvider.Sqlite
                ? new SqliteConnection($"Data Source={Path.Combine(database.DataFolder, "coproduce.db")};Pooling=False;Default Timeout=60")
                : new NpgsqlConnection(database.ConnectionString);
            await connection.OpenAsync();
            if (connection is SqliteConnection)
            {
                await using var pragmas = connection.CreateCommand();
                pragmas.CommandText = "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA busy_timeout=60000;";
                await pragmas.ExecuteNonQueryAsync();
            }

            connections.Add(connection);
        }
    }

    public async Task InsertAsync(int worker, long index)
    {
        var connection = connections[worker];
        var random = new Random(HashCode.Combine(worker, index));
        var from = accountIds[random.Next(accountIds.Length)];
        var to = accountIds[(Array.IndexOf(accountIds, from) + 1 + random.Next(accountIds.Length - 1)) % accountIds.Length];
        var now = DateTimeOffset.UtcNow;

        await using var transaction = connection is SqliteConnection sqlite
            ? sqlite.BeginTransaction(deferred: false)
            : await connection.BeginTransactionAsync();
        await using var insert = connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = """
            INSERT INTO "Transfers" ("Id", "FromAccountId", "ToAccountId", "Minutes", "Kind", "Description",
                "OccurredAt", "RecordedAt", "IdempotencyKey")
            VALUES (@id, @from, @to, @minutes, 1, @description, @at, @at, @key)
            """;
        var sqliteTypes = connection is SqliteConnection;
        Add(insert, "id", sqliteTypes ? Guid.CreateVersion7().ToString().ToUpperInvariant() : Guid.CreateVersion7());
        Add(insert, "from", sqliteTypes ? from.ToString().ToUpperInvariant() : from);
        Add(insert, "to", sqliteTypes ? to.ToString().ToUpperInvariant() : to);
        Add(insert, "minutes", random.Next(1, 60));
        Add(insert, "description", "Benchmark transfer");
        Add(insert, "at", sqliteTypes ? now.UtcTicks : now);
        Add(insert, "key", $"raw-{worker}-{index}");
        await insert.ExecuteNonQueryAsync();
        await transaction.CommitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var connection in connections)
        {
            await connection.DisposeAsync();
        }
    }

    private static void Add(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
