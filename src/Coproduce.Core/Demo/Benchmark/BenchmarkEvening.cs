using Coproduce.Core.Transport;
using Coproduce.Core.Transport.Planning;

namespace Coproduce.Core.Demo.Benchmark;

/// <summary>
/// A made-up busy Friday for <c>bench -- transport</c>: passengers round Denbigh going to the demo's places and back,
/// as the demo's Friday does but with as many bookings as asked for, a vehicle for every twelve, and a free,
/// qualified driver for each. It goes through <see cref="EveningProblem.Build"/>, as a real evening does.
/// </summary>
public static class BenchmarkEvening
{
    /// <summary>The evening planned: a Friday.</summary>
    public static readonly DateOnly Friday = new(2027, 1, 15);

    private static readonly GeoPoint Denbigh = new(53.1842, -3.4183);

    private static readonly GeoPoint[] Depots = [new(53.1900, -3.4130), new(53.3160, -3.4780), new(53.1120, -3.3050)];

    /// <summary>An evening of <paramref name="bookings"/> trips (half outward, half back), the same for a seed.</summary>
    public static EveningProblem Build(int bookings, int seed)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(bookings, 2);
        var random = new Random(seed);
        var (serviceId, coordinatorId, at) = (Guid.NewGuid(), Guid.NewGuid(), new DateTimeOffset(2027, 1, 1, 12, 0, 0, TimeSpan.Zero));
        var rules = new BookingRules(serviceId, new BookingRulesDetails(24, 28, "Denbigh", Denbigh, 25, new TimeOnly(18, 0), new TimeOnly(0, 30), 60,
            "01632 960 100"), coordinatorId, at);
        var places = DemoEvening.Places.Select(p => GeoPoint.TryParse(p.Location, out var point) ? point : Denbigh).ToArray();

        var trips = new List<Booking>();
        for (var passenger = 0; passenger < bookings / 2; passenger++)
        {
            var home = new TripEnd($"Home {passenger + 1}", Near(random, Denbigh, 8));
            var place = random.Next(places.Length);
            var there = new TripEnd(DemoEvening.Places[place].Name, places[place]);
            var (seats, wheelchairs) = random.NextDouble() < 0.1 ? (random.NextDouble() < 0.3 ? 1 : 0, 1) : (random.NextDouble() < 0.15 ? 2 : 1, 0);
            var outward = new TimeOnly(18, 30).AddMinutes(5 * random.Next(0, 25));
            var timeIs = random.NextDouble() < 0.5 ? TripTime.PickUpAt : TripTime.ArriveBy;
            var back = outward.AddMinutes(5 * random.Next(24, 34));
            var personId = Guid.NewGuid();
            trips.Add(new Booking(Guid.NewGuid(), serviceId, $"B{trips.Count:00000}", personId, new Trip(Friday, outward, timeIs, home, there, null),
                seats, wheelchairs, coordinatorId, at));
            trips.Add(new Booking(Guid.NewGuid(), serviceId, $"B{trips.Count:00000}", personId,
                new Trip(Friday, back, TripTime.PickUpAt, there, home, null), seats, wheelchairs, coordinatorId, at));
        }

        var vehicles = new List<Vehicle>();
        var drivers = new List<FreeDriver>();
        var count = Math.Max(3, bookings / 12);
        for (var v = 0; v < count; v++)
        {
            var lift = v % 3 == 0;
            vehicles.Add(new Vehicle(Guid.NewGuid(), serviceId, new VehicleDetails($"Minibus {v + 1}", $"BENCH{v}", lift ? 12 : 16, lift ? 1 : 0,
                lift ? VehicleAccess.Lift : VehicleAccess.Steps, 3500, "Depot", $"S19/{v}", Friday.AddYears(1), SpareDays.Friday, new TimeOnly(18, 0),
                new TimeOnly(23, 30), Depots[v % Depots.Length]), coordinatorId, at));
            var driverId = Guid.NewGuid();
            var checks = new DriverChecks(serviceId, driverId, new DriverCheckDetails(DrivingLicence.D1, new DateOnly(1960, 1, 1), new DateOnly(1980, 1, 1),
                MidasLevel.Accessible, Friday.AddYears(-1), null, Friday.AddYears(-1)), coordinatorId, at);
            drivers.Add(new FreeDriver(new DriverView(driverId, $"Driver {v + 1}", checks),
                new Availability(new WeeklyHours(SpareDays.Friday, new TimeOnly(17, 30), new TimeOnly(0, 30)), [])));
        }

        return EveningProblem.Build(rules, Friday, trips, vehicles, drivers);
    }

    // A point uniformly inside a circle of the radius round the centre.
    private static GeoPoint Near(Random random, GeoPoint centre, double radiusKm)
    {
        var distance = radiusKm * Math.Sqrt(random.NextDouble());
        var bearing = 2 * Math.PI * random.NextDouble();
        var north = distance * Math.Cos(bearing) / 111.195;
        var east = distance * Math.Sin(bearing) / (111.195 * Math.Cos(centre.Latitude * Math.PI / 180));
        return new GeoPoint(centre.Latitude + north, centre.Longitude + east);
    }
}
