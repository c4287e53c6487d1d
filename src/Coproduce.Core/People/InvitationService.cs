using System.Globalization;
using Coproduce.Core.Audit;
using Coproduce.Core.Common;
using Coproduce.Core.Data;
using Coproduce.Core.Notifications;
using Microsoft.EntityFrameworkCore;

namespace Coproduce.Core.People;

/// <summary>
/// Invitations by email to a role in an organisation: sent, resent and withdrawn by its coordinators and admins (or a
/// site admin, who sends a new organisation's first), and accepted by following the email's link. Each is one act: the
/// invitation, its audit entry and its email commit together.
/// </summary>
public sealed partial class InvitationService(UnitsOfWork units, IDbContextFactory<CoproduceDbContext> contexts, Outbox outbox,
    ISiteLinks links, TimeProvider clock)
{
    /// <summary>The most invitations a list shows, newest first.</summary>
    public const int MaximumListed = 200;

    /// <summary>
    /// The roles <paramref name="actorId"/> may invite people to in the organisation: every role of its kind for its
    /// admins and site admins; for coordinators, the roles that run nothing (never coordinator, admin or commissioner).
    /// None for anyone else.
    /// </summary>
    public async Task<IReadOnlyList<OrganisationRole>> RolesInvitableByAsync(Guid actorId, Guid organisationId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var organisation = await db.Organisations.AsNoTracking().SingleOrDefaultAsync(o => o.Id == organisationId, cancellationToken);
        return organisation is null ? [] : await RolesInvitableByAsync(db, actorId, organisation, cancellationToken);
    }

    /// <summary>The organisation's invitations still waiting (expired ones too, which can be resent), newest first.</summary>
    public async Task<IReadOnlyList<WaitingInvitation>> WaitingAsync(Guid organisationId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var waiting = await (
            from i in db.Invitations.AsNoTracking()
            join p in db.People.AsNoTracking() on i.InvitedById equals p.Id
            where i.OrganisationId == organisationId && i.Status == InvitationStatus.Waiting
            orderby i.SentAt descending
            select new { Invitation = i, p.Profile.Name }).Take(MaximumListed).ToListAsync(cancellationToken);
        var now = clock.GetUtcNow();
        return [.. waiting.Select(w => new WaitingInvitation(w.Invitation, w.Name, w.Invitation.IsExpiredAt(now)))];
    }

    /// <summary>
    /// Invites <paramref name="email"/> to <paramref name="role"/>. Refused, changing nothing, when the actor may not
    /// invite to that role, the organisation is suspended, its kind has no such role, the address is not one we can send
    /// to, someone with that address already holds the role, or an invitation to it is already waiting (resend that).
    /// </summary>
    /// <param name="actorId">The coordinator or admin inviting.</param>
    /// <param name="organisationId">The organisation.</param>
    /// <param name="email">The address to send to.</param>
    /// <param name="role">The role accepting gives.</param>
    /// <param name="language">The language to write the email in.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public Task<Result<Invitation>> InviteAsync(Guid actorId, Guid organisationId, string? email, OrganisationRole role, Language language,
        CancellationToken cancellationToken = default) =>
        units.RunAsync((work, token) => InviteAsync(work, actorId, organisationId, email?.Trim() ?? string.Empty, role, language, token), cancellationToken);

    /// <summary>Sends a waiting invitation again with a new link, good for another 14 days; the old email's link stops working.</summary>
    public Task<Result<Invitation>> ResendAsync(Guid actorId, Guid invitationId, CancellationToken cancellationToken = default) =>
        units.RunAsync(async (work, token) =>
        {
            var (invitation, refusal) = await FindToChangeAsync(work.Db, actorId, invitationId, token);
            if (refusal is not null)
            {
                return Result<Invitation>.Refused(refusal);
            }

            var now = clock.GetUtcNow();
            var secret = invitation!.Send(now);
            work.Db.AuditEntries.Add(new AuditEntry(now, AuditActions.InvitationResent, actorId, null, invitation.OrganisationId, invitation.Id));
            return await SaveAndSendAsync(work, invitation, secret, actorId, token);
        }, cancellationToken);

    /// <summary>Withdraws a waiting invitation: its link stops working, and the address can be invited afresh.</summary>
    public Task<Result<Invitation>> WithdrawAsync(Guid actorId, Guid invitationId, CancellationToken cancellationToken = default) =>
        units.RunAsync(async (work, token) =>
        {
            var (invitation, refusal) = await FindToChangeAsync(work.Db, actorId, invitationId, token);
            if (refusal is not null)
            {
                return Result<Invitation>.Refused(refusal);
            }

            var now = clock.GetUtcNow();
            invitation!.Withdraw(actorId, now);
            work.Db.AuditEntries.Add(new AuditEntry(now, AuditActions.InvitationWithdrawn, actorId, null, invitation.OrganisationId, invitation.Id));
            return await SaveAsync(work.Db, invitation, token);
        }, cancellationToken);

    private async Task<Result<Invitation>> InviteAsync(UnitOfWork work, Guid actorId, Guid organisationId, string email, OrganisationRole role,
        Language language, CancellationToken cancellationToken)
    {
        var db = work.Db;
        var refusal = await RefuseUnlessMayInviteAsync(db, actorId, organisationId, role, cancellationToken)
            ?? EmailAddress.Check(email, "Email");
        if (refusal is not null)
        {
            return Result<Invitation>.Refused(refusal);
        }

        var key = Invitation.KeyOf(email);
        if (await HoldsRoleAsync(db, organisationId, key, role, cancellationToken))
        {
            return Refused("Email", "Invitation.AlreadyHoldsRole", email, new RoleName(role));
        }

        if (await db.Invitations.AnyAsync(i => i.OrganisationId == organisationId && i.EmailKey == key && i.Role == role
                && i.Status == InvitationStatus.Waiting, cancellationToken))
        {
            return Refused("Email", "Invitation.AlreadyWaiting", email, new RoleName(role));
        }

        var now = clock.GetUtcNow();
        var invitation = new Invitation(Guid.CreateVersion7(now), organisationId, email, role, language, actorId, now);
        var secret = invitation.Send(now);
        db.Invitations.Add(invitation);
        db.AuditEntries.Add(new AuditEntry(now, AuditActions.InvitationSent, actorId, null, organisationId, invitation.Id));
        return await SaveAndSendAsync(work, invitation, secret, actorId, cancellationToken);
    }

    // The login with the address holds the role. (Only a login can accept, so the address on a record without one doesn't count.)
    private static Task<bool> HoldsRoleAsync(CoproduceDbContext db, Guid organisationId, string emailKey, OrganisationRole role,
        CancellationToken cancellationToken)
    {
        var withAddress = db.Users.Where(u => u.NormalizedEmail == emailKey).Select(u => u.PersonId);
        return db.Memberships.AnyAsync(m => m.OrganisationId == organisationId && m.Role == role && m.Status == MembershipStatus.Active
            && withAddress.Contains(m.PersonId), cancellationToken);
    }

    private static async Task<(Invitation? Invitation, FieldError? Refusal)> FindToChangeAsync(CoproduceDbContext db, Guid actorId, Guid invitationId,
        CancellationToken cancellationToken)
    {
        var invitation = await db.Invitations.SingleOrDefaultAsync(i => i.Id == invitationId, cancellationToken);
        if (invitation is null)
        {
            return (null, new FieldError(string.Empty, "Invitation.NotFound"));
        }

        var refusal = await RefuseUnlessMayInviteAsync(db, actorId, invitation.OrganisationId, invitation.Role, cancellationToken);
        if (refusal is null && invitation.Status != InvitationStatus.Waiting)
        {
            refusal = new FieldError(string.Empty, invitation.Status == InvitationStatus.Accepted ? "Invitation.AlreadyAccepted" : "Invitation.Withdrawn");
        }

        return (invitation, refusal);
    }

    private static async Task<FieldError?> RefuseUnlessMayInviteAsync(CoproduceDbContext db, Guid actorId, Guid organisationId, OrganisationRole role,
        CancellationToken cancellationToken)
    {
        var organisation = await db.Organisations.AsNoTracking().SingleOrDefaultAsync(o => o.Id == organisationId, cancellationToken);
        if (organisation is null)
        {
            return new FieldError(string.Empty, "People.UnknownOrganisation");
        }

        var invitable = await RolesInvitableByAsync(db, actorId, organisation, cancellationToken);
        if (invitable.Count == 0)
        {
            return new FieldError(string.Empty, "Invitation.NotCoordinator");
        }

        if (await PeopleService.RefuseIfSuspendedAsync(db, organisationId, cancellationToken) is { } suspended)
        {
            return suspended;
        }

        if (!OrganisationRoles.AvailableIn(organisation.Kind).Contains(role))
        {
            return new FieldError("Role", "People.RoleNotInKind", new RoleName(role));
        }

        return invitable.Contains(role) ? null : new FieldError("Role", "Invitation.RoleNotYours", new RoleName(role));
    }

    private static async Task<IReadOnlyList<OrganisationRole>> RolesInvitableByAsync(CoproduceDbContext db, Guid actorId, Organisation organisation,
        CancellationToken cancellationToken)
    {
        var available = OrganisationRoles.AvailableIn(organisation.Kind);
        if (await PeopleService.IsSiteAdminAsync(db, actorId, cancellationToken)
            || await PeopleService.HasRoleAsync(db, actorId, organisation.Id, [OrganisationRole.OrganisationAdmin], cancellationToken))
        {
            return available;
        }

        return await PeopleService.HasRoleAsync(db, actorId, organisation.Id, [OrganisationRole.Coordinator], cancellationToken)
            ? [.. available.Where(r => !r.IsCoordinating() && r != OrganisationRole.Commissioner)]
            : [];
    }

    private async Task<Result<Invitation>> SaveAndSendAsync(UnitOfWork work, Invitation invitation, string secret, Guid inviterId,
        CancellationToken cancellationToken)
    {
        var organisation = await work.Db.Organisations.AsNoTracking().SingleAsync(o => o.Id == invitation.OrganisationId, cancellationToken);
        var inviter = await work.Db.People.AsNoTracking().SingleAsync(p => p.Id == inviterId, cancellationToken);
        var culture = invitation.Language.Culture();
        var link = links.LinkTo(culture, InvitationLinks.Accept(invitation.Id, secret));
        var sent = outbox.EnqueueEmail(work, invitation.Email, null, culture, NotificationTemplate.Invitation,
            [organisation.NameIn(invitation.Language), new RoleName(invitation.Role).ToString(null, culture), inviter.Profile.Name, link,
                UkTime.ToUk(invitation.ExpiresAt).ToString("d MMMM yyyy", culture)],
            organisation.IsDemo);
        return sent.Succeeded ? await SaveAsync(work.Db, invitation, cancellationToken) : Result<Invitation>.Refused(sent.Errors);
    }

    private static async Task<Result<Invitation>> SaveAsync(CoproduceDbContext db, Invitation invitation, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return Result<Invitation>.Success(invitation);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Someone resent, withdrew or accepted it a moment before: this act is refused, theirs stands.
            return Refused(string.Empty, "Invitation.Changed");
        }
    }

    private static Result<Invitation> Refused(string field, string code, params object[] arguments) =>
        Result<Invitation>.Refused(new FieldError(field, code, arguments));
}

/// <summary>A waiting invitation as a list shows it.</summary>
/// <param name="Invitation">The invitation.</param>
/// <param name="InvitedByName">Who sent it.</param>
/// <param name="IsExpired">Whether it is too old to accept (it can be resent).</param>
public sealed record WaitingInvitation(Invitation Invitation, string InvitedByName, bool IsExpired);

/// <summary>The address of the page that accepts an invitation, in one place for the email and the page.</summary>
public static class InvitationLinks
{
    /// <summary>The accepting page for the invitation, with the secret from its latest email.</summary>
    public static string Accept(Guid invitationId, string secret) =>
        string.Create(CultureInfo.InvariantCulture, $"/invitations/{invitationId}?code={Uri.EscapeDataString(secret)}");
}
