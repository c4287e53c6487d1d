using Coproduce.Scheduling.Benchmarks;
using Coproduce.Scheduling.Engine;
using Coproduce.Scheduling.Search;

namespace Coproduce.Scheduling.Tests;

public class InserterTests
{
    public static TheoryData<string> Problems => ["generated", "random"];

    /// <summary>
    /// The inserter prunes positions by bounds before it prices them; whatever it skips, it must still find the
    /// cheapest feasible insertion that trying every position pair with the exact evaluator finds.
    /// </summary>
    [Theory]
    [MemberData(nameof(Problems))]
    public void The_cheapest_insertion_found_is_the_cheapest_feasible_one_of_all_positions(string kind)
    {
        var problem = kind == "generated"
            ? DarpInstanceGenerator.Generate(60, seed: 5).Problem
            : RandomProblems.Create(321, requests: 40, vehicles: 4);
        var compiled = new CompiledProblem(problem);
        var evaluator = new RouteEvaluator(compiled);
        var screening = new RequestScreening(compiled, evaluator);
        var inserter = new Inserter(compiled, screening, evaluator);
        var solution = new Solution(compiled);
        for (var r = 0; r < compiled.RequestCount; r++)
        {
            if (screening.Reasons[r] is null && inserter.FindBest(solution, r, null, 0, out var k, out var i, out var j, out _))
            {
                solution.Routes[k].Insert(compiled, r, i, j);
                solution.RouteOf[r] = k;
            }
        }

        var compared = 0;
        for (var r = 0; r < compiled.RequestCount; r++)
        {
            var from = solution.RouteOf[r];
            if (from < 0)
            {
                continue;
            }

            solution.Routes[from].Remove(compiled, r);
            var found = inserter.FindBest(solution, r, null, 0, out _, out _, out _, out var added);
            var cheapest = BruteForce(compiled, evaluator, screening, solution, r);

            Assert.True(found, $"request {r} fitted before it was taken out");
            Assert.Equal(cheapest, added, 1e-7);
            compared++;

            // Put it back where it is cheapest, so the next request sees a full plan again.
            inserter.FindBest(solution, r, null, 0, out var k, out var i, out var j, out _);
            solution.Routes[k].Insert(compiled, r, i, j);
            solution.RouteOf[r] = k;
        }

        Assert.True(compared > compiled.RequestCount / 2, $"only {compared} requests were planned");
    }

    private static double BruteForce(CompiledProblem problem, RouteEvaluator evaluator, RequestScreening screening, Solution solution, int request)
    {
        var cheapest = double.PositiveInfinity;
        foreach (var route in solution.Routes)
        {
            if (!screening.CanUse(request, route.Vehicle))
            {
                continue;
            }

            var nodes = route.Span.ToArray();
            for (var i = 0; i < nodes.Length - 1; i++)
            {
                for (var j = i; j < nodes.Length - 1; j++)
                {
                    int[] candidate = [.. nodes[..(i + 1)], request, .. nodes[(i + 1)..(j + 1)], problem.Dropoff(request), .. nodes[(j + 1)..]];
                    if (evaluator.Evaluate(candidate, route.Vehicle))
                    {
                        cheapest = Math.Min(cheapest, Length(problem, candidate) - route.Cost);
                    }
                }
            }
        }

        return cheapest;
    }

    private static double Length(CompiledProblem problem, int[] nodes)
    {
        var total = 0.0;
        for (var k = 1; k < nodes.Length; k++)
        {
            total += problem.Travel(nodes[k - 1], nodes[k]);
        }

        return total;
    }
}
