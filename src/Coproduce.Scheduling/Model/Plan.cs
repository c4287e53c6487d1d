namespace Coproduce.Scheduling.Model;

/// <summary>A visit in a route: the pickup or drop-off of one request, and when service starts.</summary>
/// <param name="RequestIndex">Index into <see cref="Problem.Requests"/>.</param>
/// <param name="IsPickup">True for the pickup, false for the drop-off.</param>
/// <param name="ServiceStart">When service starts (the scheduled time).</param>
public sealed record PlannedStop(int RequestIndex, bool IsPickup, double ServiceStart);

/// <summary>One vehicle's run.</summary>
/// <param name="VehicleIndex">Index into <see cref="Problem.Vehicles"/>.</param>
/// <param name="Stops">Visits in order, depots excluded.</param>
/// <param name="Departure">When the vehicle leaves its start depot.</param>
/// <param name="Return">When it arrives at its end depot.</param>
/// <param name="Distance">Distance driven, depots included.</param>
public sealed record PlannedRoute(int VehicleIndex, IReadOnlyList<PlannedStop> Stops, double Departure, double Return, double Distance);

/// <summary>A request the plan does not carry, and why.</summary>
/// <param name="RequestIndex">Index into <see cref="Problem.Requests"/>.</param>
/// <param name="Reason">A sentence a coordinator can act on.</param>
public sealed record UnservedRequest(int RequestIndex, string Reason);

/// <summary>A planned evening: the routes driven and the requests left out.</summary>
/// <param name="Routes">Routes of vehicles that are used; unused vehicles have no route.</param>
/// <param name="Unserved">Requests not carried, each with the reason.</param>
public sealed record Plan(IReadOnlyList<PlannedRoute> Routes, IReadOnlyList<UnservedRequest> Unserved)
{
    /// <summary>Total distance driven.</summary>
    public double Distance => Routes.Sum(r => r.Distance);
}
