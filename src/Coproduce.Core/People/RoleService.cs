using Coproduce.Core.Audit;
using Coproduce.Core.Common;
using Coproduce.Core.Data;
using Coproduce.Core.Notifications;
using Microsoft.EntityFrameworkCore;

namespace Coproduce.Core.People;

/// <summary>
/// An organisation admin gives and takes the roles of the people on its list. Each change is one act: the memberships,
/// an audit entry for each role given or taken, and an email telling the person, in their language.
/// </summary>
public sealed class RoleService(UnitsOfWork units, IDbContextFactory<CoproduceDbContext> contexts, Outbox outbox, TimeProvider clock)
{
    private static readonly OrganisationRole[] Admins = [OrganisationRole.OrganisationAdmin];

    /// <summary>The roles a person holds in the organisation now, as a change must have seen them; none if they aren't on its list.</summary>
    public async Task<RolesHeld?> RolesOfAsync(Guid organisationId, Guid personId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var memberships = await db.Memberships.AsNoTracking()
            .Where(m => m.OrganisationId == organisationId && m.PersonId == personId).ToListAsync(cancellationToken);
        return memberships.Count == 0 ? null : RolesHeld.From(memberships);
    }

    /// <summary>
    /// Gives the person exactly the <paramref name="wanted"/> roles. Refused, changing nothing, when the actor is not an
    /// admin of the organisation (or a site admin), the organisation is suspended, a role is not one the organisation's kind has, no role is left
    /// (ending a membership is its own act, with a reason), the last admin would lose the role, or someone changed
    /// the person's roles since <paramref name="seen"/> was read: the second of two admins is told, not overwritten.
    /// </summary>
    /// <param name="actorId">The admin making the change.</param>
    /// <param name="organisationId">The organisation.</param>
    /// <param name="personId">Whose roles.</param>
    /// <param name="wanted">The roles they should hold afterwards.</param>
    /// <param name="seen">Their roles as the admin saw them (<see cref="RolesHeld.Version"/>).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public Task<Result<RolesHeld>> ChangeRolesAsync(Guid actorId, Guid organisationId, Guid personId, IReadOnlyCollection<OrganisationRole> wanted,
        string seen, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(wanted);
        return units.RunAsync((work, token) => ChangeRolesAsync(work, actorId, organisationId, personId, [.. wanted.Distinct()], seen, token),
            cancellationToken);
    }

    private async Task<Result<RolesHeld>> ChangeRolesAsync(UnitOfWork work, Guid actorId, Guid organisationId, Guid personId,
        IReadOnlyList<OrganisationRole> wanted, string seen, CancellationToken cancellationToken)
    {
        var db = work.Db;
        var refusal = await PeopleService.RefuseUnlessRoleAsync(db, actorId, organisationId, Admins, "People.NotOrganisationAdmin", cancellationToken)
            ?? await PeopleService.RefuseIfSuspendedAsync(db, organisationId, cancellationToken);
        if (refusal is not null)
        {
            return Result<RolesHeld>.Refused(refusal);
        }

        var organisation = await db.Organisations.AsNoTracking().SingleAsync(o => o.Id == organisationId, cancellationToken);
        var available = OrganisationRoles.AvailableIn(organisation.Kind);
        if (wanted.Where(r => !available.Contains(r)).Select(r => (OrganisationRole?)r).FirstOrDefault() is { } missing)
        {
            return Refused("Roles", "People.RoleNotInKind", new RoleName(missing));
        }

        if (wanted.Count == 0)
        {
            return Refused("Roles", "People.NoRolesLeft");
        }

        await LockAsync(db, organisationId, personId, cancellationToken);
        var memberships = await db.Memberships.Where(m => m.OrganisationId == organisationId && m.PersonId == personId).ToListAsync(cancellationToken);
        var person = await db.People.AsNoTracking().SingleOrDefaultAsync(p => p.Id == personId, cancellationToken);
        if (memberships.Count == 0 || person is null)
        {
            return Refused(string.Empty, "People.NotOnList");
        }

        var before = RolesHeld.From(memberships);
        if (before.Version != seen)
        {
            return Refused(string.Empty, "People.RolesOutOfDate");
        }

        var taking = before.Roles.Except(wanted).ToList();
        var giving = wanted.Except(before.Roles).ToList();
        if (taking.Contains(OrganisationRole.OrganisationAdmin) && !await PeopleService.HasAnotherAdminAsync(db, organisationId, personId, cancellationToken))
        {
            return Refused("Roles", "People.LastOrganisationAdmin");
        }

        var now = clock.GetUtcNow();
        foreach (var role in taking)
        {
            var membership = memberships.Single(m => m.Role == role);
            membership.End(actorId, now);
            db.AuditEntries.Add(new AuditEntry(now, AuditActions.RoleTaken, actorId, personId, organisationId, membership.Id));
        }

        foreach (var role in giving)
        {
            var membership = memberships.SingleOrDefault(m => m.Role == role);
            if (membership is null)
            {
                membership = new Membership(Guid.CreateVersion7(now), personId, organisationId, role, now, actorId);
                db.Memberships.Add(membership);
                memberships.Add(membership);
            }

            membership.Give(actorId, now);
            db.AuditEntries.Add(new AuditEntry(now, AuditActions.RoleGranted, actorId, personId, organisationId, membership.Id));
        }

        if (taking.Count == 0 && giving.Count == 0)
        {
            return Result<RolesHeld>.Success(before);
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another server's change to the same rows got there first (a concurrency token or the one-row-per-role index).
            return Refused(string.Empty, "People.RolesOutOfDate");
        }

        var after = RolesHeld.From(memberships);
        Tell(work, person, organisation, after);
        return Result<RolesHeld>.Success(after);
    }

    /// <summary>
    /// On PostgreSQL, locks the person's memberships in the organisation and its admins' until the act ends, so a
    /// second admin changing the same person, or two admins each taking the other's admin role, waits for the first
    /// and then reads what it did (and is refused as out of date, or as the last admin). Locked in id order, so two
    /// changes never wait for each other in a circle. On SQLite the act already holds the only write lock.
    /// </summary>
    private static async Task LockAsync(CoproduceDbContext db, Guid organisationId, Guid personId, CancellationToken cancellationToken)
    {
        if (!db.Database.IsNpgsql())
        {
            return;
        }

        var admin = (int)OrganisationRole.OrganisationAdmin;
        var active = (int)MembershipStatus.Active;
        await db.Database.SqlQuery<Guid>($"""
            SELECT "Id" AS "Value" FROM "Memberships"
            WHERE "OrganisationId" = {organisationId} AND ("PersonId" = {personId} OR ("Role" = {admin} AND "Status" = {active}))
            ORDER BY "Id" FOR UPDATE
            """).ToListAsync(cancellationToken);
    }

    private void Tell(UnitOfWork work, Person person, Organisation organisation, RolesHeld roles)
    {
        if (person.Profile.Email is not { } email)
        {
            return;
        }

        var language = person.Profile.Language;
        var culture = language.Culture();
        var names = string.Join(", ", roles.Roles.Select(r => new RoleName(r).ToString(null, culture)));
        outbox.EnqueueEmail(work, email, person.Id, culture, NotificationTemplate.RolesChanged,
            [person.Profile.Name, organisation.NameIn(language), names], person.IsDemo);
    }

    private static Result<RolesHeld> Refused(string field, string code, params object[] arguments) =>
        Result<RolesHeld>.Refused(new FieldError(field, code, arguments));
}

/// <summary>A role's name in the reader's language, for a message that names one.</summary>
internal sealed record RoleName(OrganisationRole Role) : IFormattable
{
    public string ToString(string? format, IFormatProvider? formatProvider) =>
        CoreMessages.Format("People.RoleName." + Role, formatProvider as System.Globalization.CultureInfo ?? System.Globalization.CultureInfo.CurrentCulture);
}

/// <summary>A person's active roles in one organisation, and a version that changes whenever any of them does.</summary>
/// <param name="Roles">The active roles, in the enum's order.</param>
/// <param name="Version">
/// The roles and when each last changed, as text: a change carries the version it was made from, so a change made
/// from an older picture is refused rather than undoing someone else's.
/// </param>
public sealed record RolesHeld(IReadOnlyList<OrganisationRole> Roles, string Version)
{
    internal static RolesHeld From(IEnumerable<Membership> memberships)
    {
        var all = memberships.OrderBy(m => m.Role).ToList();
        var version = string.Join(';', all.Select(m =>
            $"{(int)m.Role}:{(int)m.Status}:{(m.EndedAt ?? m.DecidedAt ?? m.RequestedAt).ToUnixTimeMilliseconds()}"));
        return new RolesHeld([.. all.Where(m => m.Status == MembershipStatus.Active).Select(m => m.Role)], version);
    }
}
