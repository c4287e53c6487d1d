using Coproduce.Scheduling.Engine;
using Coproduce.Scheduling.Model;
using Coproduce.Scheduling.Search;

namespace Coproduce.Scheduling;

/// <summary>
/// The engine's own solver: requests no vehicle could carry are screened out with a reason, the rest are planned
/// by a ruin-and-recreate large neighbourhood search with simulated annealing (see <c>docs/scheduling.md</c>).
/// Deterministic for a seed, anytime, cancellable, and never throws on bad data.
/// </summary>
public sealed class DarpSolver : IDarpSolver
{
    /// <inheritdoc />
    public string Name => "alns";

    /// <summary>Tuning knobs; the defaults are what the benchmark settled on.</summary>
    internal SearchSettings Settings { get; init; } = new();

    /// <summary>Iterations the last <see cref="Solve"/> ran (for benchmarks and tests).</summary>
    public long LastIterations { get; private set; }

    /// <summary>Evaluator counters of the last solve: evaluations, step-7 runs, exact runs, exact rescues.</summary>
    public (long Evaluations, long PickupDelays, long ExactRuns, long ExactRescues) LastCounters { get; private set; }

    /// <inheritdoc />
    public Plan Solve(Problem problem, SolveOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(options);
        var compiled = new CompiledProblem(problem);
        var evaluator = new RouteEvaluator(compiled);
        var screening = new RequestScreening(compiled, evaluator);
        var search = new RuinAndRecreate(compiled, screening, evaluator, options.Seed, Settings);
        var best = search.Run(null, options.TimeLimit, options.MaxIterations, cancellationToken, options.Progress);
        LastIterations = search.Iterations;
        LastCounters = (evaluator.Counters.Evaluations, evaluator.Counters.PickupDelays, evaluator.Counters.ExactRuns, evaluator.ExactRescues);
        return PlanBuilder.Build(compiled, evaluator, screening, best);
    }
}
