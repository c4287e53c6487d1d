using Coproduce.Scheduling.Checking;
using Coproduce.Scheduling.Model;
using static Coproduce.Scheduling.Tests.Builders;

namespace Coproduce.Scheduling.Tests;

public class SolverTests
{
    private static readonly SolveOptions Short = new() { TimeLimit = TimeSpan.FromSeconds(10), MaxIterations = 500, Seed = 7 };

    [Fact]
    public void The_same_seed_gives_the_same_plan()
    {
        var problem = RandomProblems.Create(12345, requests: 20, vehicles: 3);
        var first = new DarpSolver().Solve(problem, Short, TestContext.Current.CancellationToken);
        var second = new DarpSolver().Solve(problem, Short, TestContext.Current.CancellationToken);

        Assert.Equal(first.Distance, second.Distance);
        Assert.Equal(
            first.Routes.SelectMany(r => r.Stops.Select(s => (r.VehicleIndex, s.RequestIndex, s.IsPickup))),
            second.Routes.SelectMany(r => r.Stops.Select(s => (r.VehicleIndex, s.RequestIndex, s.IsPickup))));
    }

    [Fact]
    public void A_search_reports_its_progress_as_it_goes_with_the_best_plan_so_far()
    {
        var problem = RandomProblems.Create(4242, requests: 30, vehicles: 4);
        var reports = new List<SolveProgress>();

        var plan = new DarpSolver().Solve(problem, new SolveOptions { TimeLimit = TimeSpan.FromSeconds(1.6), Progress = reports.Add },
            TestContext.Current.CancellationToken);

        Assert.True(reports.Count >= 2, $"{reports.Count} reports in 1.6 s");
        Assert.All(reports, r => Assert.Equal(30, r.Requests));
        Assert.Equal(reports.Select(r => r.Elapsed).Order(), reports.Select(r => r.Elapsed));
        Assert.All(reports, r => Assert.InRange(r.Fraction, 0, 1));
        // The best plan only gets better: the final plan leaves out no more than the last report did.
        Assert.True(reports[^1].Unserved >= plan.Unserved.Count);
    }

    [Fact]
    public void A_cancelled_search_still_returns_a_checked_plan()
    {
        var problem = RandomProblems.Create(99, requests: 30, vehicles: 4);
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();

        var plan = new DarpSolver().Solve(problem, new SolveOptions { TimeLimit = TimeSpan.FromMinutes(5) }, cancel.Token);

        Assert.True(SolutionChecker.Check(problem, plan).IsFeasible);
    }

    [Fact]
    public void Cancelling_a_running_search_returns_the_best_plan_so_far_promptly()
    {
        var problem = RandomProblems.Create(7, requests: 40, vehicles: 4);
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var solver = new DarpSolver();

        var plan = solver.Solve(problem, new SolveOptions { TimeLimit = TimeSpan.FromMinutes(5) }, cancel.Token);

        // Generous bound: the point is that it stops long before its five-minute budget, not how fast it is.
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), $"took {clock.Elapsed}");
        Assert.True(solver.LastIterations > 0);
        Assert.True(SolutionChecker.Check(problem, plan).IsFeasible);
    }

    [Fact]
    public void A_wheelchair_user_rides_only_in_a_vehicle_with_a_wheelchair_space()
    {
        var requests = new[] { Ride("chair", At(1), At(4), passengers: 0, wheelchairs: 1), Ride("walk", At(2), At(3)) };
        var problem = ProblemOf(requests, Van("car", wheelchairs: 0), Van("minibus", wheelchairs: 1));

        var plan = new DarpSolver().Solve(problem, Short, TestContext.Current.CancellationToken);

        Assert.Empty(plan.Unserved);
        var chairRoute = Assert.Single(plan.Routes, r => r.Stops.Any(s => s.RequestIndex == 0));
        Assert.Equal(1, chairRoute.VehicleIndex);
        Assert.True(SolutionChecker.Check(problem, plan).IsFeasible);
    }

    [Fact]
    public void Requests_that_cannot_all_fit_leave_the_rest_unserved_with_a_reason()
    {
        // Three simultaneous trips in opposite directions, one single-seat vehicle: only one can be carried.
        var requests = new[]
        {
            Ride("east", At(10, 20, 21), At(20, 0, 1000)),
            Ride("west", At(-10, 20, 21), At(-20, 0, 1000)),
            Ride("north", At(0.5, 20, 21) with { Location = new Point(0, 10) }, At(0) with { Location = new Point(0, 20) }),
        };
        var problem = ProblemOf(requests, Van(seats: 1));

        var plan = new DarpSolver().Solve(problem, Short, TestContext.Current.CancellationToken);

        Assert.Equal(2, plan.Unserved.Count);
        Assert.All(plan.Unserved, u => Assert.Contains("no vehicle could fit it in", u.Reason, StringComparison.Ordinal));
        Assert.True(SolutionChecker.Check(problem, plan).IsFeasible);
    }

    [Fact]
    public void Bad_data_never_throws_and_each_bad_request_has_its_own_reason()
    {
        var requests = new[]
        {
            Ride("ok", At(1), At(2)),
            Ride("nan", At(double.NaN), At(2)),
            Ride("negative", At(1), At(2), passengers: -1),
            Ride("slow", At(0), At(100), maxRide: 10),
            Ride("unreachable", At(1, 0, 1000), At(2, 0, 1000)) with { Pickup = At(900, 0, 5) },
        };
        var problem = ProblemOf(requests, Van(until: 500));

        var plan = new DarpSolver().Solve(problem, Short, TestContext.Current.CancellationToken);

        Assert.Equal(["nan", "negative", "slow", "unreachable"], plan.Unserved.Select(u => problem.Requests[u.RequestIndex].Id).Order());
        Assert.All(plan.Unserved, u => Assert.StartsWith("request " + problem.Requests[u.RequestIndex].Id, u.Reason, StringComparison.Ordinal));
        Assert.True(SolutionChecker.Check(problem, plan).IsFeasible);
    }

    [Fact]
    public void A_window_that_ends_before_it_starts_comes_back_unserved_with_a_reason_and_the_rest_is_scheduled()
    {
        // The file reader refuses such a window; a problem built in code can still carry one and must not break the search.
        var problem = ProblemOf([Ride("early", At(1), At(2)), Ride("reversed", At(3, 30, 25), At(4)), Ride("late", At(5), At(6))], Van());

        var plan = new DarpSolver().Solve(problem, Short, TestContext.Current.CancellationToken);

        var unserved = Assert.Single(plan.Unserved);
        Assert.Equal(1, unserved.RequestIndex);
        Assert.Contains("request reversed", unserved.Reason, StringComparison.Ordinal);
        Assert.Contains("window ends", unserved.Reason, StringComparison.Ordinal);
        Assert.Equal(4, plan.Routes.Sum(r => r.Stops.Count));
        Assert.True(SolutionChecker.Check(problem, plan).IsFeasible);
    }

    [Fact]
    public void An_empty_problem_gives_an_empty_plan()
    {
        var plan = new DarpSolver().Solve(ProblemOf([], Van()), Short, TestContext.Current.CancellationToken);
        Assert.Empty(plan.Routes);
        Assert.Empty(plan.Unserved);

        var noVehicles = new DarpSolver().Solve(ProblemOf([Ride("a", At(1), At(2))]), Short, TestContext.Current.CancellationToken);
        Assert.Single(noVehicles.Unserved);
    }
}
