namespace Coproduce.Core.Transport.Planning;

/// <summary>What a plan's runs name, looked up once for a page: the trips, their passengers, the vehicles and the drivers.</summary>
public sealed class RunSheets(BookingService bookings, PassengerService passengers, FleetService fleet, DriverService drivers)
{
    /// <summary>The sheet for <paramref name="runs"/> and the trips <paramref name="leftOut"/>.</summary>
    public async Task<RunSheet> SheetAsync(Guid serviceId, IEnumerable<PlannedRun> runs, IEnumerable<UnplannedTrip> leftOut,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(runs);
        ArgumentNullException.ThrowIfNull(leftOut);
        var ids = runs.SelectMany(r => r.Stops).Select(s => s.BookingId).Concat(leftOut.Select(u => u.BookingId)).ToHashSet();
        var trips = (await bookings.BookingsAsync(serviceId, ids, cancellationToken)).ToDictionary(b => b.Id);
        var travellers = (await passengers.PassengersAsync(serviceId, [.. trips.Values.Select(b => b.PassengerId).Distinct()], cancellationToken))
            .ToDictionary(p => p.Passenger.PersonId);
        var vehicles = (await fleet.VehiclesAsync(serviceId, cancellationToken)).ToDictionary(v => v.Id);
        var names = (await drivers.DriversAsync(serviceId, cancellationToken)).ToDictionary(d => d.PersonId, d => d.Name);
        return new RunSheet(trips, travellers, vehicles, names);
    }
}

/// <summary>The trips (by booking), passengers (by person), vehicles and drivers' names a plan's runs refer to.</summary>
public sealed record RunSheet(
    IReadOnlyDictionary<Guid, Booking> Trips,
    IReadOnlyDictionary<Guid, PassengerListing> Passengers,
    IReadOnlyDictionary<Guid, Vehicle> Vehicles,
    IReadOnlyDictionary<Guid, string> Drivers)
{
    /// <summary>The trip a stop is for, and who travels; the passenger is none if their registration has gone.</summary>
    public (Booking Trip, PassengerListing? Passenger) Of(Guid bookingId)
    {
        var trip = Trips[bookingId];
        return (trip, Passengers.GetValueOrDefault(trip.PassengerId));
    }

    /// <summary>The driver's name, or blank if they no longer drive for the service.</summary>
    public string DriverOf(PlannedRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        return Drivers.GetValueOrDefault(run.DriverId, string.Empty);
    }
}
