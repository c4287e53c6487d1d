using Coproduce.Core.Data;
using Coproduce.Core.Ledger;
using Microsoft.EntityFrameworkCore;

namespace Coproduce.Core.Timebank;

/// <summary>A timebank's rules, and a member's account there: the one held there, opened with the timebank's limits the first time it is needed.</summary>
internal static class TimebankAccounts
{
    /// <summary>The timebank's rules, or the defaults when it never changed them.</summary>
    public static async Task<TimebankSettings> SettingsAsync(CoproduceDbContext db, Guid organisationId, CancellationToken cancellationToken) =>
        await db.TimebankSettings.AsNoTracking().SingleOrDefaultAsync(s => s.OrganisationId == organisationId, cancellationToken)
        ?? TimebankSettings.Default(organisationId);

    public static async Task<Guid> AccountOfAsync(UnitOfWork work, LedgerService ledger, TimebankSettings settings, Guid personId, string name,
        CancellationToken cancellationToken)
    {
        var held = await LedgerService.OpenAccountsHeldAtAsync(work, personId, settings.OrganisationId, cancellationToken);
        if (held.Count > 0)
        {
            return held[0].Id;
        }

        var opened = await ledger.OpenAccountAsync(work, new OpenAccountRequest(AccountOwnerKind.Member, name, personId,
            MinimumBalanceMinutes: -settings.CreditLimitHours * 60L,
            MaximumBalanceMinutes: settings.BalanceCapHours * 60L,
            HeldAtOrganisationId: settings.OrganisationId), cancellationToken);
        var account = opened.Value ?? throw new InvalidOperationException("A member's account was refused: " + string.Join("; ", opened.Errors));
        // Saved now: the post that follows changes balances with conditional updates, which see only saved rows.
        await work.Db.SaveChangesAsync(cancellationToken);
        return account.Id;
    }
}
