using Coproduce.Core.Audit;
using Coproduce.Core.Common;
using Coproduce.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Coproduce.Core.Transport;

/// <summary>
/// Passengers: who may ride and what they need. Someone registers themselves online and waits for a coordinator to
/// check it and place their home on a map; a coordinator registering someone from a phone call does both at once.
/// </summary>
public sealed class PassengerService(IDbContextFactory<CoproduceDbContext> contexts, UnitsOfWork units, TimeProvider clock)
{
    /// <summary>The longest address, reason or contact name kept.</summary>
    public const int MaximumTextLength = 300;

    /// <summary>
    /// Registers <paramref name="personId"/> as a passenger, or changes their registration. The person may register
    /// themselves; a coordinator may register anyone, and must place their home. Refused, changing nothing, for
    /// anyone else; for a service with no booking rules yet; for someone the permit can't carry; for a home outside
    /// the service's area; or for missing details.
    /// </summary>
    public Task<Result<Passenger>> RegisterAsync(Guid actorId, Guid serviceId, Guid personId, PassengerInput input,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        return units.RunAsync(async (work, token) =>
        {
            if (await TransportAccess.RefuseUnlessOpenServiceAsync(work, serviceId, token) is { } closed)
            {
                return Result<Passenger>.Refused(closed);
            }

            var coordinates = await TransportAccess.CoordinatesAsync(work.Db, actorId, serviceId, token);
            if (actorId != personId && !coordinates)
            {
                return Result<Passenger>.Refused(new FieldError(string.Empty, "Transport.NotYourRegistration"));
            }

            if (!await work.Db.People.AnyAsync(p => p.Id == personId, token))
            {
                return Result<Passenger>.Refused(new FieldError(string.Empty, "People.UnknownPerson"));
            }

            if (await work.Db.TransportBookingRules.SingleOrDefaultAsync(r => r.ServiceId == serviceId, token) is not { } rules)
            {
                return Result<Passenger>.Refused(new FieldError(string.Empty, "Transport.NoBookingRules"));
            }

            var errors = new List<FieldError>();
            var details = Check(input, rules, UkTime.Today(clock), homeRequired: coordinates, errors);
            if (details is null)
            {
                return Result<Passenger>.Refused(errors);
            }

            var now = clock.GetUtcNow();
            var passenger = await work.Db.TransportPassengers.SingleOrDefaultAsync(p => p.ServiceId == serviceId && p.PersonId == personId, token);
            if (passenger is null)
            {
                passenger = new Passenger(serviceId, personId, details, actorId, now);
                work.Db.TransportPassengers.Add(passenger);
            }
            else
            {
                // A passenger changing their own details keeps the home a coordinator placed unless they give a new one.
                passenger.Change(details.Home is null ? details with { Home = passenger.Home } : details);
            }

            if (coordinates && passenger.Home is { } home)
            {
                passenger.Confirm(home, actorId, now);
            }

            work.Db.AuditEntries.Add(new AuditEntry(now, AuditActions.PassengerRegistered, actorId, personId, serviceId, personId));
            await work.Db.SaveChangesAsync(token);
            return Result<Passenger>.Success(passenger);
        }, cancellationToken);
    }

    /// <summary>
    /// The service's passengers with their names, those waiting for a check first, then by name; only
    /// <paramref name="only"/>, when given (an evening's travellers, say).
    /// </summary>
    public async Task<IReadOnlyList<PassengerListing>> PassengersAsync(Guid serviceId, IReadOnlyCollection<Guid>? only = null,
        CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var passengers = await (
            from passenger in db.TransportPassengers.AsNoTracking()
            join person in db.People.AsNoTracking() on passenger.PersonId equals person.Id
            where passenger.ServiceId == serviceId && (only == null || only.Contains(passenger.PersonId))
            select new PassengerListing(passenger, person.Profile.Name, person.Profile.Phone)).ToListAsync(cancellationToken);
        return [.. passengers.OrderBy(p => p.Passenger.IsConfirmed).ThenBy(p => p.Name, StringComparer.CurrentCulture)];
    }

    /// <summary>One person's registration with the service, or none.</summary>
    public async Task<Passenger?> PassengerAsync(Guid serviceId, Guid personId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.TransportPassengers.AsNoTracking().SingleOrDefaultAsync(p => p.ServiceId == serviceId && p.PersonId == personId, cancellationToken);
    }

    private static PassengerDetails? Check(PassengerInput input, BookingRules rules, DateOnly today, bool homeRequired, List<FieldError> errors)
    {
        var bornOn = TransportInput.PastDay("DateOfBirth", input.DateOfBirth, "Transport.DateOfBirthRequired", today, errors);
        var grounds = input.Grounds.Aggregate(EligibilityGrounds.None, (all, ground) => Enum.TryParse<EligibilityGrounds>(ground, out var one)
            && one != EligibilityGrounds.None && Enum.IsDefined(one) && !int.TryParse(ground, out _) ? all | one : all);
        if (bornOn is not null && PassengerRules.WhyNotEligible(grounds, bornOn.Value, rules, today) is { } ineligible)
        {
            errors.Add(ineligible);
        }

        var why = TransportInput.Text("WhyNotOrdinaryBus", input.WhyNotOrdinaryBus, MaximumTextLength, "Transport.WhyNotBusRequired", errors);
        var mobility = TransportInput.Choice<Mobility>("Mobility", input.Mobility, "Transport.MobilityRequired", errors);
        var companion = TransportInput.Choice<Companion>("Companion", string.IsNullOrWhiteSpace(input.Companion) ? nameof(Companion.None) : input.Companion,
            "Transport.CompanionRequired", errors);
        var companionMobility = companion is null or Companion.None ? Mobility.Walks
            : TransportInput.Choice<Mobility>("CompanionMobility", input.CompanionMobility, "Transport.CompanionMobilityRequired", errors);
        var address = TransportInput.Text("HomeAddress", input.HomeAddress, MaximumTextLength, "Transport.HomeAddressRequired", errors);
        var home = TransportInput.Location("HomeLocation", input.HomeLocation, homeRequired ? "Transport.LocationRequired" : null, errors);
        if (home is { } place && !rules.Covers(place))
        {
            errors.Add(TransportInput.OutsideArea("HomeLocation", place, rules));
        }

        var contact = TransportInput.Text("EmergencyContactName", input.EmergencyContactName, MaximumTextLength, "Transport.EmergencyContactRequired", errors);
        var contactPhone = TransportInput.Text("EmergencyContactPhone", input.EmergencyContactPhone, 30, "Transport.EmergencyPhoneRequired", errors);
        return errors.Count > 0 ? null
            : new PassengerDetails(bornOn!.Value, grounds, why!, mobility!.Value, companion!.Value, companionMobility!.Value, address!, home, contact!,
                contactPhone!);
    }
}

/// <summary>A passenger and the name and phone People hold for them.</summary>
public sealed record PassengerListing(Passenger Passenger, string Name, string? Phone);

/// <summary>A passenger's registration as typed on the form.</summary>
/// <param name="DateOfBirth"><c>yyyy-M-d</c>.</param>
/// <param name="Grounds">"Age", "Disability", "Mobility", "NoSuitableBus".</param>
/// <param name="WhyNotOrdinaryBus">In their words.</param>
/// <param name="Mobility">"Walks", "WalkingAid", "WheelchairTransfers" or "StaysInWheelchair".</param>
/// <param name="Companion">"None", "Escort" or "Companion"; blank for none.</param>
/// <param name="CompanionMobility">How the companion gets about.</param>
/// <param name="HomeAddress">Where they are picked up.</param>
/// <param name="HomeLocation">"latitude, longitude"; a coordinator must give it.</param>
/// <param name="EmergencyContactName">Whom to call.</param>
/// <param name="EmergencyContactPhone">Their number.</param>
public sealed record PassengerInput(string? DateOfBirth, IReadOnlyList<string> Grounds, string? WhyNotOrdinaryBus, string? Mobility, string? Companion,
    string? CompanionMobility, string? HomeAddress, string? HomeLocation, string? EmergencyContactName, string? EmergencyContactPhone);
