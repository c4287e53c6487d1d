using Coproduce.Core.Audit;
using Coproduce.Core.Common;
using Coproduce.Core.Data;
using Coproduce.Core.Notifications;
using Microsoft.EntityFrameworkCore;

namespace Coproduce.Core.People;

/// <summary>
/// A member leaves an organisation, or one of its coordinators ends their membership, with a reason. Every role they
/// hold there ends in one act, audited, and they are told in their language. Their history stays, and so do their
/// memberships elsewhere.
/// </summary>
public sealed class MembershipEnding(UnitsOfWork units, Outbox outbox, TimeProvider clock)
{
    /// <summary>The longest reason kept.</summary>
    public const int MaximumReasonLength = 500;

    /// <summary>
    /// Ends all of the person's roles in the organisation. Refused, changing nothing, when the actor is neither the
    /// person nor a coordinator there (ending the membership of someone who coordinates or runs it takes an admin),
    /// the organisation is suspended, there is no reason, they hold no role there, or they are its last admin.
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

        var person = await db.People.AsNoTracking().SingleAsync(p => p.Id == personId, cancellationToken);
        var organisation = await db.Organisations.AsNoTracking().SingleAsync(o => o.Id == organisationId, cancellationToken);
        if (person.Profile.Email is { } email)
        {
            var language = person.Profile.Language;
            outbox.EnqueueEmail(work, email, person.Id, language.Culture(), NotificationTemplate.MembershipEnded,
                [person.Profile.Name, organisation.NameIn(language), checkedReason.Value!], person.IsDemo);
        }

        return Result<IReadOnlyList<Membership>>.Success(memberships);
    }

    private static Result<IReadOnlyList<Membership>> Refused(FieldError error) => Result<IReadOnlyList<Membership>>.Refused(error);
}
