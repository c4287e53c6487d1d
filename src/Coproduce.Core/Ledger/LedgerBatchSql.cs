using System.Data.Common;
using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore.Storage;

namespace Coproduce.Core.Ledger;

/// <summary>
/// One posting batch in two round trips, whatever its size: one command that reads (and on PostgreSQL locks) what
/// the batch needs, and one that inserts its transfers and updates every balance it changed. EF Core would
/// send a query per set and a statement per row, and at hundreds of posts a second that per-statement cost, not the
/// disk, becomes the limit (measured: half a millisecond a batch for EF's two queries alone). The SQL is the same on
/// SQLite and PostgreSQL but for the row lock; only how a Guid and an instant are bound differs, matching how EF Core
/// stores them, so EF reads these rows like any other.
/// </summary>
internal static class LedgerBatchSql
{
    private static readonly string[] TransferColumns =
    [
        "Id", "FromAccountId", "ToAccountId", "Minutes", "Kind", "Description", "RecordedById", "OnBehalfOfId",
        "OccurredAt", "RecordedAt", "IdempotencyKey", "ReversesTransferId",
    ];

    private static readonly string TransferColumnList = string.Join(", ", TransferColumns.Select(c => $"\"{c}\""));

    /// <summary>What a batch decides on, read at the start of its transaction.</summary>
    public sealed record Snapshot(Dictionary<Guid, LedgerAccount> Accounts, Dictionary<string, Transfer> FirstByKey, HashSet<Guid> Reversed);

    /// <summary>
    /// Reads the batch's accounts, the transfers already posted under its keys, and which of the transfers it reverses
    /// are reversed already, in one round trip. On PostgreSQL the account rows are locked in id order (so two batches
    /// never deadlock) until the transaction ends; on SQLite the transaction already holds the write lock.
    /// </summary>
    public static async Task<Snapshot> ReadAsync(BatchCommands commands, IDbContextTransaction transaction,
        IReadOnlyList<Guid> orderedAccountIds, IReadOnlyList<string> keys, IReadOnlyList<Guid> reversedIds)
    {
        var sqlite = commands.Sqlite;
        var parameters = new BatchCommands.Parameters(sqlite);
        var accounts = string.Join(", ", orderedAccountIds.Select(id => parameters.Add(id)));
        var keyList = string.Join(", ", keys.Select(key => parameters.Add(key)));
        var sql = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"""SELECT "Id", "Name", "BalanceMinutes", "MinimumBalanceMinutes", "MaximumBalanceMinutes" FROM "LedgerAccounts" WHERE "Id" IN ({accounts}) ORDER BY "Id" """)
            .Append(sqlite ? ";" : "FOR UPDATE;")
            .Append(CultureInfo.InvariantCulture, $"""SELECT "Number", {TransferColumnList} FROM "Transfers" WHERE "IdempotencyKey" IN ({keyList});""");
        if (reversedIds.Count > 0)
        {
            var reversedList = string.Join(", ", reversedIds.Select(id => parameters.Add(id)));
            sql.Append(CultureInfo.InvariantCulture, $"""SELECT "ReversesTransferId" FROM "Transfers" WHERE "ReversesTransferId" IN ({reversedList});""");
        }

        var command = await commands.PrepareAsync(transaction, sql.ToString(), parameters);
        var snapshot = new Snapshot([], [], []);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            var account = LedgerAccount.ForPosting(ReadGuid(reader, 0, sqlite), reader.GetString(1), reader.GetInt64(2),
                reader.IsDBNull(3) ? null : reader.GetInt64(3), reader.IsDBNull(4) ? null : reader.GetInt64(4));
            snapshot.Accounts[account.Id] = account;
        }

        await reader.NextResultAsync();
        while (await reader.ReadAsync())
        {
            var content = new TransferCommand(
                FromAccountId: ReadGuid(reader, 2, sqlite),
                ToAccountId: ReadGuid(reader, 3, sqlite),
                Amount: Hours.FromMinutes(reader.GetInt32(4)),
                Kind: (TransferKind)reader.GetInt32(5),
                Description: reader.GetString(6),
                IdempotencyKey: reader.GetString(11),
                RecordedById: ReadOptionalGuid(reader, 7, sqlite),
                OnBehalfOfId: ReadOptionalGuid(reader, 8, sqlite),
                OccurredAt: ReadInstant(reader, 9, sqlite),
                OccurredAtGiven: true,
                ReversesTransferId: ReadOptionalGuid(reader, 12, sqlite));
            var transfer = Transfer.Restore(reader.GetInt64(0), ReadGuid(reader, 1, sqlite), content, ReadInstant(reader, 10, sqlite));
            snapshot.FirstByKey[transfer.IdempotencyKey] = transfer;
        }

        if (reversedIds.Count > 0 && await reader.NextResultAsync())
        {
            while (await reader.ReadAsync())
            {
                snapshot.Reversed.Add(ReadGuid(reader, 0, sqlite));
            }
        }

        return snapshot;
    }

    /// <summary>
    /// Inserts the transfers, giving each its running number, and sets each changed balance, in one round trip. A balance
    /// is set only where it still holds the value this batch read: if anything else changed it meanwhile, fewer rows come
    /// back and the whole batch is retried.
    /// </summary>
    public static async Task WriteAsync(BatchCommands commands, IDbContextTransaction transaction,
        IReadOnlyList<Transfer> transfers, IReadOnlyList<(Guid AccountId, long Before, long After)> changes)
    {
        var sqlite = commands.Sqlite;
        var parameters = new BatchCommands.Parameters(sqlite);
        var sql = new StringBuilder($"INSERT INTO \"Transfers\" ({TransferColumnList}) VALUES ");
        for (var row = 0; row < transfers.Count; row++)
        {
            var t = transfers[row];
            object?[] values =
            [
                t.Id, t.FromAccountId, t.ToAccountId, t.Minutes, (int)t.Kind, t.Description, t.RecordedById, t.OnBehalfOfId,
                t.OccurredAt, t.RecordedAt, t.IdempotencyKey, t.ReversesTransferId,
            ];
            sql.Append(row == 0 ? "(" : ", (");
            for (var column = 0; column < values.Length; column++)
            {
                sql.Append(column == 0 ? string.Empty : ", ").Append(parameters.Add(values[column]));
            }

            sql.Append(')');
        }

        // RETURNING gives rows in no promised order, so numbers are matched back by id.
        sql.Append(" RETURNING \"Id\", \"Number\";");
        if (changes.Count > 0)
        {
            var rows = string.Join(", ", changes.Select(c => $"({parameters.Add(c.AccountId)}, {parameters.Add(c.Before)}, {parameters.Add(c.After)})"));

            // Both databases name the columns of a bare VALUES list column1, column2, ...
            sql.Append(CultureInfo.InvariantCulture, $"""
                UPDATE "LedgerAccounts" SET "BalanceMinutes" = v.column3
                FROM (VALUES {rows}) AS v
                WHERE "LedgerAccounts"."Id" = v.column1 AND "LedgerAccounts"."BalanceMinutes" = v.column2
                RETURNING "LedgerAccounts"."Id";
                """);
        }

        var command = await commands.PrepareAsync(transaction, sql.ToString(), parameters);
        var byId = transfers.ToDictionary(t => t.Id);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            byId[ReadGuid(reader, 0, sqlite)].AssignNumber(reader.GetInt64(1));
        }

        var updated = 0;
        if (changes.Count > 0 && await reader.NextResultAsync())
        {
            while (await reader.ReadAsync())
            {
                updated++;
            }
        }

        if (updated != changes.Count)
        {
            throw new Microsoft.EntityFrameworkCore.DbUpdateConcurrencyException(
                $"Expected to update {changes.Count} balances but updated {updated}: another writer changed them.");
        }
    }

    private static Guid ReadGuid(DbDataReader reader, int column, bool sqlite) =>
        sqlite ? Guid.Parse(reader.GetString(column)) : reader.GetGuid(column);

    private static Guid? ReadOptionalGuid(DbDataReader reader, int column, bool sqlite) =>
        reader.IsDBNull(column) ? null : ReadGuid(reader, column, sqlite);

    private static DateTimeOffset ReadInstant(DbDataReader reader, int column, bool sqlite) =>
        sqlite ? new DateTimeOffset(reader.GetInt64(column), TimeSpan.Zero) : reader.GetFieldValue<DateTimeOffset>(column);
}
