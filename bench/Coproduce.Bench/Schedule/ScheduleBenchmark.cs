using System.Diagnostics;
using System.Globalization;
using Coproduce.Scheduling;
using Coproduce.Scheduling.Benchmarks;
using Coproduce.Scheduling.Checking;
using Coproduce.Scheduling.OrTools;
using Coproduce.Scheduling.Search;

namespace Coproduce.Bench.Schedule;

/// <summary>
/// Runs our engine and OR-Tools with the same time budget on every DARP benchmark instance, checks every solution
/// with the independent checker, and prints a Markdown table of costs and gaps to the best known costs.
/// </summary>
internal static class ScheduleBenchmark
{
    public const string Help = "schedule [--seconds S] [--only PREFIX] [--seed N] [--solver alns|ortools|both] [--iterations N] [--set knob=value] [--references S --reference-seeds N]: DARP engine vs OR-Tools on shared/bench-data/darp and the generated instances; --references recomputes the generated instances' reference costs with runs of S seconds";

    private sealed record Outcome(double Cost, bool Feasible, string Note, double Seconds, long Iterations)
    {
        public Coproduce.Scheduling.Model.Plan? Plan { get; init; }
    }

    public static Task<int> RunAsync(string[] args)
    {
        var seconds = 10.0;
        var only = "";
        var seed = 1;
        var which = "both";
        long? iterations = null;
        var tuning = new List<string>();
        double? referenceSeconds = null;
        var referenceSeeds = 2;
        for (var a = 0; a + 1 < args.Length; a += 2)
        {
            switch (args[a])
            {
                case "--seconds":
                    seconds = double.Parse(args[a + 1], CultureInfo.InvariantCulture);
                    break;
                case "--only":
                    only = args[a + 1];
                    break;
                case "--seed":
                    seed = int.Parse(args[a + 1], CultureInfo.InvariantCulture);
                    break;
                case "--solver":
                    which = args[a + 1];
                    break;
                case "--set":
                    tuning.Add(args[a + 1]);
                    break;
                case "--references":
                    referenceSeconds = double.Parse(args[a + 1], CultureInfo.InvariantCulture);
                    break;
                case "--reference-seeds":
                    referenceSeeds = int.Parse(args[a + 1], CultureInfo.InvariantCulture);
                    break;
                case "--iterations":
                    iterations = long.Parse(args[a + 1], CultureInfo.InvariantCulture);
                    break;
                default:
                    Console.Error.WriteLine("Usage: " + Help);
                    return Task.FromResult(2);
            }
        }

        if (referenceSeconds is { } perRun)
        {
            GeneratedReferences.Recompute(only, perRun, referenceSeeds);
            return Task.FromResult(0);
        }

        var folder = BenchmarkData.Locate();
        if (folder is null)
        {
            Console.Error.WriteLine("Could not find shared/bench-data/darp above the current folder; set COPRODUCE_BENCH_DATA.");
            return Task.FromResult(1);
        }

        var bestKnown = File.ReadLines(Path.Combine(folder, "bks.csv")).Skip(1)
            .Select(line => line.Split(','))
            .ToDictionary(f => f[0], f => double.Parse(f[3], CultureInfo.InvariantCulture));
        var instances = Directory.GetFiles(folder, "*.txt")
            .Select(Path.GetFileNameWithoutExtension)
            .OfType<string>()
            .Where(name => name.StartsWith(only, StringComparison.Ordinal) && bestKnown.ContainsKey(name))
            .Order(StringComparer.Ordinal)
            .Select(name => (Name: name, Read: DarpInstanceReader.ReadFile(Path.Combine(folder, name + ".txt")), Best: bestKnown[name]))
            .ToList();

        // The generated set follows, measured against its stored references instead of published optima.
        instances.AddRange(GeneratedReferences.Load()
            .Where(g => g.Name.StartsWith(only, StringComparison.Ordinal))
            .Select(g => (g.Name, new DarpReadResult(g.Instance, null), g.Reference)));

        var runOurs = which is "both" or "alns";
        var runOrTools = which is "both" or "ortools";
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Data: {folder}; {seconds:0.#} s per instance per solver, seed {seed}, one solver at a time (single-threaded)"));
        Console.WriteLine();
        Console.WriteLine("| instance | best known | ours | gap % | OR-Tools | gap % | ours s | OR-Tools s | our iterations |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
        var rows = new List<(string Name, double Best, Outcome? Ours, Outcome? OrTools)>();
        var planned = new Dictionary<string, DarpInstance>(StringComparer.Ordinal);
        foreach (var (name, read, best) in instances)
        {
            if (read.Instance is not { } instance)
            {
                Console.WriteLine($"| {name} | could not read: {read.Error} |");
                continue;
            }

            var options = new SolveOptions { TimeLimit = TimeSpan.FromSeconds(seconds), Seed = seed, MaxIterations = iterations };
            var ours = runOurs ? Run(new DarpSolver { Settings = SearchSettings.Parse(tuning) }, instance, options) : null;
            var orTools = runOrTools ? Run(new OrToolsSolver(), instance, options) : null;
            planned[name] = instance;
            rows.Add((name, best, ours, orTools));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {name} | {best:0.00} | {Cost(ours)} | {Gap(ours, best)} | {Cost(orTools)} | {Gap(orTools, best)} | {ours?.Seconds:0.0} | {orTools?.Seconds:0.0} | {ours?.Iterations} |"));
        }

        Console.WriteLine();
        Summarise(rows);
        Console.WriteLine();
        foreach (var row in rows.Where(r => r.Ours?.Plan is not null).GroupBy(r => r.Name[0]).Select(g => g.Last()))
        {
            InsertionTiming.Print(row.Name, planned[row.Name].Problem, row.Ours!.Plan!, samples: 20);
        }
        return Task.FromResult(0);
    }

    private static Outcome Run(IDarpSolver solver, DarpInstance instance, SolveOptions options)
    {
        var clock = Stopwatch.StartNew();
        var plan = solver.Solve(instance.Problem, options);
        var elapsed = clock.Elapsed.TotalSeconds;
        if (solver is DarpSolver ours && Environment.GetEnvironmentVariable("COPRODUCE_BENCH_VERBOSE") == "1")
        {
            Console.Error.WriteLine($"  evaluator: {ours.LastCounters}");
        }

        var report = SolutionChecker.Check(instance.Problem, plan, requireAllServed: true);
        var tooMany = plan.Routes.Count > instance.Problem.Vehicles.Count;
        var note = report.IsFeasible && !tooMany ? "" : plan.Unserved.Count > 0 ? $" ({plan.Unserved.Count} unserved)" : " (infeasible)";
        return new Outcome(report.Distance, report.IsFeasible && !tooMany, note, elapsed, (solver as DarpSolver)?.LastIterations ?? 0) { Plan = plan };
    }

    private static string Cost(Outcome? outcome) =>
        outcome is null ? "-" : outcome.Cost.ToString("0.00", CultureInfo.InvariantCulture) + outcome.Note;

    private static string Gap(Outcome? outcome, double best) =>
        outcome is { Feasible: true } && !double.IsNaN(best) ? GapOf(outcome, best).ToString("0.00", CultureInfo.InvariantCulture) : "-";

    /// <summary>Best known costs are often published to 2 dp, so a gap within rounding of zero prints as zero.</summary>
    private static double GapOf(Outcome outcome, double best)
    {
        var gap = 100 * (outcome.Cost - best) / best;
        return Math.Abs(gap) < 0.005 ? 0 : gap;
    }

    private static void Summarise(List<(string Name, double Best, Outcome? Ours, Outcome? OrTools)> rows)
    {
        // The last group is the target: the larger evenings, 80 to 150 requests, from every set.
        var groups = new (string Label, Func<string, bool> Member)[]
        {
            ("Set 'a'", name => name.StartsWith('a')),
            ("Set 'b'", name => name.StartsWith('b')),
            ("Generated set 'g' (gap to stored references)", name => name.StartsWith('g')),
            ("Large: 80 to 150 requests", name => RequestsOf(name) is >= 80 and <= 150),
        };
        foreach (var (label, member) in groups)
        {
            var inSet = rows.Where(r => member(r.Name) && !double.IsNaN(r.Best)).ToList();
            if (inSet.Count == 0)
            {
                continue;
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{label} ({inSet.Count} instances: {string.Join(' ', inSet.Select(r => r.Name))}):"));
            foreach (var (solverLabel, pick) in new (string, Func<(string, double, Outcome?, Outcome?), Outcome?>)[] { ("ours", r => r.Item3), ("OR-Tools", r => r.Item4) })
            {
                var outcomes = inSet.Select(r => (Outcome: pick(r), r.Best)).Where(o => o.Outcome is not null).ToList();
                if (outcomes.Count == 0)
                {
                    continue;
                }

                var feasible = outcomes.Where(o => o.Outcome!.Feasible).ToList();
                var gaps = feasible.Select(o => GapOf(o.Outcome!, o.Best)).ToList();
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  {solverLabel}: {feasible.Count}/{outcomes.Count} feasible; mean gap {(gaps.Count > 0 ? gaps.Average() : double.NaN):0.00} %, worst {(gaps.Count > 0 ? gaps.Max() : double.NaN):0.00} % (over feasible ones)"));
            }

            var both = inSet.Where(r => r.Ours is not null && r.OrTools is not null).ToList();
            if (both.Count > 0)
            {
                // Costs within 0.005 (the precision of most published optima) count as equal.
                var wins = both.Count(r => r.Ours!.Feasible && (!r.OrTools!.Feasible || r.Ours.Cost < r.OrTools.Cost - 0.005));
                var ties = both.Count(r => r.Ours!.Feasible && r.OrTools!.Feasible && Math.Abs(r.Ours.Cost - r.OrTools.Cost) <= 0.005);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  ours better than OR-Tools on {wins}/{both.Count}, equal on {ties}, worse on {both.Count - wins - ties}"));
            }
        }
    }

    /// <summary>The request count in an instance name such as a8-96 or g13-150-s1.</summary>
    private static int RequestsOf(string name) =>
        int.Parse(name.Split('-')[1], CultureInfo.InvariantCulture);
}
