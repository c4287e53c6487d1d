using Coproduce.Scheduling.Model;

namespace Coproduce.Scheduling;

/// <summary>How long and how a solver may search.</summary>
public sealed record SolveOptions
{
    /// <summary>Wall-clock budget; the best plan found when it ends is returned.</summary>
    public TimeSpan TimeLimit { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Seed of the pseudo-random choices; the same seed follows the same search path.</summary>
    public int Seed { get; init; } = 1;

    /// <summary>
    /// Optional cap on search iterations. With it (and a generous time limit) a run is reproducible
    /// on any machine; without it, how far along the path the search gets depends on the machine's speed.
    /// </summary>
    public long? MaxIterations { get; init; }
}

/// <summary>Plans an evening: assigns requests to vehicles, orders and times the stops.</summary>
public interface IDarpSolver
{
    /// <summary>Short name used on the command line (e.g. "alns", "ortools").</summary>
    string Name { get; }

    /// <summary>
    /// Returns the best plan found within the options' budget. Requests that can't be served come back in
    /// <see cref="Plan.Unserved"/> with a reason; bad data never throws. Cancelling returns the best plan so far.
    /// </summary>
    Plan Solve(Problem problem, SolveOptions options, CancellationToken cancellationToken = default);
}
