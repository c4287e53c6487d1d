using System.Globalization;
using Coproduce.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Coproduce.Core.Ledger;

/// <summary>
/// Checks what must always hold, whatever happened: the balances add up to zero; every balance equals the sum of its
/// account's transfers and lies within its limits; every reversal mirrors the transfer it reverses.
/// Read in one snapshot, so it can run while people are posting.
/// </summary>
public sealed class LedgerInvariants(IDbContextFactory<CoproduceDbContext> contexts)
{
    /// <summary>Every breach found, in plain English for an operator; empty when the ledger is sound.</summary>
    public async Task<IReadOnlyList<string>> CheckAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var snapshot = await LedgerLocks.BeginSnapshotAsync(db, cancellationToken);
        var breaches = new List<string>();

        var accounts = await db.LedgerAccounts.AsNoTracking().ToListAsync(cancellationToken);
        var total = accounts.Sum(a => a.BalanceMinutes);
        if (total != 0)
        {
            breaches.Add(Say($"The balances add up to {total} minutes, not zero."));
        }

        var incoming = await db.Transfers.GroupBy(t => t.ToAccountId)
            .Select(g => new { AccountId = g.Key, Minutes = g.Sum(t => (long)t.Minutes) })
            .ToDictionaryAsync(x => x.AccountId, x => x.Minutes, cancellationToken);
        var outgoing = await db.Transfers.GroupBy(t => t.FromAccountId)
            .Select(g => new { AccountId = g.Key, Minutes = g.Sum(t => (long)t.Minutes) })
            .ToDictionaryAsync(x => x.AccountId, x => x.Minutes, cancellationToken);

        foreach (var account in accounts)
        {
            var fromTransfers = incoming.GetValueOrDefault(account.Id) - outgoing.GetValueOrDefault(account.Id);
            if (fromTransfers != account.BalanceMinutes)
            {
                breaches.Add(Say($"Account {account.Id} ({account.Name}) has a balance of {account.BalanceMinutes} minutes but its transfers add up to {fromTransfers}."));
            }

            if (account.BalanceMinutes < account.MinimumBalanceMinutes || account.BalanceMinutes > account.MaximumBalanceMinutes)
            {
                breaches.Add(Say($"Account {account.Id} ({account.Name}) has a balance of {account.BalanceMinutes} minutes, outside its limits [{account.MinimumBalanceMinutes}, {account.MaximumBalanceMinutes}]."));
            }

            if (!account.IsOpen && account.BalanceMinutes != 0)
            {
                breaches.Add(Say($"Account {account.Id} ({account.Name}) is closed with a balance of {account.BalanceMinutes} minutes."));
            }
        }

        var mismatchedReversals = await db.Transfers
            .Where(r => r.ReversesTransferId != null)
            .Join(db.Transfers, r => r.ReversesTransferId, o => o.Id, (r, o) => new { Reversal = r, Original = o })
            .Where(p => p.Reversal.Kind != TransferKind.Reversal
                || p.Original.Kind == TransferKind.Reversal
                || p.Reversal.Minutes != p.Original.Minutes
                || p.Reversal.FromAccountId != p.Original.ToAccountId
                || p.Reversal.ToAccountId != p.Original.FromAccountId)
            .Select(p => p.Reversal.Number)
            .ToListAsync(cancellationToken);
        breaches.AddRange(mismatchedReversals.Select(n => Say($"Transfer {n} does not mirror the transfer it reverses.")));

        var unlinkedReversals = await db.Transfers
            .Where(t => t.Kind == TransferKind.Reversal && t.ReversesTransferId == null)
            .Select(t => t.Number)
            .ToListAsync(cancellationToken);
        breaches.AddRange(unlinkedReversals.Select(n => Say($"Transfer {n} is a reversal with no link to what it reverses.")));

        return breaches;
    }

    private static string Say(FormattableString message) => message.ToString(CultureInfo.InvariantCulture);
}
