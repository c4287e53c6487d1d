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

    /// <summary>
    /// Told about the best plan so far about twice a second while the search runs, so a coordinator can watch an
    /// evening being planned. Called on the solving thread: keep it quick.
    /// </summary>
    public Action<SolveProgress>? Progress { get; init; }
}

/// <summary>How far a search has got.</summary>
/// <param name="Elapsed">Time searched so far.</param>
/// <param name="Limit">The time it may take.</param>
/// <param name="Requests">Requests in the problem.</param>
/// <param name="Unserved">Requests the best plan so far leaves out.</param>
/// <param name="Distance">Distance the best plan so far drives.</param>
public sealed record SolveProgress(TimeSpan Elapsed, TimeSpan Limit, int Requests, int Unserved, double Distance)
{
    /// <summary>Share of the time budget used, 0 to 1.</summary>
    public double Fraction => Limit <= TimeSpan.Zero ? 1 : Math.Clamp(Elapsed / Limit, 0, 1);
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
