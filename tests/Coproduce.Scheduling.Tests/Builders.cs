using Coproduce.Scheduling.Model;

namespace Coproduce.Scheduling.Tests;

/// <summary>Small hand-made problems: requests along a line so distances are easy to read.</summary>
internal static class Builders
{
    public static Place At(double x, double earliest = 0, double latest = 1000, double service = 0) =>
        new(new Point(x, 0), service, new TimeWindow(earliest, latest));

    public static Request Ride(string id, Place pickup, Place dropoff, int passengers = 1, int wheelchairs = 0, double maxRide = 1000) =>
        new(id, pickup, dropoff, passengers, wheelchairs, maxRide);

    public static Vehicle Van(string id = "van", int seats = 4, int wheelchairs = 1, double from = 0, double until = 1000, double maxDuration = 1000) =>
        new(id, new Point(0, 0), new Point(0, 0), seats, wheelchairs, new TimeWindow(from, until), maxDuration);

    public static Problem ProblemOf(IEnumerable<Request> requests, params Vehicle[] vehicles) => new(requests.ToList(), vehicles);

    public static PlannedStop Up(int request) => new(request, true, 0);

    public static PlannedStop Down(int request) => new(request, false, 0);

    public static Plan PlanOf(params PlannedRoute[] routes) => new(routes, []);

    public static PlannedRoute RouteOf(int vehicle, params PlannedStop[] stops) => new(vehicle, stops, 0, 0, 0);
}
