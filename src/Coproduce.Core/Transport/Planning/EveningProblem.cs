using Coproduce.Core.Common;
using Coproduce.Scheduling.Model;
using SchedulingVehicle = Coproduce.Scheduling.Model.Vehicle;

namespace Coproduce.Core.Transport.Planning;

/// <summary>
/// Turns an evening's bookings, the vehicles spare that evening and the drivers free to take them into the scheduling
/// engine's <see cref="Problem"/>, and keeps the map back: request i is <see cref="Bookings"/>[i] and vehicle k is
/// <see cref="Crews"/>[k]. Times are minutes after the service's first pickup; places are projected onto a plane
/// measured in minutes of driving, so the engine's straight-line distance is <see cref="TravelTimes"/>' estimate.
/// </summary>
public sealed class EveningProblem
{
    /// <summary>The pickup window a passenger is told: a pickup time asked for becomes "between then and 15 minutes later".</summary>
    public const int WindowMinutes = 15;

    private EveningProblem(Problem problem, IReadOnlyList<Booking> bookings, IReadOnlyList<Crew> crews, IReadOnlyList<FieldError> leftOut)
    {
        (Problem, Bookings, Crews, LeftOut) = (problem, bookings, crews, leftOut);
    }

    /// <summary>What the engine plans.</summary>
    public Problem Problem { get; }

    /// <summary>The bookings, in request order.</summary>
    public IReadOnlyList<Booking> Bookings { get; }

    /// <summary>The vehicles and their drivers, in vehicle order.</summary>
    public IReadOnlyList<Crew> Crews { get; }

    /// <summary>Vehicles spare that evening that no driver is free or allowed to take, with the reason.</summary>
    public IReadOnlyList<FieldError> LeftOut { get; }

    /// <summary>
    /// Builds the evening. Each vehicle spare and permitted that evening is given the first driver (in the order
    /// given) who is free for the whole of the vehicle's evening and whom <see cref="DriverRules"/> allows to take
    /// it, with a wheelchair aboard when it has a wheelchair space; a driver takes one vehicle.
    /// </summary>
    /// <remarks>
    /// A booking's pickup window as told to the passenger binds, unless it is among <paramref name="released"/>: the
    /// trips that couldn't be carried inside the window told, planned again in the window they asked for.
    /// </remarks>
    public static EveningProblem Build(BookingRules rules, DateOnly evening, IReadOnlyList<Booking> bookings, IReadOnlyList<Vehicle> vehicles,
        IReadOnlyList<FreeDriver> drivers, IReadOnlySet<Guid>? released = null)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(bookings);
        ArgumentNullException.ThrowIfNull(vehicles);
        ArgumentNullException.ThrowIfNull(drivers);
        var requests = bookings.Select(b => Request(rules, b, released?.Contains(b.Id) == true)).ToList();
        var crews = new List<Crew>();
        var leftOut = new List<FieldError>();
        var taken = new HashSet<Guid>();
        // Wheelchair-accessible vehicles are crewed first: they are the scarce ones.
        foreach (var vehicle in vehicles.Where(v => v.IsSpareOn(evening) && v.IsPermittedOn(evening)).OrderByDescending(v => v.WheelchairSpaces)
            .ThenBy(v => v.Name, StringComparer.Ordinal))
        {
            var driver = drivers.FirstOrDefault(d => !taken.Contains(d.Driver.PersonId)
                && d.Availability.Covers(evening, vehicle.SpareFrom, vehicle.SpareUntil)
                && DriverRules.WhyNot(d.Driver.Checks, vehicle, evening, wheelchairAboard: vehicle.WheelchairSpaces > 0).Count == 0);
            if (driver is null)
            {
                leftOut.Add(new FieldError(string.Empty, "Transport.NoDriverFor", vehicle.Name));
                continue;
            }

            taken.Add(driver.Driver.PersonId);
            crews.Add(new Crew(vehicle, driver.Driver));
        }

        var fleet = crews.Select(c => Fleet(rules, c)).ToList();
        return new EveningProblem(new Problem(requests, fleet), bookings, crews, leftOut);
    }

    /// <summary>Minutes after the evening starts, with times shortly before it (a vehicle spare from 17:30) negative.</summary>
    public static double Minutes(BookingRules rules, TimeOnly time)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var after = EveningClock.MinutesAfter(rules.ServiceFrom, time);
        return after > 18 * 60 ? after - (24 * 60) : after;
    }

    /// <summary>The clock time <paramref name="minutes"/> after the evening starts, to the nearest minute.</summary>
    public static TimeOnly TimeAt(BookingRules rules, double minutes)
    {
        ArgumentNullException.ThrowIfNull(rules);
        return rules.ServiceFrom.AddMinutes(Math.Round(minutes));
    }

    /// <summary>
    /// The pickup window to tell a passenger whose pickup is planned <paramref name="pickupMinutes"/> after the
    /// evening starts: the window they were told, while the pickup is inside it; otherwise the window they asked for,
    /// or for a time to arrive, a quarter of an hour starting on the five minutes before the planned pickup, so the
    /// plan can move a little and still keep its word.
    /// </summary>
    public static (TimeOnly From, TimeOnly Until) ToldWindow(BookingRules rules, Booking booking, double pickupMinutes)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(booking);
        if (booking.ToldFrom is { } told && booking.ToldUntil is { } until
            && pickupMinutes >= Minutes(rules, told) - 0.5 && pickupMinutes <= Minutes(rules, until) + 0.5)
        {
            return (told, until);
        }

        var from = booking.TimeIs == TripTime.PickUpAt ? Minutes(rules, booking.Time) : Math.Max(0, Math.Floor((pickupMinutes - 5) / 5) * 5);
        return (TimeAt(rules, from), TimeAt(rules, from + WindowMinutes));
    }

    /// <summary>Where a place falls on the plane, in minutes of driving east and north of the area's centre.</summary>
    public static Point Project(BookingRules rules, GeoPoint place)
    {
        ArgumentNullException.ThrowIfNull(rules);
        const double KilometresPerDegree = 111.195;
        var centre = rules.AreaCentre;
        var east = (place.Longitude - centre.Longitude) * KilometresPerDegree * Math.Cos(centre.Latitude * Math.PI / 180);
        var north = (place.Latitude - centre.Latitude) * KilometresPerDegree;
        var minutesPerKilometre = TravelTimes.RoadFactor / TravelTimes.AverageSpeedKmh * 60;
        return new Point(east * minutesPerKilometre, north * minutesPerKilometre);
    }

    /// <summary>Boarding and alighting: two minutes, five more for each wheelchair on the ramp or lift, one for each companion.</summary>
    public static double ServiceMinutes(Booking booking)
    {
        ArgumentNullException.ThrowIfNull(booking);
        return 2 + (5 * booking.WheelchairSpaces) + Math.Max(0, booking.Seats + booking.WheelchairSpaces - 1);
    }

    /// <summary>The longest anyone sits on board: the direct drive and half as long again, plus a quarter of an hour.</summary>
    public static double MaxRideMinutes(double directMinutes) => (directMinutes * 1.5) + 15;

    private static Request Request(BookingRules rules, Booking booking, bool released)
    {
        var (from, to) = (Project(rules, booking.From), Project(rules, booking.To));
        var service = ServiceMinutes(booking);
        var asked = Minutes(rules, booking.Time);
        var end = Minutes(rules, rules.ServiceUntil);
        var open = new TimeWindow(0, end);
        var (pickup, dropoff) = booking.TimeIs == TripTime.PickUpAt
            ? (new TimeWindow(asked, asked + WindowMinutes), open)
            : (open, new TimeWindow(asked - WindowMinutes, asked));
        if (!released && booking.ToldFrom is { } told && booking.ToldUntil is { } until)
        {
            // Once the passenger has been told when to be ready, planning again keeps to it.
            pickup = new TimeWindow(Minutes(rules, told), Minutes(rules, until));
        }

        return new Request(booking.Reference, new Place(from, service, pickup), new Place(to, service, dropoff), booking.Seats, booking.WheelchairSpaces,
            MaxRideMinutes(from.DistanceTo(to)));
    }

    private static SchedulingVehicle Fleet(BookingRules rules, Crew crew)
    {
        var vehicle = crew.Vehicle;
        var depot = Project(rules, vehicle.BaseLocation ?? rules.AreaCentre);
        var (leave, back) = (Minutes(rules, vehicle.SpareFrom), Minutes(rules, vehicle.SpareUntil));
        return new SchedulingVehicle(vehicle.Name, depot, depot, vehicle.Seats, vehicle.Access == VehicleAccess.Steps ? 0 : vehicle.WheelchairSpaces,
            new TimeWindow(leave, back), back - leave);
    }
}

/// <summary>A vehicle and the driver taking it out for the evening.</summary>
public sealed record Crew(Vehicle Vehicle, DriverView Driver);

/// <summary>A driver, their checks and when they drive.</summary>
public sealed record FreeDriver(DriverView Driver, Availability Availability);
