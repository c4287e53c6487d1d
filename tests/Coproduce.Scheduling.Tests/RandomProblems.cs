using Coproduce.Scheduling.Model;

namespace Coproduce.Scheduling.Tests;

/// <summary>
/// Random evenings shaped like the service: mixed seats and wheelchair spaces, a tight window at one end of each
/// journey, drivers with shorter shifts, and (on request) a few bookings nobody could carry.
/// </summary>
internal static class RandomProblems
{
    public static Problem Create(int seed, int requests, int vehicles, bool withImpossible = false)
    {
        var random = new Random(seed);
        double Coordinate() => Math.Round((random.NextDouble() * 20) - 10, 3);
        var list = new List<Request>();
        for (var r = 0; r < requests; r++)
        {
            var pickup = new Point(Coordinate(), Coordinate());
            var dropoff = new Point(Coordinate(), Coordinate());
            var direct = pickup.DistanceTo(dropoff);
            var service = random.Next(0, 4);
            var wheelchairs = random.NextDouble() < 0.2 ? 1 : 0;
            var passengers = wheelchairs == 1 ? random.Next(0, 2) : random.Next(1, 4);
            var maxRide = direct + service + random.Next(5, 30);
            var time = 10 + (random.NextDouble() * 150);
            TimeWindow open = new(0, 300);
            var outbound = random.NextDouble() < 0.5;
            var pickupWindow = outbound ? new TimeWindow(time, time + 15) : open;
            var dropoffWindow = outbound ? open : new TimeWindow(time + direct, time + direct + 15);
            list.Add(new Request(
                "r" + r, new Place(pickup, service, pickupWindow), new Place(dropoff, service, dropoffWindow),
                passengers, wheelchairs, maxRide));
        }

        if (withImpossible)
        {
            var far = new Place(new Point(1, 1), 1, new TimeWindow(50, 40));
            list.Insert(random.Next(list.Count + 1), new Request("reversed-window", far, far with { Window = new TimeWindow(0, 300) }, 1, 0, 30));
            var big = new Place(new Point(2, 2), 1, new TimeWindow(0, 300));
            list.Insert(random.Next(list.Count + 1), new Request("too-big", big, big with { Location = new Point(3, 3) }, 40, 0, 30));
        }

        var fleet = new List<Vehicle>();
        for (var k = 0; k < vehicles; k++)
        {
            var depot = new Point(Coordinate(), Coordinate());
            var vehicle = new Vehicle("v" + k, depot, depot, random.Next(2, 6), random.Next(0, 2), new TimeWindow(0, 300), random.Next(120, 300));
            if (random.NextDouble() < 0.3)
            {
                var start = random.Next(0, 60);
                vehicle = vehicle with { DriverShift = new TimeWindow(start, start + random.Next(100, 200)) };
            }

            fleet.Add(vehicle);
        }

        return new Problem(list, fleet);
    }
}
