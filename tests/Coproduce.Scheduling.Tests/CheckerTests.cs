using Coproduce.Scheduling.Benchmarks;
using Coproduce.Scheduling.Checking;
using static Coproduce.Scheduling.Tests.Builders;

namespace Coproduce.Scheduling.Tests;

public class CheckerTests
{
    /// <summary>An optimal route set for Cordeau's a2-16 (found by our solver, verified here independently).</summary>
    private const string A216Optimum =
        """{"routes":[[0,12,6,28,22,4,11,27,20,3,19,13,29,9,8,25,24,2,18,1,17,33],[0,10,5,26,21,14,30,15,31,7,16,23,32,33]]}""";

    private static DarpInstance A216()
    {
        var read = DarpInstanceReader.ReadFile(Path.Combine(AppContext.BaseDirectory, "Fixtures", "a2-16.txt"));
        Assert.Null(read.Error);
        return read.Instance!;
    }

    [Fact]
    public void The_a2_16_optimum_is_feasible_and_costs_294_2480()
    {
        var instance = A216();
        var (plan, error) = DarpSolutionFormat.Read(instance, A216Optimum);
        Assert.Null(error);

        var report = SolutionChecker.Check(instance.Problem, plan!, requireAllServed: true);

        Assert.Empty(report.Problems);
        Assert.True(report.IsFeasible);
        Assert.Equal(294.2480, report.Distance, 4);
    }

    [Fact]
    public void Swapping_two_stops_in_the_a2_16_optimum_is_caught()
    {
        var instance = A216();
        var broken = A216Optimum.Replace("[0,12,6,28,22", "[0,6,12,28,22", StringComparison.Ordinal);
        var (plan, _) = DarpSolutionFormat.Read(instance, broken);

        var report = SolutionChecker.Check(instance.Problem, plan!, requireAllServed: true);

        Assert.False(report.IsFeasible);
        Assert.Contains(report.Problems, p => p.Contains("vehicle 1", StringComparison.Ordinal));
    }

    [Fact]
    public void A_missing_request_is_reported_unless_listed_as_unserved()
    {
        var problem = ProblemOf([Ride("a", At(1), At(2)), Ride("b", At(3), At(4))], Van());
        var plan = PlanOf(RouteOf(0, Up(0), Down(0)));

        var report = SolutionChecker.Check(problem, plan);
        Assert.False(report.IsFeasible);
        Assert.Contains("request b is not served", report.Problems);

        var listed = plan with { Unserved = [new(1, "too far")] };
        Assert.True(SolutionChecker.Check(problem, listed).IsFeasible);
        Assert.False(SolutionChecker.Check(problem, listed, requireAllServed: true).IsFeasible);
    }

    [Fact]
    public void The_cost_of_a_known_route_is_the_sum_of_its_euclidean_legs()
    {
        var problem = ProblemOf([Ride("a", At(3), At(7))], Van());
        var report = SolutionChecker.Check(problem, PlanOf(RouteOf(0, Up(0), Down(0))));
        Assert.True(report.IsFeasible);
        Assert.Equal(14, report.Distance, 9);
    }

    [Fact]
    public void Capacity_ride_time_duration_and_pairing_violations_are_each_named()
    {
        var two = ProblemOf([Ride("a", At(1), At(5), passengers: 3), Ride("b", At(2), At(6), passengers: 2)], Van(seats: 4));
        Assert.Contains(SolutionChecker.Check(two, PlanOf(RouteOf(0, Up(0), Up(1), Down(0), Down(1)))).Problems, p => p.Contains("over capacity", StringComparison.Ordinal));

        var rideLimited = ProblemOf([Ride("a", At(1), At(5), maxRide: 10), Ride("b", At(20), At(21))], Van());
        Assert.Contains(SolutionChecker.Check(rideLimited, PlanOf(RouteOf(0, Up(0), Up(1), Down(1), Down(0)))).Problems, p => p.Contains("no schedule", StringComparison.Ordinal));

        var shortShift = ProblemOf([Ride("a", At(10), At(20))], Van(maxDuration: 39));
        Assert.False(SolutionChecker.Check(shortShift, PlanOf(RouteOf(0, Up(0), Down(0)))).IsFeasible);
        Assert.True(SolutionChecker.Check(shortShift with { Vehicles = [Van(maxDuration: 40)] }, PlanOf(RouteOf(0, Up(0), Down(0)))).IsFeasible);

        var one = ProblemOf([Ride("a", At(1), At(2))], Van(), Van("other"));
        Assert.Contains(SolutionChecker.Check(one, PlanOf(RouteOf(0, Down(0), Up(0)))).Problems, p => p.Contains("dropped off before", StringComparison.Ordinal));
        Assert.False(SolutionChecker.Check(one, PlanOf(RouteOf(0, Up(0)), RouteOf(1, Down(0)))).IsFeasible);
        Assert.False(SolutionChecker.Check(one, PlanOf(RouteOf(0, Up(0), Down(0)), RouteOf(1, Up(0), Down(0)))).IsFeasible);
    }
}
