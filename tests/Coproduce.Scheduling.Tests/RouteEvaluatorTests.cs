using Coproduce.Scheduling.Engine;
using Coproduce.Scheduling.Model;
using static Coproduce.Scheduling.Tests.Builders;

namespace Coproduce.Scheduling.Tests;

public class RouteEvaluatorTests
{
    private static bool Evaluate(Problem problem, int vehicle, params int[] stops)
    {
        var compiled = new CompiledProblem(problem);
        var evaluator = new RouteEvaluator(compiled);
        int[] route = [compiled.StartDepot(vehicle), .. stops, compiled.EndDepot(vehicle)];
        return evaluator.Evaluate(route, vehicle);
    }

    [Fact]
    public void A_simple_ride_is_feasible_and_a_dropoff_before_its_pickup_is_not()
    {
        var problem = ProblemOf([Ride("a", At(1), At(5))], Van());
        Assert.True(Evaluate(problem, 0, 0, 1));
        Assert.False(Evaluate(problem, 0, 1, 0));
        Assert.False(Evaluate(problem, 0, 0));
    }

    [Fact]
    public void Seats_and_wheelchair_spaces_are_separate_capacities()
    {
        var requests = new[]
        {
            Ride("a", At(1), At(5), passengers: 2),
            Ride("b", At(2), At(6), passengers: 2),
            Ride("c", At(3), At(7), passengers: 0, wheelchairs: 1),
        };
        var problem = ProblemOf(requests, Van(seats: 3, wheelchairs: 1), Van(seats: 4, wheelchairs: 0));

        Assert.False(Evaluate(problem, 0, 0, 1, 3, 4)); // 4 people on 3 seats
        Assert.True(Evaluate(problem, 0, 0, 3, 1, 4)); // one after the other
        Assert.True(Evaluate(problem, 0, 0, 2, 3, 5)); // 2 seats and the wheelchair together
        Assert.False(Evaluate(problem, 1, 2, 5)); // no wheelchair space in the second vehicle
    }

    [Fact]
    public void A_missed_time_window_makes_the_route_infeasible_but_waiting_is_allowed()
    {
        var late = ProblemOf([Ride("a", At(10, 0, 5), At(12))], Van());
        Assert.False(Evaluate(late, 0, 0, 1));

        var early = ProblemOf([Ride("a", At(10, 50, 60), At(12))], Van());
        Assert.True(Evaluate(early, 0, 0, 1));
    }

    [Fact]
    public void The_departure_is_delayed_by_the_forward_time_slack_so_waiting_does_not_count_against_the_duration()
    {
        // Pickup at distance 10 opens at 100; leaving at 0 would mean 90 minutes of waiting.
        var requests = new[] { Ride("a", At(10, 100, 110), At(20)) };
        Assert.True(Evaluate(ProblemOf(requests, Van(maxDuration: 40)), 0, 0, 1));
        Assert.False(Evaluate(ProblemOf(requests, Van(maxDuration: 39)), 0, 0, 1));
    }

    [Fact]
    public void A_driver_shift_narrower_than_the_vehicle_window_binds()
    {
        var requests = new[] { Ride("a", At(10, 100, 110), At(20)) };
        // Pickup at 100, drop-off at 110, back at the depot at 130 at the earliest.
        var van = Van() with { DriverShift = new TimeWindow(0, 130) };
        Assert.True(Evaluate(ProblemOf(requests, van), 0, 0, 1));

        var shortShift = Van() with { DriverShift = new TimeWindow(0, 129) };
        Assert.False(Evaluate(ProblemOf(requests, shortShift), 0, 0, 1));
    }

    [Fact]
    public void A_pickup_is_delayed_by_its_forward_time_slack_to_keep_the_ride_time()
    {
        // c must be picked up by time 1, so the departure can't move. a is picked up next (about 1), then b's window
        // forces waiting until 100 before a is dropped off: a ride of about 100, unless a's pickup is delayed.
        var requests = new[]
        {
            Ride("c", At(0.5, 0, 1), At(0.7)),
            Ride("a", At(1), At(3), maxRide: 15),
            Ride("b", At(2, 100, 105), At(4)),
        };
        Assert.True(Evaluate(ProblemOf(requests, Van()), 0, 0, 3, 1, 2, 4, 5));

        requests[1] = requests[1] with { MaxRideTime = 1.5 };
        Assert.False(Evaluate(ProblemOf(requests, Van()), 0, 0, 3, 1, 2, 4, 5));
    }

    [Fact]
    public void The_schedule_found_meets_every_constraint()
    {
        var requests = new[]
        {
            Ride("c", At(0.5, 0, 1, service: 1), At(0.7, service: 1), maxRide: 5),
            Ride("a", At(1, service: 2), At(3, service: 2), maxRide: 15),
            Ride("b", At(2, 100, 105, service: 1), At(4, 0, 130, service: 1), maxRide: 20),
        };
        var problem = ProblemOf(requests, Van(maxDuration: 140));
        var compiled = new CompiledProblem(problem);
        var evaluator = new RouteEvaluator(compiled);
        int[] route = [compiled.StartDepot(0), 0, 3, 1, 2, 4, 5, compiled.EndDepot(0)];

        Assert.True(evaluator.Evaluate(route, 0));
        var times = evaluator.ServiceStart(route.Length).ToArray();
        for (var k = 1; k < route.Length; k++)
        {
            Assert.InRange(times[k], compiled.Earliest[route[k]] - 1e-9, compiled.Latest[route[k]] + 1e-9);
            Assert.True(times[k] >= times[k - 1] + compiled.Service[route[k - 1]] + compiled.Travel(route[k - 1], route[k]) - 1e-9);
        }

        Assert.True(times[2] - times[1] - 1 <= 5 + 1e-9);
        Assert.True(times[5] - times[3] - 2 <= 15 + 1e-9);
        Assert.True(times[6] - times[4] - 1 <= 20 + 1e-9);
        Assert.True(times[7] - times[0] <= 140 + 1e-9);
    }
}
