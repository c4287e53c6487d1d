using Coproduce.Core.Audit;
using Coproduce.Core.Common;
using Coproduce.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Coproduce.Core.People;

/// <summary>
/// Which organisations each commissioning body commissions: linked and unlinked by a site admin, each an audited act;
/// and, for a commissioner, the organisations whose reports they may read (those of every body they are a
/// commissioner of, and no others).
/// </summary>
public sealed class CommissioningService(UnitsOfWork units, IDbContextFactory<CoproduceDbContext> contexts, TimeProvider clock)
{
    /// <summary>The organisations the body commissions, by name.</summary>
    public async Task<IReadOnlyList<Organisation>> CommissionedByAsync(Guid commissioningBodyId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await (
            from c in db.Commissions.AsNoTracking()
            join o in db.Organisations.AsNoTracking() on c.OrganisationId equals o.Id
            where c.CommissioningBodyId == commissioningBodyId
            orderby o.Name
            select o).ToListAsync(cancellationToken);
    }

    /// <summary>The organisations whose reports <paramref name="personId"/> may read as a commissioner, by name.</summary>
    public async Task<IReadOnlyList<Organisation>> ReportsReadableByAsync(Guid personId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await ReadableBy(db, personId).OrderBy(o => o.Name).ToListAsync(cancellationToken);
    }

    /// <summary>Whether <paramref name="personId"/> may read the organisation's reports as a commissioner.</summary>
    public async Task<bool> MayReadReportsAsync(Guid personId, Guid organisationId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await ReadableBy(db, personId).AnyAsync(o => o.Id == organisationId, cancellationToken);
    }

    // The organisations commissioned by any body the person is an active commissioner of.
    private static IQueryable<Organisation> ReadableBy(CoproduceDbContext db, Guid personId)
    {
        var bodies = db.Memberships.Where(m => m.PersonId == personId && m.Role == OrganisationRole.Commissioner && m.Status == MembershipStatus.Active)
            .Select(m => m.OrganisationId);
        var commissioned = db.Commissions.Where(c => bodies.Contains(c.CommissioningBodyId)).Select(c => c.OrganisationId);
        return db.Organisations.AsNoTracking().Where(o => commissioned.Contains(o.Id));
    }

    /// <summary>
    /// Links the body to an organisation it commissions. Refused, changing nothing, unless the actor is a site admin,
    /// the body is a commissioning body, the organisation is not one, and they aren't linked already.
    /// </summary>
    public Task<Result<Commission>> LinkAsync(Guid actorId, Guid commissioningBodyId, Guid organisationId, CancellationToken cancellationToken = default) =>
        units.RunAsync(async (work, token) =>
        {
            var db = work.Db;
            if (await RefuseAsync(db, actorId, commissioningBodyId, organisationId, token) is { } refusal)
            {
                return Result<Commission>.Refused(refusal);
            }

            if (await db.Commissions.AnyAsync(c => c.CommissioningBodyId == commissioningBodyId && c.OrganisationId == organisationId, token))
            {
                return Result<Commission>.Refused(new FieldError("OrganisationId", "Commission.AlreadyLinked"));
            }

            var now = clock.GetUtcNow();
            var commission = new Commission(commissioningBodyId, organisationId, actorId, now);
            db.Commissions.Add(commission);
            db.AuditEntries.Add(new AuditEntry(now, AuditActions.CommissionLinked, actorId, null, commissioningBodyId, organisationId));
            return Result<Commission>.Success(commission);
        }, cancellationToken);

    /// <summary>Ends the link: the body's commissioners no longer see the organisation's reports.</summary>
    public Task<Result<Commission>> UnlinkAsync(Guid actorId, Guid commissioningBodyId, Guid organisationId, CancellationToken cancellationToken = default) =>
        units.RunAsync(async (work, token) =>
        {
            var db = work.Db;
            if (await OrganisationService.RefuseUnlessSiteAdminAsync(db, actorId, token) is { } refusal)
            {
                return Result<Commission>.Refused(refusal);
            }

            var commission = await db.Commissions.SingleOrDefaultAsync(c => c.CommissioningBodyId == commissioningBodyId && c.OrganisationId == organisationId, token);
            if (commission is null)
            {
                return Result<Commission>.Refused(new FieldError(string.Empty, "Commission.NotLinked"));
            }

            db.Commissions.Remove(commission);
            db.AuditEntries.Add(new AuditEntry(clock.GetUtcNow(), AuditActions.CommissionUnlinked, actorId, null, commissioningBodyId, organisationId));
            return Result<Commission>.Success(commission);
        }, cancellationToken);

    private static async Task<FieldError?> RefuseAsync(CoproduceDbContext db, Guid actorId, Guid commissioningBodyId, Guid organisationId,
        CancellationToken cancellationToken)
    {
        if (await OrganisationService.RefuseUnlessSiteAdminAsync(db, actorId, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        var kinds = await db.Organisations.Where(o => o.Id == commissioningBodyId || o.Id == organisationId)
            .Select(o => new { o.Id, o.Kind }).ToListAsync(cancellationToken);
        var body = kinds.SingleOrDefault(k => k.Id == commissioningBodyId);
        var commissioned = kinds.SingleOrDefault(k => k.Id == organisationId);
        if (body is null || body.Kind != OrganisationKind.CommissioningBody)
        {
            return new FieldError(string.Empty, "Commission.NotABody");
        }

        return commissioned is null ? new FieldError("OrganisationId", "Commission.ChooseOrganisation")
            : commissioned.Kind == OrganisationKind.CommissioningBody ? new FieldError("OrganisationId", "Commission.BodyCommissionsBody")
            : null;
    }
}
