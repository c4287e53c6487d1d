using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore.Storage;

namespace Coproduce.Core.Ledger;

/// <summary>
/// One posting batch on PostgreSQL in two round trips, whatever its size: one command that reads and locks what the
/// batch needs, and one that inserts its transfers and updates every balance it changed. EF Core would send a query
/// per set and a statement per row, and at hundreds of posts a second that per-statement cost, not the disk, becomes
/// the limit (measured: half a millisecond a batch for EF's two queries alone).
/// </summary>
internal static class PostgresBatchSql
{
    /// <summary>
    /// Reads the batch's accounts, the transfers already posted under its keys, and which of the transfers it reverses
    /// are reversed already, in one round trip. The account rows are locked in id order (so two batches never
    /// deadlock) until the transaction ends.
    /// </summary>
    public static async Task<BatchSnapshot> ReadAsync(BatchCommands commands, IDbContextTransaction transaction,
        IReadOnlyList<Guid> orderedAccountIds, IReadOnlyList<string> keys, IReadOnlyList<Guid> reversedIds)
    {
        var parameters = new BatchCommands.Parameters();
        var accounts = string.Join(", ", orderedAccountIds.Select(id => parameters.Add(id)));
        var keyList = string.Join(", ", keys.Select(key => parameters.Add(key)));
        var sql = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"""SELECT {LedgerRows.AccountColumnList} FROM "LedgerAccounts" WHERE "Id" IN ({accounts}) ORDER BY "Id" FOR UPDATE;""")
            .Append(CultureInfo.InvariantCulture, $"""SELECT "Number", {LedgerRows.TransferColumnList} FROM "Transfers" WHERE "IdempotencyKey" IN ({keyList});""");
        if (reversedIds.Count > 0)
        {
            var reversedList = string.Join(", ", reversedIds.Select(id => parameters.Add(id)));
            sql.Append(CultureInfo.InvariantCulture, $"""SELECT "ReversesTransferId" FROM "Transfers" WHERE "ReversesTransferId" IN ({reversedList});""");
        }

        var command = await commands.PrepareAsync(transaction, sql.ToString(), parameters);
        var snapshot = new BatchSnapshot();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            var account = LedgerRows.ReadAccount(reader, sqlite: false);
            snapshot.Accounts[account.Id] = account;
        }

        await reader.NextResultAsync();
        while (await reader.ReadAsync())
        {
            var transfer = LedgerRows.ReadTransfer(reader, sqlite: false);
            snapshot.FirstByKey[transfer.IdempotencyKey] = transfer;
        }

        if (reversedIds.Count > 0 && await reader.NextResultAsync())
        {
            while (await reader.ReadAsync())
            {
                snapshot.Reversed.Add(reader.GetGuid(0));
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
        IReadOnlyList<Transfer> transfers, IReadOnlyList<BalanceChange> changes)
    {
        var parameters = new BatchCommands.Parameters();
        var sql = new StringBuilder($"INSERT INTO \"Transfers\" ({LedgerRows.TransferColumnList}) VALUES ");
        for (var row = 0; row < transfers.Count; row++)
        {
            var values = LedgerRows.ValuesOf(transfers[row]);
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

            // PostgreSQL names the columns of a bare VALUES list column1, column2, ...
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
            byId[reader.GetGuid(0)].AssignNumber(reader.GetInt64(1));
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
}
