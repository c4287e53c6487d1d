using Microsoft.Data.Sqlite;

namespace Coproduce.Core.Ledger;

/// <summary>
/// One posting batch on SQLite, on the writer's own connection, with statements prepared once and kept. SQLite runs
/// in this process, so a statement costs no round trip; what costs is SQLite's own work per statement, and that
/// decides the shape here. Every statement reads or writes one row by an index: an account by its id, a transfer by
/// its key. Reading a batch's rows with one statement each (ids as a JSON array through json_each) cost 44 µs even
/// for a batch of one, three times as much as looking them up one by one. Writing several rows in one statement
/// makes SQLite keep a statement journal (a copy of every page it touches, in case the statement fails halfway),
/// which measured as a third of the cost of a multi-row write.
/// </summary>
internal sealed class SqliteBatchSql(SqliteConnection connection) : IDisposable
{
    private readonly SqliteCommand readAccount = Prepare(connection,
        $"SELECT {LedgerRows.AccountColumnList} FROM \"LedgerAccounts\" WHERE \"Id\" = $id", "$id");

    private readonly SqliteCommand readKey = Prepare(connection,
        $"SELECT \"Number\", {LedgerRows.TransferColumnList} FROM \"Transfers\" WHERE \"IdempotencyKey\" = $key", "$key");

    private readonly SqliteCommand readReversed = Prepare(connection,
        "SELECT 1 FROM \"Transfers\" WHERE \"ReversesTransferId\" = $id", "$id");

    private readonly SqliteCommand insert = Prepare(connection,
        $"INSERT INTO \"Transfers\" ({LedgerRows.TransferColumnList}) VALUES ({string.Join(", ", LedgerRows.TransferColumns.Select((_, i) => "$" + i))}) RETURNING \"Number\"",
        [.. LedgerRows.TransferColumns.Select((_, i) => "$" + i)]);

    private readonly SqliteCommand readDataVersion = Prepare(connection, "PRAGMA data_version");

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

    /// <summary>
    /// The batch's accounts, the transfers already posted under its keys, and which of the transfers it reverses are
    /// reversed already. Accounts in <paramref name="known"/> are taken from it; those read are added to it.
    /// </summary>
    public BatchSnapshot Read(IReadOnlyList<Guid> accountIds, IReadOnlyList<string> keys, IReadOnlyList<Guid> reversedIds,
        Dictionary<Guid, LedgerAccount>? known = null)
    {
        var snapshot = new BatchSnapshot();
        foreach (var accountId in accountIds)
        {
            if (known is not null && known.TryGetValue(accountId, out var account))
            {
                snapshot.Accounts[accountId] = account;
                continue;
            }

            readAccount.Parameters[0].Value = LedgerRows.ForSqlite(accountId);
            using var reader = readAccount.ExecuteReader();
            if (reader.Read())
            {
                snapshot.Accounts[accountId] = LedgerRows.ReadAccount(reader, sqlite: true);
                known?.Add(accountId, snapshot.Accounts[accountId]);
            }
        }

        foreach (var key in keys)
        {
            readKey.Parameters[0].Value = key;
            using var reader = readKey.ExecuteReader();
            if (reader.Read())
            {
                snapshot.FirstByKey[key] = LedgerRows.ReadTransfer(reader, sqlite: true);
            }
        }

        foreach (var reversedId in reversedIds)
        {
            readReversed.Parameters[0].Value = LedgerRows.ForSqlite(reversedId);
            if (readReversed.ExecuteScalar() is not null)
            {
                snapshot.Reversed.Add(reversedId);
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

    /// <summary>Changes whenever another connection has committed to the database since this one last asked.</summary>
    public long DataVersion() => (long)readDataVersion.ExecuteScalar()!;

    private SqliteCommand[] All => [readAccount, readKey, readReversed, readDataVersion, insert, update];

    public void Dispose()
    {
        foreach (var command in All)
        {
            command.Dispose();
        }
    }

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
