using System.Globalization;
using Coproduce.Core.Common;
using Coproduce.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Coproduce.Core.Ledger;

/// <summary>
/// Posts a list of checked transfers inside the caller's transaction with a few statements rather than five per
/// transfer: the keys are looked up together, the accounts are read (and locked) together, each transfer is tried
/// against the balances as they stand at its turn, and then each account's balance is moved once, by its net change,
/// with the same conditional update a single post uses. The rules are those of <see cref="LedgerPosting"/>; the list
/// is posted whole or not at all.
/// </summary>
/// <remarks>
/// The balances read must not move before they are written, or a transfer tried against them might in truth have
/// broken a limit midway. On SQLite the act already holds the database's write lock (BEGIN IMMEDIATE). On PostgreSQL
/// the accounts are read with FOR UPDATE, in id order as single posts take them, so the two never wait in a circle.
/// If a balance has moved all the same, the net update's condition fails and the act runs again.
/// </remarks>
internal static class LedgerBulkPosting
{
    public static async Task<PostManyResult> PostAsync(CoproduceDbContext db, IReadOnlyList<TransferCommand> commands, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var keys = commands.Select(c => c.IdempotencyKey).Distinct().ToList();
        var postedBefore = await db.Transfers.AsNoTracking()
            .Where(t => keys.Contains(t.IdempotencyKey))
            .ToDictionaryAsync(t => t.IdempotencyKey, cancellationToken);
        var accountIds = commands.SelectMany(c => new[] { c.FromAccountId, c.ToAccountId }).Distinct().OrderBy(id => id).ToArray();
        var accounts = await ReadAndLockAsync(db, accountIds, cancellationToken);

        var balances = accounts.Values.ToDictionary(a => a.Id, a => a.BalanceMinutes);
        var postedNow = new Dictionary<string, (Transfer Transfer, int Index)>(StringComparer.Ordinal);
        var results = new List<PostResult>(commands.Count);
        for (var index = 0; index < commands.Count; index++)
        {
            var command = commands[index];
            if (postedBefore.TryGetValue(command.IdempotencyKey, out var first))
            {
                if (!first.Matches(command))
                {
                    return PostManyResult.Refused(index, [ReusedKey(first.Number.ToString(CultureInfo.InvariantCulture))]);
                }

                results.Add(PostResult.Repeated(first));
                continue;
            }

            if (postedNow.TryGetValue(command.IdempotencyKey, out var earlier))
            {
                // Not saved yet, so it has no number to quote: say where it is in the list instead.
                if (!earlier.Transfer.Matches(command))
                {
                    return PostManyResult.Refused(index, [ReusedKey(string.Create(CultureInfo.InvariantCulture, $"#{earlier.Index + 1} in this list"))]);
                }

                results.Add(PostResult.Repeated(earlier.Transfer));
                continue;
            }

            if (Refusal(command, accounts, balances) is { } errors)
            {
                return PostManyResult.Refused(index, errors);
            }

            balances[command.FromAccountId] -= command.Amount.Minutes;
            balances[command.ToAccountId] += command.Amount.Minutes;
            var recordedAt = LedgerClock.Truncate(clock.GetUtcNow());
            var transfer = new Transfer(Guid.CreateVersion7(recordedAt), command, recordedAt);
            postedNow.Add(command.IdempotencyKey, (transfer, index));
            results.Add(PostResult.Posted(transfer));
        }

        await MoveBalancesAsync(db, accounts.Values, balances, cancellationToken);
        // Added in the list's order, so the running numbers follow it and each statement shows the balances tried above.
        db.Transfers.AddRange(postedNow.Values.OrderBy(p => p.Index).Select(p => p.Transfer));
        await db.SaveChangesAsync(cancellationToken);
        return PostManyResult.Posted(results);
    }

    private static async Task<Dictionary<Guid, LedgerAccount>> ReadAndLockAsync(CoproduceDbContext db, Guid[] ids, CancellationToken cancellationToken)
    {
        var query = db.Database.IsNpgsql()
            ? db.LedgerAccounts.FromSql($"SELECT * FROM \"LedgerAccounts\" WHERE \"Id\" = ANY({ids}) ORDER BY \"Id\" FOR UPDATE")
            : db.LedgerAccounts.Where(a => ids.Contains(a.Id));
        return await query.AsNoTracking().ToDictionaryAsync(a => a.Id, cancellationToken);
    }

    /// <summary>Why the transfer can't be posted against the balances as they stand now, or null if it can.</summary>
    private static FieldError[]? Refusal(TransferCommand command, Dictionary<Guid, LedgerAccount> accounts, Dictionary<Guid, long> balances)
    {
        var from = accounts.GetValueOrDefault(command.FromAccountId);
        var to = accounts.GetValueOrDefault(command.ToAccountId);
        if (from is null || to is null)
        {
            return
            [
                .. from is null ? [new FieldError(nameof(TransferRequest.FromAccountId), "Ledger.UnknownAccount")] : Array.Empty<FieldError>(),
                .. to is null ? [new FieldError(nameof(TransferRequest.ToAccountId), "Ledger.UnknownAccount")] : Array.Empty<FieldError>(),
            ];
        }

        var minutes = command.Amount.Minutes;
        var fromAfter = balances[from.Id] - minutes;
        if (from.MinimumBalanceMinutes is { } minimum && fromAfter < minimum)
        {
            var available = balances[from.Id] - minimum;
            return [new FieldError(nameof(TransferRequest.Amount), "Ledger.BelowMinimum", from.Name, new Balance(Math.Max(0, available)))];
        }

        if (to.MaximumBalanceMinutes is { } maximum && balances[to.Id] + minutes > maximum)
        {
            return [new FieldError(nameof(TransferRequest.Amount), "Ledger.AboveMaximum", to.Name)];
        }

        return null;
    }

    /// <summary>Moves each balance by its net change, in id order, with the conditional update a single post uses.</summary>
    private static async Task MoveBalancesAsync(CoproduceDbContext db, IEnumerable<LedgerAccount> accounts, Dictionary<Guid, long> balances,
        CancellationToken cancellationToken)
    {
        foreach (var account in accounts.OrderBy(a => a.Id))
        {
            var delta = balances[account.Id] - account.BalanceMinutes;
            if (delta != 0 && !await LedgerPosting.TryChangeBalanceAsync(db, account.Id, delta, cancellationToken))
            {
                // The balance moved after it was read, which the lock above should prevent: run the act again.
                throw new DbUpdateConcurrencyException($"The balance of account {account.Id} changed while a list of transfers was posted.");
            }
        }
    }

    private static FieldError ReusedKey(string which) =>
        new(nameof(TransferRequest.IdempotencyKey), "Ledger.KeyReusedWithOtherContent", which);
}
