using Coproduce.Scheduling.Benchmarks;
using Coproduce.Scheduling.Checking;
using Coproduce.Scheduling.Engine;
using Coproduce.Scheduling.Model;

namespace Coproduce.Scheduling.Tests;

public class InstanceGeneratorTests
{
    [Fact]
    public void The_same_size_and_seed_give_the_same_instance_and_another_seed_another()
    {
        var first = DarpInstanceGenerator.Generate(100, seed: 3).Problem;
        var again = DarpInstanceGenerator.Generate(100, seed: 3).Problem;
        var other = DarpInstanceGenerator.Generate(100, seed: 4).Problem;

        Assert.Equal(first.Requests, again.Requests);
        Assert.Equal(first.Vehicles, again.Vehicles);
        Assert.NotEqual(first.Requests, other.Requests);
    }

    [Theory]
    [InlineData(100, 9)]
    [InlineData(150, 13)]
    [InlineData(200, 17)]
    public void It_has_the_a_sets_shape(int requests, int vehicles)
    {
        var problem = DarpInstanceGenerator.Generate(requests, seed: 1).Problem;

        Assert.Equal(requests, problem.Requests.Count);
        Assert.Equal(vehicles, problem.Vehicles.Count);
        Assert.Equal($"g{vehicles}-{requests}-s1", DarpInstanceGenerator.NameOf(requests, 1));
        Assert.All(problem.Vehicles, v => Assert.Equal((3, DarpInstanceGenerator.Day), (v.Seats, v.MaxRouteDuration)));
        for (var r = 0; r < requests; r++)
        {
            var request = problem.Requests[r];
            var tight = r < requests / 2 ? request.Dropoff.Window : request.Pickup.Window;
            var open = r < requests / 2 ? request.Pickup.Window : request.Dropoff.Window;
            Assert.Equal(15, tight.Latest - tight.Earliest);
            Assert.Equal(Math.Floor(tight.Earliest), tight.Earliest);
            Assert.Equal(new TimeWindow(0, DarpInstanceGenerator.Day), open);
            Assert.Equal((1, 30.0, 3.0), (request.Passengers, request.MaxRideTime, request.Pickup.ServiceTime));
            Assert.InRange(request.Pickup.Location.X, -10, 10);
            Assert.InRange(request.Dropoff.Location.Y, -10, 10);
        }
    }

    [Theory]
    [InlineData(100)]
    [InlineData(150)]
    [InlineData(200)]
    public void Every_request_can_be_carried_on_its_own(int requests)
    {
        var problem = DarpInstanceGenerator.Generate(requests, seed: 1).Problem;
        var alone = problem.Vehicles.Take(1).ToList();
        for (var r = 0; r < requests; r++)
        {
            var single = new Problem([problem.Requests[r]], alone);
            var compiled = new CompiledProblem(single);
            var screening = new RequestScreening(compiled, new RouteEvaluator(compiled));

            Assert.Null(screening.Reasons[0]);
        }
    }

    [Fact]
    public void A_plan_for_a_generated_instance_passes_the_checker_with_everyone_served()
    {
        var problem = DarpInstanceGenerator.Generate(100, seed: 2).Problem;

        var plan = new DarpSolver().Solve(problem, new SolveOptions { MaxIterations = 200, TimeLimit = TimeSpan.FromMinutes(1) }, TestContext.Current.CancellationToken);

        Assert.True(SolutionChecker.Check(problem, plan, requireAllServed: true).IsFeasible);
    }
}
