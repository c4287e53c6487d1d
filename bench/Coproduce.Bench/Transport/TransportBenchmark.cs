using System.Diagnostics;
using System.Globalization;
using Coproduce.Bench.Schedule;
using Coproduce.Core.Demo.Benchmark;
using Coproduce.Core.Transport;
using Coproduce.Scheduling;
using Coproduce.Scheduling.Checking;

namespace Coproduce.Bench.Transport;

/// <summary>
/// `transport [--seconds S] [--seed N]`: plans made-up Fridays of 40, 100 and 200 bookings (<see cref="BenchmarkEvening"/>) through
/// Transport's <c>EveningProblem</c> and the engine, within the budget an evening gets, checks each plan with the
/// independent checker, and times booking enquiries ("can we take this one, and when?") on each planned evening.
/// </summary>
internal static class TransportBenchmark
{
    public const string Help = "transport [--seconds S] [--seed N]: evenings of 40, 100 and 200 bookings planned in S seconds (default 10), and booking enquiries on each";

    public static Task<int> RunAsync(string[] args)
    {
        var (seconds, seed) = (10.0, 1);
        for (var a = 0; a + 1 < args.Length; a += 2)
        {
            switch (args[a])
            {
                case "--seconds":
                    seconds = double.Parse(args[a + 1], CultureInfo.InvariantCulture);
                    break;
                case "--seed":
                    seed = int.Parse(args[a + 1], CultureInfo.InvariantCulture);
                    break;
                default:
                    Console.Error.WriteLine(Help);
                    return Task.FromResult(2);
            }
        }

        Console.WriteLine(Invariant($"Transport: made-up Fridays round Denbigh (seed {seed}), planned for {seconds:0.#} s each on one core."));
        Console.WriteLine();
        Console.WriteLine("| Bookings | Vehicles | Carried | Left out | Km driven | Wall s | Checker |");
        Console.WriteLine("|---:|---:|---:|---:|---:|---:|---|");
        var planned = new List<(string Name, Scheduling.Model.Problem Problem, Scheduling.Model.Plan Plan)>();
        foreach (var bookings in new[] { 40, 100, 200 })
        {
            var evening = BenchmarkEvening.Build(bookings, seed);
            var clock = Stopwatch.StartNew();
            var plan = new DarpSolver().Solve(evening.Problem, new SolveOptions { TimeLimit = TimeSpan.FromSeconds(seconds), Seed = seed });
            var wall = clock.Elapsed.TotalSeconds;
            var report = SolutionChecker.Check(evening.Problem, plan);
            var carried = evening.Problem.Requests.Count - plan.Unserved.Count;
            Console.WriteLine(Invariant(
                $"| {bookings} | {evening.Crews.Count} | {carried} | {plan.Unserved.Count} | {plan.Distance * TravelTimes.AverageSpeedKmh / 60:0} | {wall:0.0} | {(report.IsFeasible ? "feasible" : "INFEASIBLE: " + report.Problems[0])} |"));
            planned.Add(($"{bookings} bookings", evening.Problem, plan));
        }

        Console.WriteLine();
        foreach (var (name, problem, plan) in planned)
        {
            InsertionTiming.Print(name, problem, plan, samples: 40);
        }

        return Task.FromResult(0);
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
