using System.Globalization;
using Coproduce.Scheduling.Model;

namespace Coproduce.Scheduling.Benchmarks;

/// <summary>
/// Makes instances in the style of Cordeau's (2006) 'a' set, but for a 12-hour day and more requests than the set
/// has, so the engine can be measured on sizes it was not tuned on. As in the 'a' set: points uniform in
/// [-10, 10]^2 with the depot at the centre; one passenger a request, vehicle capacity 3, maximum ride time 30,
/// service time 3 at every stop; the first half of the requests are outbound (the window is on the drop-off), the
/// second half inbound (on the pickup); each such window is 15 minutes wide and starts at a whole minute; the other
/// end of the journey is open over the day; the route duration limit T is the length of the day, as it is in the
/// 'a' instances whose day is 720 minutes; and there is one vehicle for every 12 requests, rounded up.
/// A window's start is drawn uniformly over the part of the day in which the journey could be made on its own from
/// the depot and back, so every request is feasible alone (the 'a' files' windows cover their days the same way).
/// Deterministic: the same size and seed give the same instance on any machine (its own generator, not
/// <see cref="Random"/>, whose sequence .NET does not promise to keep).
/// </summary>
public static class DarpInstanceGenerator
{
    /// <summary>Minutes in the generated day; the depot is open from 0 to this.</summary>
    public const double Day = 720;

    private const double Side = 10;
    private const double Service = 3;
    private const double MaxRide = 30;
    private const double WindowWidth = 15;
    private const int Capacity = 3;
    private const int RequestsPerVehicle = 12;

    /// <summary>The instance's name, in the benchmark files' style: 'g', vehicles, '-', requests, '-s', seed.</summary>
    public static string NameOf(int requests, int seed) =>
        string.Create(CultureInfo.InvariantCulture, $"g{VehiclesFor(requests)}-{requests}-s{seed}");

    /// <summary>One vehicle for every 12 requests, rounded up, as in the 'a' set (a8-96 has 8 for 96).</summary>
    public static int VehiclesFor(int requests) => (requests + RequestsPerVehicle - 1) / RequestsPerVehicle;

    /// <summary>Makes the instance with <paramref name="requests"/> requests for <paramref name="seed"/>.</summary>
    public static DarpInstance Generate(int requests, int seed)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(requests, 2);
        var random = new SplitMix(seed);
        var depot = new Point(0, 0);
        var list = new List<Request>(requests);
        for (var i = 0; i < requests; i++)
        {
            var from = new Point(random.Between(-Side, Side), random.Between(-Side, Side));
            var to = new Point(random.Between(-Side, Side), random.Between(-Side, Side));
            var toPickup = depot.DistanceTo(from);
            var ride = from.DistanceTo(to);
            var home = to.DistanceTo(depot);
            var open = new TimeWindow(0, Day);
            Place pickup;
            Place dropoff;
            if (i < requests / 2)
            {
                // Outbound: the window is on the drop-off. Its end must leave time to drive out, pick up and ride
                // there; its start must leave time to alight and drive back before the day ends.
                var start = WholeMinuteBetween(random, toPickup + Service + ride - WindowWidth, Day - Service - home);
                pickup = new Place(from, Service, open);
                dropoff = new Place(to, Service, new TimeWindow(start, start + WindowWidth));
            }
            else
            {
                // Inbound: the window is on the pickup, reached from the depot, and the ride and the drive back
                // must fit before the day ends.
                var start = WholeMinuteBetween(random, toPickup - WindowWidth, Day - Service - ride - Service - home);
                pickup = new Place(from, Service, new TimeWindow(start, start + WindowWidth));
                dropoff = new Place(to, Service, open);
            }

            list.Add(new Request((i + 1).ToString(CultureInfo.InvariantCulture), pickup, dropoff, 1, 0, MaxRide));
        }

        var fleet = Enumerable.Range(1, VehiclesFor(requests))
            .Select(k => new Vehicle(k.ToString(CultureInfo.InvariantCulture), depot, depot, Capacity, 0, new TimeWindow(0, Day), Day))
            .ToList();
        return new DarpInstance(new Problem(list, fleet), DarpFileVariant.Cordeau2006);
    }

    /// <summary>A whole minute uniformly in [lowest, highest], both rounded inwards and kept inside the day.</summary>
    private static int WholeMinuteBetween(SplitMix random, double lowest, double highest)
    {
        var low = (int)Math.Ceiling(Math.Max(0, lowest));
        var high = (int)Math.Floor(Math.Min(Day - WindowWidth, highest));
        return low + random.Below(high - low + 1);
    }

    /// <summary>SplitMix64 (Steele, Lea and Flood 2014): small, fast, and fixed by its definition.</summary>
    private sealed class SplitMix(int seed)
    {
        private ulong state = (ulong)(uint)seed * 0x9E3779B97F4A7C15UL;

        public double Between(double low, double high) => low + ((high - low) * Unit());

        public int Below(int count) => (int)(Unit() * count);

        private double Unit() => (Next() >> 11) * (1.0 / (1UL << 53));

        private ulong Next()
        {
            var z = state += 0x9E3779B97F4A7C15UL;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return z ^ (z >> 31);
        }
    }
}
