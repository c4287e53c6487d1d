using Coproduce.Core.Data;
using Coproduce.Core.Ledger;
using Microsoft.EntityFrameworkCore;

namespace Coproduce.Core.Credits;

/// <summary>
/// The ledger accounts time credits move between, all held at the network: each member's (never below zero: credits
/// are earned before they are spent), each partner's, the network's issuing account and its notes in circulation.
/// </summary>
internal static class CreditAccounts
{
    public static async Task<Guid> MemberAccountAsync(UnitOfWork work, LedgerService ledger, Guid networkId, Guid personId, CancellationToken cancellationToken)
    {
        var held = await LedgerService.OpenAccountsHeldAtAsync(work, personId, networkId, cancellationToken);
        if (held.Count > 0)
        {
            return held[0].Id;
        }

        var name = await work.Db.People.Where(p => p.Id == personId).Select(p => p.Profile.Name).SingleAsync(cancellationToken);
        var opened = await ledger.OpenAccountAsync(work, new OpenAccountRequest(AccountOwnerKind.Member, name, personId,
            MinimumBalanceMinutes: 0, HeldAtOrganisationId: networkId), cancellationToken);
        var account = opened.Value ?? throw new InvalidOperationException("A member's account was refused: " + string.Join("; ", opened.Errors));
        // Saved now: the post that follows changes balances with conditional updates, which see only saved rows.
        await work.Db.SaveChangesAsync(cancellationToken);
        return account.Id;
    }

    public static async Task<Guid> IssuingAsync(UnitOfWork work, LedgerService ledger, Guid networkId, CancellationToken cancellationToken) =>
        (await ledger.PurposeAccountAsync(work, networkId, AccountPurpose.Issuing, await NameAsync(work, networkId, cancellationToken) + ": credits issued",
            cancellationToken)).Id;

    public static async Task<Guid> NotesAsync(UnitOfWork work, LedgerService ledger, Guid networkId, CancellationToken cancellationToken) =>
        (await ledger.PurposeAccountAsync(work, networkId, AccountPurpose.NotesInCirculation,
            await NameAsync(work, networkId, cancellationToken) + ": printed notes in circulation", cancellationToken)).Id;

    /// <summary>A whole number of credits as the ledger counts them: an hour each.</summary>
    public static Hours Amount(int credits) => Hours.FromHours(credits);

    private static Task<string> NameAsync(UnitOfWork work, Guid networkId, CancellationToken cancellationToken) =>
        work.Db.Organisations.Where(o => o.Id == networkId).Select(o => o.Name).SingleAsync(cancellationToken);
}
