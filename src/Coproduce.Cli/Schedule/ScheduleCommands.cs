using System.Globalization;
using Coproduce.Scheduling;
using Coproduce.Scheduling.Benchmarks;
using Coproduce.Scheduling.Checking;

namespace Coproduce.Cli.Schedule;

/// <summary>`coproduce schedule solve|check`: the dial-a-ride optimiser on benchmark-format files.</summary>
internal static class ScheduleCommands
{
    public const string SolveUsage = "schedule solve FILE [--seconds S] [--seed N] [--solver alns|ortools]";
    public const string CheckUsage = "schedule check FILE SOLUTION";

    public static async Task<int> SolveAsync(string[] args, TextWriter output, TextWriter error)
    {
        var seconds = 10.0;
        var seed = 1;
        var solverName = "alns";
        string? file = null;
        for (var a = 0; a < args.Length; a++)
        {
            switch (args[a])
            {
                case "--seconds" when a + 1 < args.Length && double.TryParse(args[a + 1], NumberStyles.Float, CultureInfo.InvariantCulture, out seconds) && seconds > 0:
                case "--seed" when a + 1 < args.Length && int.TryParse(args[a + 1], NumberStyles.Integer, CultureInfo.InvariantCulture, out seed):
                    a++;
                    break;
                case "--solver" when a + 1 < args.Length:
                    solverName = args[++a];
                    break;
                default:
                    if (args[a].StartsWith("--", StringComparison.Ordinal) || file is not null)
                    {
                        await error.WriteLineAsync($"Unexpected or invalid argument '{args[a]}'. Usage: coproduce {SolveUsage}");
                        return 2;
                    }

                    file = args[a];
                    break;
            }
        }

        if (file is null)
        {
            await error.WriteLineAsync($"Usage: coproduce {SolveUsage}");
            return 2;
        }

        var solver = Solvers.Find(solverName);
        if (solver is null)
        {
            await error.WriteLineAsync($"Unknown solver '{solverName}'; choose one of: {string.Join(", ", Solvers.Names)}");
            return 2;
        }

        var read = DarpInstanceReader.ReadFile(file);
        if (read.Instance is not { } instance)
        {
            await error.WriteLineAsync($"{file}: {read.Error}");
            return 1;
        }

        using var cancel = new CancellationTokenSource();
        ConsoleCancelEventHandler stop = (_, e) =>
        {
            // Ctrl+C ends the search early; the best plan so far is still printed.
            e.Cancel = true;
            cancel.Cancel();
        };
        Console.CancelKeyPress += stop;
        try
        {
            var options = new SolveOptions { TimeLimit = TimeSpan.FromSeconds(seconds), Seed = seed };
            var plan = solver.Solve(instance.Problem, options, cancel.Token);
            await output.WriteLineAsync(DarpSolutionFormat.Write(instance, plan));
            return 0;
        }
        finally
        {
            Console.CancelKeyPress -= stop;
        }
    }

    public static async Task<int> CheckAsync(string[] args, TextWriter output, TextWriter error)
    {
        if (args.Length != 2)
        {
            await error.WriteLineAsync($"Usage: coproduce {CheckUsage}");
            return 2;
        }

        var read = DarpInstanceReader.ReadFile(args[0]);
        if (read.Instance is not { } instance)
        {
            await error.WriteLineAsync($"{args[0]}: {read.Error}");
            return 1;
        }

        string text;
        try
        {
            text = await File.ReadAllTextAsync(args[1]);
        }
        catch (IOException e)
        {
            await error.WriteLineAsync($"{args[1]}: {e.Message}");
            return 1;
        }

        var (plan, problem) = DarpSolutionFormat.Read(instance, text);
        if (plan is null)
        {
            await error.WriteLineAsync($"{args[1]}: {problem}");
            return 1;
        }

        var report = SolutionChecker.Check(instance.Problem, plan, requireAllServed: true);
        var messages = report.Problems.ToList();
        if (plan.Routes.Count > instance.Problem.Vehicles.Count)
        {
            messages.Add($"{plan.Routes.Count} routes but only {instance.Problem.Vehicles.Count} vehicles");
        }

        if (messages.Count > 0)
        {
            foreach (var message in messages)
            {
                await error.WriteLineAsync("infeasible: " + message);
            }

            await output.WriteLineAsync(report.Distance.ToString("0.0000", CultureInfo.InvariantCulture));
            return 1;
        }

        await output.WriteLineAsync(report.Distance.ToString("0.0000", CultureInfo.InvariantCulture));
        return 0;
    }
}
