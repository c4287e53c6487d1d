using Coproduce.Core.Audit;
using Coproduce.Core.Common;
using Coproduce.Core.Data;
using Coproduce.Core.People;
using Microsoft.EntityFrameworkCore;

namespace Coproduce.Core.Transport;

/// <summary>
/// The service's volunteer drivers and their checks: a coordinator records them from the documents, and everyone
/// asks <see cref="DriverRules"/> whether a driver may take a vehicle out.
/// </summary>
public sealed class DriverService(IDbContextFactory<CoproduceDbContext> contexts, UnitsOfWork units, TimeProvider clock)
{
    /// <summary>
    /// Records a driver's checks, replacing what was there, and audits who did it. Refused, changing nothing, unless
    /// the actor coordinates the service and the person drives for it; for dates in the future, a licence held before
    /// the driver was 17, or a MiDAS level without the day it was passed.
    /// </summary>
    public Task<Result<DriverChecks>> RecordAsync(Guid actorId, Guid serviceId, Guid driverId, DriverChecksInput input,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        return units.RunAsync(async (work, token) =>
        {
            if (await TransportAccess.RefuseUnlessOpenServiceAsync(work, serviceId, token) is { } closed)
            {
                return Result<DriverChecks>.Refused(closed);
            }

            if (!await TransportAccess.CoordinatesAsync(work.Db, actorId, serviceId, token))
            {
                return Result<DriverChecks>.Refused(new FieldError(string.Empty, "Transport.NotCoordinator"));
            }

            if (!await PeopleService.HasRoleAsync(work.Db, driverId, serviceId, [OrganisationRole.Driver], token))
            {
                return Result<DriverChecks>.Refused(new FieldError(string.Empty, "Transport.NotADriver"));
            }

            var errors = new List<FieldError>();
            if (Check(input, UkTime.Today(clock), errors) is not { } details)
            {
                return Result<DriverChecks>.Refused(errors);
            }

            var now = clock.GetUtcNow();
            var checks = await work.Db.TransportDriverChecks.SingleOrDefaultAsync(c => c.ServiceId == serviceId && c.PersonId == driverId, token);
            if (checks is null)
            {
                checks = new DriverChecks(serviceId, driverId, details, actorId, now);
                work.Db.TransportDriverChecks.Add(checks);
            }
            else
            {
                checks.Change(details, actorId, now);
            }

            work.Db.AuditEntries.Add(new AuditEntry(now, AuditActions.DriverChecksRecorded, actorId, driverId, serviceId, driverId));
            await work.Db.SaveChangesAsync(token);
            return Result<DriverChecks>.Success(checks);
        }, cancellationToken);
    }

    /// <summary>The service's drivers, by name, each with their checks when recorded.</summary>
    public async Task<IReadOnlyList<DriverView>> DriversAsync(Guid serviceId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var drivers = await (from m in db.Memberships.AsNoTracking()
                             join p in db.People.AsNoTracking() on m.PersonId equals p.Id
                             where m.OrganisationId == serviceId && m.Role == OrganisationRole.Driver && m.Status == MembershipStatus.Active
                             select new DriverView(p.Id, p.Profile.Name,
                                 db.TransportDriverChecks.SingleOrDefault(c => c.ServiceId == serviceId && c.PersonId == p.Id)))
            .ToListAsync(cancellationToken);
        return [.. drivers.OrderBy(d => d.Name, StringComparer.CurrentCulture)];
    }

    /// <summary>One driver of the service with their checks; none when the person doesn't drive for it.</summary>
    public async Task<DriverView?> DriverAsync(Guid serviceId, Guid driverId, CancellationToken cancellationToken = default) =>
        (await DriversAsync(serviceId, cancellationToken)).SingleOrDefault(d => d.PersonId == driverId);

    /// <summary>Why the driver may not take the vehicle out on the day; none when they may.</summary>
    public async Task<IReadOnlyList<FieldError>> WhyNotAsync(Guid serviceId, Guid driverId, Guid vehicleId, DateOnly day, bool wheelchairAboard,
        CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var vehicle = await db.TransportVehicles.AsNoTracking().SingleOrDefaultAsync(v => v.Id == vehicleId && v.ServiceId == serviceId, cancellationToken);
        if (vehicle is null)
        {
            return [new FieldError("Vehicle", "Transport.UnknownVehicle")];
        }

        var checks = await db.TransportDriverChecks.AsNoTracking().SingleOrDefaultAsync(c => c.ServiceId == serviceId && c.PersonId == driverId, cancellationToken);
        return DriverRules.WhyNot(checks, vehicle, day, wheelchairAboard);
    }

    /// <summary>
    /// What has run out or runs out within <see cref="DriverRules.WarningDays"/> of <paramref name="today"/>: drivers'
    /// checks and vehicles' permits, the soonest first.
    /// </summary>
    public async Task<IReadOnlyList<Expiring>> ExpiringAsync(Guid serviceId, DateOnly today, CancellationToken cancellationToken = default)
    {
        var horizon = today.AddDays(DriverRules.WarningDays);
        var expiring = new List<Expiring>();
        foreach (var driver in await DriversAsync(serviceId, cancellationToken))
        {
            if (driver.Checks is null)
            {
                continue;
            }

            var expiries = DriverRules.ExpiriesOf(driver.Checks);
            expiring.AddRange(new[] { (ExpiringCheck.Midas, expiries.Midas), (ExpiringCheck.Pats, expiries.Pats), (ExpiringCheck.Dbs, expiries.Dbs) }
                .Where(e => e.Item2 <= horizon).Select(e => new Expiring(e.Item1, driver.Name, driver.PersonId, e.Item2!.Value)));
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var permits = await db.TransportVehicles.AsNoTracking().Where(v => v.ServiceId == serviceId && v.PermitExpiresOn <= horizon)
            .Select(v => new Expiring(ExpiringCheck.Permit, v.Name, v.Id, v.PermitExpiresOn)).ToListAsync(cancellationToken);
        return [.. expiring.Concat(permits).OrderBy(e => e.LastDay).ThenBy(e => e.Whose, StringComparer.CurrentCulture)];
    }

    private static DriverCheckDetails? Check(DriverChecksInput input, DateOnly today, List<FieldError> errors)
    {
        var licence = TransportInput.Choice<DrivingLicence>("Licence", input.Licence, "Transport.LicenceRequired", errors);
        var born = TransportInput.PastDay("BornOn", input.BornOn, "Transport.BornOnRequired", today, errors);
        var held = TransportInput.PastDay("LicenceHeldSince", input.LicenceHeldSince, "Transport.HeldSinceRequired", today, errors);
        if (born is not null && held < born.Value.AddYears(17))
        {
            errors.Add(new FieldError("LicenceHeldSince", "Transport.HeldBefore17"));
        }

        var midas = TransportInput.Choice<MidasLevel>("Midas", input.Midas, "Transport.MidasRequired", errors);
        var midasOn = TransportInput.PastDay("MidasPassedOn", input.MidasPassedOn, midas is MidasLevel.None or null ? null : "Transport.MidasDayRequired",
            today, errors);
        var pats = TransportInput.PastDay("PatsPassedOn", input.PatsPassedOn, null, today, errors);
        var dbs = TransportInput.PastDay("DbsCheckedOn", input.DbsCheckedOn, null, today, errors);
        return errors.Count > 0 ? null
            : new DriverCheckDetails(licence!.Value, born!.Value, held!.Value, midas!.Value, midas == MidasLevel.None ? null : midasOn, pats, dbs);
    }
}

/// <summary>A driver's checks as a coordinator types them from the documents; days are <c>yyyy-M-d</c>.</summary>
/// <param name="Licence">"B" or "D1".</param>
/// <param name="BornOn">Their date of birth.</param>
/// <param name="LicenceHeldSince">Since when they have held the licence.</param>
/// <param name="Midas">"None", "Standard" or "Accessible".</param>
/// <param name="MidasPassedOn">When they passed MiDAS; blank when not taken.</param>
/// <param name="PatsPassedOn">When they passed PATS; blank when not taken.</param>
/// <param name="DbsCheckedOn">The date on their DBS certificate; blank before it came back.</param>
public sealed record DriverChecksInput(string? Licence, string? BornOn, string? LicenceHeldSince, string? Midas, string? MidasPassedOn,
    string? PatsPassedOn, string? DbsCheckedOn);

/// <summary>A driver of the service.</summary>
/// <param name="PersonId">Who.</param>
/// <param name="Name">Their name.</param>
/// <param name="Checks">Their checks; none before a coordinator records them.</param>
public sealed record DriverView(Guid PersonId, string Name, DriverChecks? Checks);

/// <summary>What runs out.</summary>
public enum ExpiringCheck
{
    /// <summary>A driver's MiDAS certificate.</summary>
    Midas,

    /// <summary>A driver's PATS certificate.</summary>
    Pats,

    /// <summary>A driver's DBS check, due for renewal.</summary>
    Dbs,

    /// <summary>A vehicle's Section 19 permit.</summary>
    Permit,
}

/// <summary>One check or permit that runs out soon, or has.</summary>
/// <param name="What">Which.</param>
/// <param name="Whose">The driver's or the vehicle's name.</param>
/// <param name="Id">The driver's or the vehicle's id.</param>
/// <param name="LastDay">The last day it covers.</param>
public sealed record Expiring(ExpiringCheck What, string Whose, Guid Id, DateOnly LastDay);
