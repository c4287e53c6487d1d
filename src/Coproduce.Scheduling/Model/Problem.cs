namespace Coproduce.Scheduling.Model;

/// <summary>A place on the plane; distances are Euclidean and travel time equals distance.</summary>
/// <param name="X">Horizontal coordinate.</param>
/// <param name="Y">Vertical coordinate.</param>
public readonly record struct Point(double X, double Y)
{
    /// <summary>Straight-line distance, unrounded, as the DARP literature uses it.</summary>
    public double DistanceTo(Point other)
    {
        var dx = X - other.X;
        var dy = Y - other.Y;
        return Math.Sqrt((dx * dx) + (dy * dy));
    }
}

/// <summary>Bounds on the start of service (arriving early and waiting is allowed).</summary>
/// <param name="Earliest">Service may not start before this time.</param>
/// <param name="Latest">Service may not start after this time.</param>
public readonly record struct TimeWindow(double Earliest, double Latest)
{
    /// <summary>A window that never binds.</summary>
    public static TimeWindow Open => new(0, double.PositiveInfinity);
}

/// <summary>One end of a journey: where, how long boarding or alighting takes, and when it may start.</summary>
/// <param name="Location">Where the stop is.</param>
/// <param name="ServiceTime">Time spent at the stop (boarding or alighting).</param>
/// <param name="Window">When service may start.</param>
public sealed record Place(Point Location, double ServiceTime, TimeWindow Window);

/// <summary>A booking: carry <paramref name="Passengers"/> from pickup to drop-off.</summary>
/// <param name="Id">The caller's reference, used in messages.</param>
/// <param name="Pickup">Where and when the passengers board.</param>
/// <param name="Dropoff">Where and when they alight.</param>
/// <param name="Passengers">Seats needed (people who are not in a wheelchair).</param>
/// <param name="Wheelchairs">Wheelchair spaces needed.</param>
/// <param name="MaxRideTime">Longest time on board: drop-off start minus (pickup start + pickup service).</param>
public sealed record Request(string Id, Place Pickup, Place Dropoff, int Passengers, int Wheelchairs, double MaxRideTime);

/// <summary>A vehicle and its driver for the evening.</summary>
/// <param name="Id">The caller's reference, used in messages.</param>
/// <param name="StartDepot">Where the route starts.</param>
/// <param name="EndDepot">Where the route ends.</param>
/// <param name="Seats">Seat capacity.</param>
/// <param name="WheelchairSpaces">Wheelchair spaces; 0 for a vehicle that can't take a wheelchair.</param>
/// <param name="Availability">The vehicle leaves the start depot no earlier than Earliest and is back by Latest.</param>
/// <param name="MaxRouteDuration">Longest route (return minus departure), e.g. the driver's shift length.</param>
public sealed record Vehicle(
    string Id,
    Point StartDepot,
    Point EndDepot,
    int Seats,
    int WheelchairSpaces,
    TimeWindow Availability,
    double MaxRouteDuration)
{
    /// <summary>
    /// The driver's shift when it is narrower than the vehicle's availability; the route must fit in both.
    /// </summary>
    public TimeWindow? DriverShift { get; init; }

    /// <summary>The window the route must fit in: the vehicle's availability intersected with the driver's shift.</summary>
    public TimeWindow EffectiveWindow => DriverShift is { } shift
        ? new TimeWindow(Math.Max(Availability.Earliest, shift.Earliest), Math.Min(Availability.Latest, shift.Latest))
        : Availability;

    /// <summary>The longest route allowed: the duration limit, and no longer than the effective window.</summary>
    public double EffectiveMaxDuration => Math.Min(MaxRouteDuration, EffectiveWindow.Latest - EffectiveWindow.Earliest);
}

/// <summary>A static dial-a-ride problem: requests to serve with a fleet, minimising total distance.</summary>
/// <param name="Requests">The bookings; their index is how plans refer to them.</param>
/// <param name="Vehicles">The fleet; their index is how plans refer to them.</param>
public sealed record Problem(IReadOnlyList<Request> Requests, IReadOnlyList<Vehicle> Vehicles);
