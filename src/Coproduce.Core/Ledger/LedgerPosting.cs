using System.Globalization;
using Coproduce.Core.Common;
using Coproduce.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Coproduce.Core.Ledger;

/// <summary>
/// Posts one checked transfer inside the caller's transaction. The limits are enforced by the balance updates
/// themselves: each changes a balance only where the result stays within the account's limits, so two app servers
/// posting against one account at once can't both spend the same credit, whatever either of them read before. A
/// refusal leaves the transaction as it found it, so the act it belongs to may carry on.
/// </summary>
/// <remarks>
/// Races the updates can't see are left to the database and the unit of work: a key or a reversal inserted by another
/// server a moment before breaks a unique index, and the act runs again and finds it. On PostgreSQL the two balances
/// are changed in account id order, so two posts between the same two accounts never wait for each other in a circle.
/// </remarks>
internal static class LedgerPosting
{
    public static async Task<PostResult> PostAsync(CoproduceDbContext db, TransferCommand command, TimeProvider clock, CancellationToken cancellationToken)
    {
        var first = await db.Transfers.AsNoTracking()
            .SingleOrDefaultAsync(t => t.IdempotencyKey == command.IdempotencyKey, cancellationToken);
        if (first is not null)
        {
            return first.Matches(command)
                ? PostResult.Repeated(first)
                : PostResult.Refused(new FieldError(nameof(TransferRequest.IdempotencyKey), "Ledger.KeyReusedWithOtherContent",
                    first.Number.ToString(CultureInfo.InvariantCulture)));
        }

        if (command.ReversesTransferId is { } original
            && await db.Transfers.AnyAsync(t => t.ReversesTransferId == original, cancellationToken))
        {
            return PostResult.Refused(new FieldError(nameof(ReversalRequest.TransferId), "Ledger.AlreadyReversed"));
        }

        if (await MoveAsync(db, command, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        var recordedAt = LedgerClock.Truncate(clock.GetUtcNow());
        var transfer = new Transfer(Guid.CreateVersion7(recordedAt), command, recordedAt);
        db.Transfers.Add(transfer);
        // Saved now, not at the end of the act: the transfer gets its number, and a second post with the same key in
        // the same act finds it.
        await db.SaveChangesAsync(cancellationToken);
        return PostResult.Posted(transfer);
    }

    /// <summary>Moves the amount between the two balances, or changes neither and says why not.</summary>
    private static async Task<PostResult?> MoveAsync(CoproduceDbContext db, TransferCommand command, CancellationToken cancellationToken)
    {
        var minutes = command.Amount.Minutes;
        var changes = new[] { (Id: command.FromAccountId, Delta: -(long)minutes), (Id: command.ToAccountId, Delta: (long)minutes) }
            .OrderBy(change => change.Id)
            .ToArray();

        if (!await TryChangeBalanceAsync(db, changes[0].Id, changes[0].Delta, cancellationToken))
        {
            return await RefusalAsync(db, command, changes[0].Id, cancellationToken);
        }

        if (!await TryChangeBalanceAsync(db, changes[1].Id, changes[1].Delta, cancellationToken))
        {
            // Put the first balance back as it was: this transaction holds its row, so nobody has moved it since.
            await db.LedgerAccounts.Where(a => a.Id == changes[0].Id)
                .ExecuteUpdateAsync(set => set.SetProperty(a => a.BalanceMinutes, a => a.BalanceMinutes - changes[0].Delta), cancellationToken);
            return await RefusalAsync(db, command, changes[1].Id, cancellationToken);
        }

        return null;
    }

    /// <summary>Changes the balance by <paramref name="delta"/> only where the account is open and the result within its limits.</summary>
    internal static async Task<bool> TryChangeBalanceAsync(CoproduceDbContext db, Guid accountId, long delta, CancellationToken cancellationToken) =>
        await db.LedgerAccounts
            .Where(a => a.Id == accountId
                && a.ClosedAt == null
                && (a.MinimumBalanceMinutes == null || a.BalanceMinutes + delta >= a.MinimumBalanceMinutes)
                && (a.MaximumBalanceMinutes == null || a.BalanceMinutes + delta <= a.MaximumBalanceMinutes))
            .ExecuteUpdateAsync(set => set.SetProperty(a => a.BalanceMinutes, a => a.BalanceMinutes + delta), cancellationToken) == 1;

    /// <summary>
    /// Why an update changed no row: an account that isn't there or is closed, or a limit. Read only when a post is refused, so a
    /// post that goes through costs no read of its accounts at all.
    /// </summary>
    private static async Task<PostResult> RefusalAsync(CoproduceDbContext db, TransferCommand command, Guid refusingAccountId,
        CancellationToken cancellationToken)
    {
        var accounts = await db.LedgerAccounts.AsNoTracking()
            .Where(a => a.Id == command.FromAccountId || a.Id == command.ToAccountId)
            .ToDictionaryAsync(a => a.Id, cancellationToken);
        var unknown = new List<FieldError>(2);
        if (!accounts.ContainsKey(command.FromAccountId))
        {
            unknown.Add(new FieldError(nameof(TransferRequest.FromAccountId), "Ledger.UnknownAccount"));
        }

        if (!accounts.ContainsKey(command.ToAccountId))
        {
            unknown.Add(new FieldError(nameof(TransferRequest.ToAccountId), "Ledger.UnknownAccount"));
        }

        if (unknown.Count > 0)
        {
            return PostResult.Refused(unknown);
        }

        var refusing = accounts[refusingAccountId];
        if (!refusing.IsOpen)
        {
            return PostResult.Refused(new FieldError(refusingAccountId == command.ToAccountId
                ? nameof(TransferRequest.ToAccountId) : nameof(TransferRequest.FromAccountId), "Ledger.AccountClosed", refusing.Name));
        }

        if (refusingAccountId == command.ToAccountId)
        {
            return PostResult.Refused(new FieldError(nameof(TransferRequest.Amount), "Ledger.AboveMaximum", refusing.Name));
        }

        var available = refusing.BalanceMinutes - (refusing.MinimumBalanceMinutes ?? 0);
        return PostResult.Refused(new FieldError(nameof(TransferRequest.Amount), "Ledger.BelowMinimum",
            refusing.Name, new Balance(Math.Max(0, available))));
    }
}
