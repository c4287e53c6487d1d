using Coproduce.Scheduling.Checking;
using Coproduce.Scheduling.Engine;
using Coproduce.Scheduling.Model;
using CsCheck;

namespace Coproduce.Scheduling.Tests;

/// <summary>Properties over random evenings; counts are bounded so the whole class runs in seconds.</summary>
public class PropertyTests
{
    private static readonly Gen<(int Seed, int Requests, int Vehicles)> Evenings =
        Gen.Select(Gen.Int, Gen.Int[1, 14], Gen.Int[1, 3]);

    [Fact]
    public void Every_plan_the_engine_returns_passes_the_independent_checker()
    {
        Evenings.Sample(
            e =>
            {
                var problem = RandomProblems.Create(e.Seed, e.Requests, e.Vehicles, withImpossible: e.Seed % 3 == 0);
                var plan = new DarpSolver().Solve(problem, new SolveOptions { Seed = e.Seed, MaxIterations = 60, TimeLimit = TimeSpan.FromSeconds(10) }, TestContext.Current.CancellationToken);
                var report = SolutionChecker.Check(problem, plan);
                Assert.True(report.IsFeasible, string.Join("; ", report.Problems));
                Assert.Equal(report.Distance, plan.Distance, 6);
                Assert.All(plan.Unserved, u => Assert.False(string.IsNullOrWhiteSpace(u.Reason)));
                var served = plan.Routes.SelectMany(r => r.Stops).Count(s => s.IsPickup);
                Assert.Equal(problem.Requests.Count, served + plan.Unserved.Count);
            },
            iter: 60);
    }

    [Fact]
    public void Impossible_requests_always_come_back_unserved()
    {
        Evenings.Sample(
            e =>
            {
                var problem = RandomProblems.Create(e.Seed, e.Requests, e.Vehicles, withImpossible: true);
                var plan = new DarpSolver().Solve(problem, new SolveOptions { Seed = e.Seed, MaxIterations = 20 }, TestContext.Current.CancellationToken);
                var unserved = plan.Unserved.Select(u => problem.Requests[u.RequestIndex].Id).ToHashSet();
                Assert.Contains("reversed-window", unserved);
                Assert.Contains("too-big", unserved);
            },
            iter: 30);
    }

    [Fact]
    public void The_evaluator_and_the_checker_agree_on_random_routes()
    {
        // Random stop orders over random evenings: the engine's evaluator must say "feasible" exactly when the
        // independent checker does, and its schedule must satisfy every constraint it claims to.
        var feasibleSeen = 0;
        var infeasibleSeen = 0;
        Gen.Select(Gen.Int, Gen.Int[1, 6]).Sample(
            t =>
            {
                var (seed, size) = t;
                var problem = RandomProblems.Create(seed, size, 1);
                var random = new Random(seed);
                var stops = new List<PlannedStop>();
                var open = new List<int>();
                var waiting = Enumerable.Range(0, size).ToList();
                while (waiting.Count > 0 || open.Count > 0)
                {
                    if (waiting.Count > 0 && (open.Count == 0 || random.NextDouble() < 0.5))
                    {
                        var r = waiting[random.Next(waiting.Count)];
                        waiting.Remove(r);
                        open.Add(r);
                        stops.Add(new PlannedStop(r, true, 0));
                    }
                    else
                    {
                        var r = open[random.Next(open.Count)];
                        open.Remove(r);
                        stops.Add(new PlannedStop(r, false, 0));
                    }
                }

                var compiled = new CompiledProblem(problem);
                var evaluator = new RouteEvaluator(compiled);
                int[] route = [compiled.StartDepot(0), .. stops.Select(s => s.IsPickup ? s.RequestIndex : compiled.Dropoff(s.RequestIndex)), compiled.EndDepot(0)];
                var engine = evaluator.Evaluate(route, 0);
                var checker = SolutionChecker.Check(problem, new Plan([new PlannedRoute(0, stops, 0, 0, 0)], []));
                Assert.Equal(checker.IsFeasible, engine);
                Interlocked.Increment(ref engine ? ref feasibleSeen : ref infeasibleSeen);
                if (engine)
                {
                    AssertScheduleHolds(compiled, route, evaluator.ServiceStart(route.Length).ToArray());
                }
            },
            iter: 400,
            threads: 1);

        // Both answers must have been exercised, or the agreement proves little.
        Assert.True(feasibleSeen > 20, $"only {feasibleSeen} feasible routes generated");
        Assert.True(infeasibleSeen > 20, $"only {infeasibleSeen} infeasible routes generated");
    }

    [Fact]
    public void Every_plan_OR_Tools_returns_passes_the_independent_checker()
    {
        Evenings.Sample(
            e =>
            {
                var problem = RandomProblems.Create(e.Seed, e.Requests, e.Vehicles, withImpossible: true);
                var plan = new OrTools.OrToolsSolver().Solve(problem, new SolveOptions { TimeLimit = TimeSpan.FromSeconds(0.3) }, TestContext.Current.CancellationToken);
                var report = SolutionChecker.Check(problem, plan);
                Assert.True(report.IsFeasible, string.Join("; ", report.Problems));
                Assert.Contains(plan.Unserved, u => problem.Requests[u.RequestIndex].Id == "too-big");
            },
            iter: 5,
            threads: 1);
    }

    private static void AssertScheduleHolds(CompiledProblem p, int[] route, double[] times)
    {
        const double eps = 1e-6;
        for (var k = 0; k < route.Length; k++)
        {
            Assert.InRange(times[k], p.Earliest[route[k]] - eps, p.Latest[route[k]] + eps);
            if (k > 0)
            {
                Assert.True(times[k] >= times[k - 1] + p.Service[route[k - 1]] + p.Travel(route[k - 1], route[k]) - eps);
            }

            if (p.IsDropoff(route[k]))
            {
                var pickupAt = Array.IndexOf(route, route[k] - p.RequestCount);
                Assert.True(times[k] - times[pickupAt] - p.Service[route[pickupAt]] <= p.MaxRide[route[k] - p.RequestCount] + eps);
            }
        }

        Assert.True(times[^1] - times[0] <= p.MaxDuration[0] + eps);
    }
}
