using System.Diagnostics;
using System.Globalization;
using Coproduce.Scheduling;
using Coproduce.Scheduling.Checking;
using Coproduce.Scheduling.Model;

namespace Coproduce.Bench.Schedule;

/// <summary>
/// Times "can we take this booking, and when?" on a planned evening: each of a sample of requests is taken out of
/// the plan and the problem, then offered again to <see cref="BookingAdvisor"/>.
/// </summary>
internal static class InsertionTiming
{
    public static void Print(string name, Problem problem, Plan plan, int samples)
    {
        var times = new List<double>();
        var accepted = 0;
        var step = Math.Max(1, problem.Requests.Count / samples);
        for (var r = 0; r < problem.Requests.Count && times.Count < samples; r += step)
        {
            var (without, planWithout) = Without(problem, plan, r);
            var clock = Stopwatch.StartNew();
            var offer = BookingAdvisor.Advise(without, planWithout, problem.Requests[r]);
            times.Add(clock.Elapsed.TotalMilliseconds);
            if (offer.CanTake && SolutionChecker.Check(offer.UpdatedProblem, offer.UpdatedPlan!).IsFeasible)
            {
                accepted++;
            }
        }

        times.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Insertion enquiries on {name} ({problem.Requests.Count - 1} planned requests, {problem.Vehicles.Count} vehicles): median {times[times.Count / 2]:0.00} ms, worst {times[^1]:0.00} ms over {times.Count}; {accepted} offered and checked feasible"));
    }

    private static (Problem Problem, Plan Plan) Without(Problem problem, Plan plan, int removed)
    {
        int Shift(int index) => index > removed ? index - 1 : index;
        var requests = problem.Requests.Where((_, index) => index != removed).ToList();
        var routes = plan.Routes
            .Select(route => route with { Stops = route.Stops.Where(s => s.RequestIndex != removed).Select(s => s with { RequestIndex = Shift(s.RequestIndex) }).ToList() })
            .ToList();
        var unserved = plan.Unserved.Where(u => u.RequestIndex != removed).Select(u => u with { RequestIndex = Shift(u.RequestIndex) }).ToList();
        return (new Problem(requests, problem.Vehicles), new Plan(routes, unserved));
    }
}
