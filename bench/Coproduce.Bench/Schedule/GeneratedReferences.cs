using System.Diagnostics;
using System.Globalization;
using Coproduce.Bench.Support;
using Coproduce.Scheduling;
using Coproduce.Scheduling.Benchmarks;
using Coproduce.Scheduling.Checking;

namespace Coproduce.Bench.Schedule;

/// <summary>
/// The generated instances (<see cref="DarpInstanceGenerator"/>) have no published optimum, so each is measured
/// against a reference cost: the best of several long runs of our engine, stored in
/// <c>bench/Coproduce.Bench/Schedule/generated-references.csv</c> with how it was obtained, so that an ordinary
/// benchmark run does not repeat them. <c>schedule --references SECONDS</c> recomputes them; a run only replaces a
/// stored reference when it finds a cheaper plan, so the file keeps the best ever found.
/// </summary>
internal static class GeneratedReferences
{
    /// <summary>Sizes of the generated set, each made with instance seed 1.</summary>
    public static readonly int[] Sizes = [100, 150, 200];

    private const int InstanceSeed = 1;

    private const string Header = "instance,requests,instance_seed,reference_cost,date,search_seeds,seconds_per_run,iterations_of_best_run,how";

    public static string FilePath => Path.Combine(RepositoryRoot.Find(), "bench", "Coproduce.Bench", "Schedule", "generated-references.csv");

    /// <summary>The generated instances by name, with their stored reference cost (NaN when none is stored).</summary>
    public static List<(string Name, DarpInstance Instance, double Reference)> Load()
    {
        var stored = Read();
        return Sizes
            .Select(size => (Name: DarpInstanceGenerator.NameOf(size, InstanceSeed), Instance: DarpInstanceGenerator.Generate(size, InstanceSeed)))
            .Select(g => (g.Name, g.Instance, stored.TryGetValue(g.Name, out var row) ? row.Cost : double.NaN))
            .ToList();
    }

    /// <summary>Runs every generated instance (matching <paramref name="only"/>) for each seed and stores the best.</summary>
    public static void Recompute(string only, double seconds, int seeds)
    {
        var stored = Read();
        foreach (var (name, instance, _) in Load().Where(g => g.Name.StartsWith(only, StringComparison.Ordinal)))
        {
            for (var seed = 1; seed <= seeds; seed++)
            {
                var solver = new DarpSolver();
                var clock = Stopwatch.StartNew();
                var plan = solver.Solve(instance.Problem, new SolveOptions { TimeLimit = TimeSpan.FromSeconds(seconds), Seed = seed });
                var report = SolutionChecker.Check(instance.Problem, plan, requireAllServed: true);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{name} seed {seed}: {report.Distance:0.0000} ({(report.IsFeasible ? "checked" : "INFEASIBLE")}) in {clock.Elapsed.TotalSeconds:0} s, {solver.LastIterations} iterations"));
                if (!report.IsFeasible || (stored.TryGetValue(name, out var old) && old.Cost <= report.Distance))
                {
                    continue;
                }

                stored[name] = (report.Distance, string.Create(CultureInfo.InvariantCulture,
                    $"{name},{instance.RequestCount},{InstanceSeed},{report.Distance:0.0000},{DateTimeOffset.UtcNow:yyyy-MM-dd},1-{seeds} (best: {seed}),{seconds:0},{solver.LastIterations},best of {seeds} runs of our engine (schedule --references {seconds:0}) on a shared 2-core machine"));
            }
        }

        File.WriteAllLines(FilePath, [Header, .. stored.Values.Select(v => v.Line).Order(StringComparer.Ordinal)]);
        Console.WriteLine("Wrote " + FilePath);
    }

    private static Dictionary<string, (double Cost, string Line)> Read()
    {
        var rows = new Dictionary<string, (double, string)>(StringComparer.Ordinal);
        if (!File.Exists(FilePath))
        {
            return rows;
        }

        foreach (var line in File.ReadLines(FilePath).Skip(1).Where(l => l.Length > 0))
        {
            var fields = line.Split(',');
            rows[fields[0]] = (double.Parse(fields[3], CultureInfo.InvariantCulture), line);
        }

        return rows;
    }
}
