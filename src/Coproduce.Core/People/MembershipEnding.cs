using Coproduce.Core.Audit;
using Coproduce.Core.Common;
using Coproduce.Core.Data;
using Coproduce.Core.Ledger;
using Coproduce.Core.Notifications;
using Microsoft.EntityFrameworkCore;

namespace Coproduce.Core.People;

/// <summary>
/// A member leaves an organisation, or one of its coordinators ends their membership, with a reason. Every role they
/// hold there ends in one act, audited, and they are told in their language. Their history stays, and so do their
/// memberships elsewhere. Their account there is settled by the organisation's <see cref="LeavingBalancePolicy"/> and
/// closed in the same act.
/// </summary>
public sealed class MembershipEnding(UnitsOfWork units, LedgerService ledger, Outbox outbox, TimeProvider clock)
{
    /// <summary>The longest reason kept.</summary>
    public const int MaximumReasonLength = 500;

    /// <summary>
    /// Ends all of the person's roles in the organisation. Refused, changing nothing, when the actor is neither the
    /// person nor a coordinator there (ending the membership of someone who coordinates or runs it takes an admin),
    /// the organisation is suspended, there is no reason, they hold no role there, they are its last admin, or it
    /// settles balances first and theirs there is not zero.
    /// </summary>
    /// <param name="actorId">The person leaving, or the coordinator or admin ending it.</param>
    /// <param name="organisationId">The organisation.</param>
    /// <param name="personId">Whose membership ends.</param>
    /// <param name="reason">Why, in a few words; kept with the membership.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public Task<Result<IReadOnlyList<Membership>>> EndAsync(Guid actorId, Guid organisationId, Guid personId, string? reason,
        CancellationToken cancellationToken = default) =>
        units.RunAsync((work, token) => EndAsync(work, actorId, organisationId, personId, reason, token), cancellationToken);

    private async Task<Result<IReadOnlyList<Membership>>> EndAsync(UnitOfWork work, Guid actorId, Guid organisationId, Guid personId,
        string? reason, CancellationToken cancellationToken)
    {
        var db = work.Db;
        var memberships = await db.Memberships.Where(m => m.OrganisationId == organisationId && m.PersonId == personId
            && m.Status == MembershipStatus.Active).ToListAsync(cancellationToken);
        var runsIt = memberships.Any(m => m.Role.IsCoordinating());
        var refusal = actorId == personId
            ? await PeopleService.RefuseUnlessKnownAsync(db, organisationId, cancellationToken)
            : await PeopleService.RefuseUnlessRoleAsync(db, actorId, organisationId,
                runsIt ? [OrganisationRole.OrganisationAdmin] : OrganisationRoles.Coordinating, "People.NotCoordinator", cancellationToken);
        refusal ??= await PeopleService.RefuseIfSuspendedAsync(db, organisationId, cancellationToken);
        if (refusal is not null)
        {
            return Refused(refusal);
        }

        var checkedReason = OrganisationRules.CheckReason(reason, MaximumReasonLength, "Leaving.ReasonRequired", "Leaving.ReasonTooLong");
        if (!checkedReason.Succeeded)
        {
            return Result<IReadOnlyList<Membership>>.Refused(checkedReason.Errors);
        }

        if (memberships.Count == 0)
        {
            return Refused(new FieldError(string.Empty, "People.NotOnList"));
        }

        if (memberships.Any(m => m.Role == OrganisationRole.OrganisationAdmin) && !await PeopleService.HasAnotherAdminAsync(db, organisationId, personId, cancellationToken))
        {
            return Refused(new FieldError(string.Empty, "Leaving.LastAdmin"));
        }

        var organisation = await db.Organisations.AsNoTracking().SingleAsync(o => o.Id == organisationId, cancellationToken);
        var accounts = await LedgerService.OpenAccountsHeldAtAsync(work, personId, organisationId, cancellationToken);
        if (organisation.LeavingBalance == LeavingBalancePolicy.SettleFirst && accounts.FirstOrDefault(a => a.BalanceMinutes != 0) is { } unsettled)
        {
            return Refused(new FieldError(string.Empty, "Leaving.SettleFirst", new Balance(unsettled.BalanceMinutes)));
        }

        var now = clock.GetUtcNow();
        foreach (var membership in memberships)
        {
            membership.End(actorId, now, checkedReason.Value);
            db.AuditEntries.Add(new AuditEntry(now, AuditActions.MembershipEnded, actorId, personId, organisationId, membership.Id));
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // A coordinator changed their roles a moment before: nothing ended; the page shows them as they are now.
            return Refused(new FieldError(string.Empty, "People.RolesOutOfDate"));
        }

        foreach (var account in accounts)
        {
            if (await SettleAndCloseAsync(work, organisation, account, actorId, personId, cancellationToken) is { } notSettled)
            {
                return Result<IReadOnlyList<Membership>>.Refused(notSettled);
            }
        }

        var person = await db.People.AsNoTracking().SingleAsync(p => p.Id == personId, cancellationToken);
        if (person.Profile.Email is { } email)
        {
            var language = person.Profile.Language;
            outbox.EnqueueEmail(work, email, person.Id, language.Culture(), NotificationTemplate.MembershipEnded,
                [person.Profile.Name, organisation.NameIn(language), checkedReason.Value!], person.IsDemo);
        }

        return Result<IReadOnlyList<Membership>>.Success(memberships);
    }

    /// <summary>
    /// Moves the account's balance to the community pot (credits to it, or a debt cleared from it) and closes the
    /// account; null when done, or why not. A post from another server between reading the balance and closing makes
    /// the close refuse, and the whole act with it.
    /// </summary>
    private async Task<IReadOnlyList<FieldError>?> SettleAndCloseAsync(UnitOfWork work, Organisation organisation, LedgerAccount account,
        Guid actorId, Guid personId, CancellationToken cancellationToken)
    {
        if (account.BalanceMinutes != 0)
        {
            var pot = await ledger.CommunityPotAsync(work, organisation.Id, organisation.Name + " community pot", cancellationToken);
            var inCredit = account.BalanceMinutes > 0;
            var moved = await ledger.PostAsync(work, new TransferRequest
            {
                FromAccountId = inCredit ? account.Id : pot.Id,
                ToAccountId = inCredit ? pot.Id : account.Id,
                Amount = Hours.FromMinutes(Math.Abs(account.BalanceMinutes)),
                Kind = inCredit ? TransferKind.Donation : TransferKind.Grant,
                Description = inCredit ? "Balance moved to the community pot on leaving" : "Hours owed, cleared by the community pot on leaving",
                IdempotencyKey = $"leaving:{account.Id:N}",
                RecordedById = actorId,
                OnBehalfOfId = personId,
            }, cancellationToken);
            if (!moved.Succeeded)
            {
                return moved.Errors;
            }
        }

        var closed = await ledger.CloseAccountAsync(work, account.Id, cancellationToken);
        return closed.Succeeded ? null : closed.Errors;
    }

    private static Result<IReadOnlyList<Membership>> Refused(FieldError error) => Result<IReadOnlyList<Membership>>.Refused(error);
}
