using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace Coproduce.Core.Ledger;

/// <summary>
/// One posting batch on SQLite, on the writer's own connection, with statements prepared once and kept. SQLite runs
/// in this process, so a statement costs no round trip; what costs is SQLite's own work per statement, and that
/// decides the shape here. The reads take their ids and keys as one JSON array each (json_each), so their SQL
/// never changes with the batch. Each transfer is one single-row INSERT and each balance one single-row UPDATE:
/// a statement that writes several rows makes SQLite keep a statement journal (a copy of every page it touches, in
/// case the statement fails halfway), which measured as a third of the cost of a multi-row write.
/// </summary>
internal sealed class SqliteBatchSql(SqliteConnection connection) : IDisposable
{
    private readonly SqliteCommand readAccounts = Prepare(connection,
        $"SELECT {LedgerRows.AccountColumnList} FROM \"LedgerAccounts\" WHERE \"Id\" IN (SELECT value FROM json_each($ids))", "$ids");

    private readonly SqliteCommand readKeys = Prepare(connection,
        $"SELECT \"Number\", {LedgerRows.TransferColumnList} FROM \"Transfers\" WHERE \"IdempotencyKey\" IN (SELECT value FROM json_each($keys))", "$keys");

    private readonly SqliteCommand readReversed = Prepare(connection,
        "SELECT \"ReversesTransferId\" FROM \"Transfers\" WHERE \"ReversesTransferId\" IN (SELECT value FROM json_each($ids))", "$ids");

    private readonly SqliteCommand insert = Prepare(connection,
        $"INSERT INTO \"Transfers\" ({LedgerRows.TransferColumnList}) VALUES ({string.Join(", ", LedgerRows.TransferColumns.Select((_, i) => "$" + i))}) RETURNING \"Number\"",
        [.. LedgerRows.TransferColumns.Select((_, i) => "$" + i)]);

    private readonly SqliteCommand update = Prepare(connection,
        "UPDATE \"LedgerAccounts\" SET \"BalanceMinutes\" = $after WHERE \"Id\" = $id AND \"BalanceMinutes\" = $before", "$id", "$before", "$after");

    /// <summary>
    /// Begins the batch's transaction with BEGIN IMMEDIATE, which takes SQLite's write lock at once, so the balances
    /// read in it can't change under it (a deferred BEGIN would fail on upgrade instead). Other processes wait their turn.
    /// </summary>
    public SqliteTransaction Begin()
    {
        var transaction = connection.BeginTransaction(deferred: false);
        foreach (var command in All)
        {
            command.Transaction = transaction;
        }

        return transaction;
    }

    /// <summary>The batch's accounts, the transfers already posted under its keys, and which of the transfers it reverses are reversed already.</summary>
    public BatchSnapshot Read(IReadOnlyList<Guid> accountIds, IReadOnlyList<string> keys, IReadOnlyList<Guid> reversedIds)
    {
        var snapshot = new BatchSnapshot();
        readAccounts.Parameters[0].Value = JsonArray(accountIds);
        using (var reader = readAccounts.ExecuteReader())
        {
            while (reader.Read())
            {
                var account = LedgerRows.ReadAccount(reader, sqlite: true);
                snapshot.Accounts[account.Id] = account;
            }
        }

        readKeys.Parameters[0].Value = JsonSerializer.Serialize(keys);
        using (var reader = readKeys.ExecuteReader())
        {
            while (reader.Read())
            {
                var transfer = LedgerRows.ReadTransfer(reader, sqlite: true);
                snapshot.FirstByKey[transfer.IdempotencyKey] = transfer;
            }
        }

        if (reversedIds.Count > 0)
        {
            readReversed.Parameters[0].Value = JsonArray(reversedIds);
            using var reader = readReversed.ExecuteReader();
            while (reader.Read())
            {
                snapshot.Reversed.Add(LedgerRows.ReadGuid(reader, 0, sqlite: true));
            }
        }

        return snapshot;
    }

    /// <summary>
    /// Inserts the transfers, giving each the number the database gave it, and sets each changed balance where it
    /// still holds the value the batch read; anything else means another writer got in, and the batch is retried.
    /// </summary>
    public void Write(IReadOnlyList<Transfer> transfers, IReadOnlyList<BalanceChange> changes)
    {
        ArgumentNullException.ThrowIfNull(transfers);
        ArgumentNullException.ThrowIfNull(changes);
        foreach (var transfer in transfers)
        {
            var values = LedgerRows.ValuesOf(transfer);
            for (var i = 0; i < values.Length; i++)
            {
                insert.Parameters[i].Value = LedgerRows.ForSqlite(values[i]);
            }

            transfer.AssignNumber((long)insert.ExecuteScalar()!);
        }

        foreach (var (accountId, before, after) in changes)
        {
            update.Parameters[0].Value = LedgerRows.ForSqlite(accountId);
            update.Parameters[1].Value = before;
            update.Parameters[2].Value = after;
            if (update.ExecuteNonQuery() != 1)
            {
                throw new Microsoft.EntityFrameworkCore.DbUpdateConcurrencyException(
                    $"The balance of account {accountId} changed under the batch: another writer got in.");
            }
        }
    }

    private SqliteCommand[] All => [readAccounts, readKeys, readReversed, insert, update];

    public void Dispose()
    {
        foreach (var command in All)
        {
            command.Dispose();
        }
    }

    private static string JsonArray(IReadOnlyList<Guid> ids) => JsonSerializer.Serialize(ids.Select(id => (string)LedgerRows.ForSqlite(id)));

    private static SqliteCommand Prepare(SqliteConnection connection, string sql, params string[] parameterNames)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var name in parameterNames)
        {
            command.Parameters.Add(new SqliteParameter { ParameterName = name });
        }

        return command;
    }
}
