using Coproduce.Core.Demo.Benchmark;

namespace Coproduce.Core.Tests.Transport;

public class BenchmarkEveningTests
{
    [Theory]
    [InlineData(40, 3)]
    [InlineData(200, 16)]
    public void A_benchmark_friday_has_the_bookings_asked_for_a_crewed_vehicle_for_every_twelve_and_the_same_trips_for_a_seed(int bookings, int vehicles)
    {
        var first = BenchmarkEvening.Build(bookings, seed: 3);
        var again = BenchmarkEvening.Build(bookings, seed: 3);

        Assert.Equal(bookings, first.Problem.Requests.Count);
        Assert.Equal(vehicles, first.Crews.Count);
        Assert.Empty(first.LeftOut);
        Assert.Contains(first.Problem.Requests, r => r.Wheelchairs > 0);
        Assert.Equal(first.Problem.Requests.Select(r => (r.Pickup, r.Dropoff)), again.Problem.Requests.Select(r => (r.Pickup, r.Dropoff)));
        // Every trip is inside the area and its return starts after the outward one asked for.
        Assert.All(first.Bookings, b => Assert.True(b.From.KilometresTo(b.To) < 60));
        Assert.All(first.Bookings.Where((_, i) => i % 2 == 1), (b, i) => Assert.True(b.Time > first.Bookings[2 * i].Time));
    }
}
