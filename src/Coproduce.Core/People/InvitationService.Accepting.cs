using Coproduce.Core.Audit;
using Coproduce.Core.Common;
using Microsoft.EntityFrameworkCore;

namespace Coproduce.Core.People;

public sealed partial class InvitationService
{
    /// <summary>
    /// The invitation an email's link points to, and where it stands, for the page that accepts it; none when there
    /// is no such invitation or the link's secret is not its latest (an older email's, or made up).
    /// </summary>
    public async Task<InvitationToAccept?> OpenAsync(Guid invitationId, string? secret, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var found = await (
            from i in db.Invitations.AsNoTracking()
            join o in db.Organisations.AsNoTracking() on i.OrganisationId equals o.Id
            join p in db.People.AsNoTracking() on i.InvitedById equals p.Id
            where i.Id == invitationId
            select new { Invitation = i, Organisation = o, p.Profile.Name }).SingleOrDefaultAsync(cancellationToken);
        if (found is null || !found.Invitation.HasSecret(secret))
        {
            return null;
        }

        return new InvitationToAccept(found.Invitation, found.Organisation, found.Name, StandingOf(found.Invitation, found.Organisation));
    }

    /// <summary>
    /// Accepts the invitation for <paramref name="personId"/> (who has just made their account, or signed in): they
    /// are given the role, and the invitation is closed, in one act. Refused, changing nothing, when the link's secret
    /// is not the invitation's latest, or it has expired, been withdrawn or accepted, or the organisation is suspended.
    /// </summary>
    public Task<Result<Membership>> AcceptAsync(Guid invitationId, string? secret, Guid personId, CancellationToken cancellationToken = default) =>
        units.RunAsync(async (work, token) =>
        {
            var db = work.Db;
            var invitation = await db.Invitations.SingleOrDefaultAsync(i => i.Id == invitationId, token);
            var organisation = invitation is null ? null : await db.Organisations.AsNoTracking().SingleAsync(o => o.Id == invitation.OrganisationId, token);
            if (invitation is null || organisation is null || !invitation.HasSecret(secret))
            {
                return Result<Membership>.Refused(new FieldError(string.Empty, "Invitation.NotFound"));
            }

            if (StandingOf(invitation, organisation) is var standing && standing != InvitationStanding.Open)
            {
                return Result<Membership>.Refused(new FieldError(string.Empty, "Invitation." + standing));
            }

            var now = clock.GetUtcNow();
            var membership = await db.Memberships.SingleOrDefaultAsync(m => m.PersonId == personId && m.OrganisationId == invitation.OrganisationId
                && m.Role == invitation.Role, token);
            if (membership is null)
            {
                membership = new Membership(Guid.CreateVersion7(now), personId, invitation.OrganisationId, invitation.Role, now, invitation.InvitedById);
                db.Memberships.Add(membership);
            }

            // Someone already holding the role (given it another way meanwhile) simply closes the invitation.
            if (membership.Status != MembershipStatus.Active)
            {
                membership.Give(invitation.InvitedById, now);
            }

            invitation.Accept(personId, now);
            db.AuditEntries.Add(new AuditEntry(now, AuditActions.InvitationAccepted, personId, null, invitation.OrganisationId, membership.Id));
            try
            {
                await db.SaveChangesAsync(token);
            }
            catch (DbUpdateConcurrencyException)
            {
                return Result<Membership>.Refused(new FieldError(string.Empty, "Invitation.Changed"));
            }

            return Result<Membership>.Success(membership);
        }, cancellationToken);

    private InvitationStanding StandingOf(Invitation invitation, Organisation organisation) => invitation.Status switch
    {
        InvitationStatus.Accepted => InvitationStanding.AlreadyAccepted,
        InvitationStatus.Withdrawn => InvitationStanding.Withdrawn,
        _ when invitation.IsExpiredAt(clock.GetUtcNow()) => InvitationStanding.Expired,
        _ when organisation.IsSuspended => InvitationStanding.Suspended,
        _ => InvitationStanding.Open,
    };
}

/// <summary>An invitation opened from its email's link.</summary>
/// <param name="Invitation">The invitation.</param>
/// <param name="Organisation">The organisation the role is in.</param>
/// <param name="InvitedByName">Who sent it.</param>
/// <param name="Standing">Whether it can be accepted, and if not, why.</param>
public sealed record InvitationToAccept(Invitation Invitation, Organisation Organisation, string InvitedByName, InvitationStanding Standing);

/// <summary>Whether an opened invitation can be accepted. Each refusal has a message "Invitation.{name}".</summary>
public enum InvitationStanding
{
    /// <summary>It can be accepted.</summary>
    Open,

    /// <summary>More than 14 days since it was (last) sent.</summary>
    Expired,

    /// <summary>A coordinator or admin withdrew it.</summary>
    Withdrawn,

    /// <summary>It has been accepted already.</summary>
    AlreadyAccepted,

    /// <summary>The organisation is suspended: nobody can join it now.</summary>
    Suspended,
}
