using Coproduce.Core.Common;
using Coproduce.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Coproduce.Core.Transport;

/// <summary>The vehicles a transport service may use: the council's spare minibuses, added by the service's coordinators.</summary>
public sealed class FleetService(IDbContextFactory<CoproduceDbContext> contexts, UnitsOfWork units, TimeProvider clock)
{
    /// <summary>The longest name, base or permit number kept.</summary>
    public const int MaximumTextLength = 100;

    /// <summary>The most passenger seats: a Section 19 permit covers buses, not only minibuses, but no bigger.</summary>
    public const int MaximumSeats = 72;

    /// <summary>The most wheelchair spaces a vehicle is fitted with.</summary>
    public const int MaximumWheelchairSpaces = 10;

    /// <summary>
    /// Adds a vehicle. Refused, adding nothing, unless the actor coordinates the service; for a registration already
    /// in the fleet, wheelchair spaces with no ramp or lift, a permit that has already run out, or no spare day.
    /// </summary>
    public Task<Result<Vehicle>> AddAsync(Guid actorId, Guid serviceId, VehicleInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        return units.RunAsync(async (work, token) =>
        {
            if (await TransportAccess.RefuseUnlessOpenServiceAsync(work, serviceId, token) is { } closed)
            {
                return Result<Vehicle>.Refused(closed);
            }

            if (!await TransportAccess.CoordinatesAsync(work.Db, actorId, serviceId, token))
            {
                return Result<Vehicle>.Refused(new FieldError(string.Empty, "Transport.NotCoordinator"));
            }

            var errors = new List<FieldError>();
            var details = Check(input, UkTime.Today(clock), errors);
            if (details is not null && await work.Db.TransportVehicles.AnyAsync(v => v.ServiceId == serviceId && v.Registration == details.Registration, token))
            {
                errors.Add(new FieldError("Registration", "Transport.RegistrationInFleet", details.Registration));
            }

            if (errors.Count > 0)
            {
                return Result<Vehicle>.Refused(errors);
            }

            var vehicle = new Vehicle(Guid.CreateVersion7(clock.GetUtcNow()), serviceId, details!, actorId, clock.GetUtcNow());
            work.Db.TransportVehicles.Add(vehicle);
            await work.Db.SaveChangesAsync(token);
            return Result<Vehicle>.Success(vehicle);
        }, cancellationToken);
    }

    /// <summary>The service's vehicles, by name.</summary>
    public async Task<IReadOnlyList<Vehicle>> VehiclesAsync(Guid serviceId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var vehicles = await db.TransportVehicles.AsNoTracking().Where(v => v.ServiceId == serviceId).ToListAsync(cancellationToken);
        return [.. vehicles.OrderBy(v => v.Name, StringComparer.CurrentCulture)];
    }

    private static VehicleDetails? Check(VehicleInput input, DateOnly today, List<FieldError> errors)
    {
        var name = TransportInput.Text("Name", input.Name, MaximumTextLength, "Transport.VehicleNameRequired", errors);
        var registration = TransportInput.Text("Registration", input.Registration?.Replace(" ", string.Empty, StringComparison.Ordinal).ToUpperInvariant(),
            10, "Transport.RegistrationRequired", errors);
        var seats = TransportInput.Whole("Seats", input.Seats, 1, MaximumSeats, errors);
        var spaces = TransportInput.Whole("WheelchairSpaces", string.IsNullOrWhiteSpace(input.WheelchairSpaces) ? "0" : input.WheelchairSpaces,
            0, MaximumWheelchairSpaces, errors);
        var access = TransportInput.Choice<VehicleAccess>("Access", input.Access, "Transport.AccessRequired", errors);
        if (spaces > 0 && access == VehicleAccess.Steps)
        {
            errors.Add(new FieldError("Access", "Transport.SpacesNeedAccess"));
        }

        var weight = TransportInput.Whole("GrossWeightKg", input.GrossWeightKg, 1000, 20000, errors);
        var place = TransportInput.Text("Base", input.Base, MaximumTextLength, "Transport.BaseRequired", errors);
        var baseLocation = TransportInput.Location("BaseLocation", input.BaseLocation, null, errors);
        var permit = TransportInput.Text("PermitNumber", input.PermitNumber, 30, "Transport.PermitRequired", errors);
        var expires = TransportInput.Day("PermitExpiresOn", input.PermitExpiresOn, "Transport.PermitExpiryRequired", errors);
        if (expires < today)
        {
            errors.Add(new FieldError("PermitExpiresOn", "Transport.PermitAlreadyExpired"));
        }

        var days = input.SpareDays.Aggregate(SpareDays.None, (all, day) => Enum.TryParse<SpareDays>(day, out var one)
            && SpareDaysCalendar.Week.Contains(one) ? all | one : all);
        if (days == SpareDays.None)
        {
            errors.Add(new FieldError("SpareDays", "Transport.SpareDaysRequired"));
        }

        var from = TransportInput.Time("SpareFrom", input.SpareFrom, errors);
        var until = TransportInput.Time("SpareUntil", input.SpareUntil, errors);
        if (from is not null && from == until)
        {
            errors.Add(new FieldError("SpareUntil", "Transport.SpareNoTime"));
        }

        return errors.Count > 0 ? null
            : new VehicleDetails(name!, registration!, seats!.Value, spaces!.Value, access!.Value, weight!.Value, place!, permit!, expires!.Value, days,
                from!.Value, until!.Value, baseLocation);
    }
}

/// <summary>A vehicle as a coordinator types it in.</summary>
/// <param name="Name">What they call it.</param>
/// <param name="Registration">Its registration mark.</param>
/// <param name="Seats">Passenger seats.</param>
/// <param name="WheelchairSpaces">Wheelchair spaces; blank for none.</param>
/// <param name="Access">"Steps", "Ramp" or "Lift".</param>
/// <param name="GrossWeightKg">Maximum authorised mass in kilograms.</param>
/// <param name="Base">Where it is kept.</param>
/// <param name="PermitNumber">The Section 19 permit's number.</param>
/// <param name="PermitExpiresOn">The permit's last day, <c>yyyy-M-d</c>.</param>
/// <param name="SpareDays">The days it is spare ("Monday" ...).</param>
/// <param name="SpareFrom">Spare from, like 18:00.</param>
/// <param name="SpareUntil">Back by, like 23:30.</param>
/// <param name="BaseLocation">Where the base is, "latitude, longitude"; may be blank.</param>
public sealed record VehicleInput(string? Name, string? Registration, string? Seats, string? WheelchairSpaces, string? Access, string? GrossWeightKg,
    string? Base, string? PermitNumber, string? PermitExpiresOn, IReadOnlyList<string> SpareDays, string? SpareFrom, string? SpareUntil,
    string? BaseLocation = null);
