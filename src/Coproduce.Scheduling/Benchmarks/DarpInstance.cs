using Coproduce.Scheduling.Model;

namespace Coproduce.Scheduling.Benchmarks;

/// <summary>The two layouts of the Cordeau-Laporte benchmark files; <see cref="DarpInstanceReader"/> tells them apart.</summary>
public enum DarpFileVariant
{
    /// <summary>
    /// Cordeau (2006) and Ropke, Cordeau and Laporte (2007), the 'a' and 'b' sets: the header's second number is n,
    /// the number of requests, and there are 2n + 2 node lines, the end depot 2n + 1 on a line of its own.
    /// </summary>
    Cordeau2006,

    /// <summary>
    /// Cordeau and Laporte (2003), the tabu search instances: the header's second number is 2n, the number of pickup
    /// and drop-off nodes, and there are 2n + 1 node lines; vehicles return to node 0, which has no second line.
    /// </summary>
    CordeauLaporte2003,
}

/// <summary>
/// A benchmark instance, read into a <see cref="Problem"/>. Request number i (1..n) is at index i - 1 and has pickup
/// node i and drop-off node n + i; node 0 is the start depot and <see cref="EndDepotNode"/> the end depot.
/// </summary>
public sealed class DarpInstance
{
    internal DarpInstance(Problem problem, DarpFileVariant variant)
    {
        Problem = problem;
        Variant = variant;
    }

    /// <summary>The requests and the fleet.</summary>
    public Problem Problem { get; }

    /// <summary>Which layout the file had; it decides the end depot's node id.</summary>
    public DarpFileVariant Variant { get; }

    /// <summary>n, the number of requests.</summary>
    public int RequestCount => Problem.Requests.Count;

    /// <summary>The node id of the start depot in this format.</summary>
    public static int StartDepotNode => 0;

    /// <summary>The node id of the end depot: 2n + 1, or node 0 again in the 2003 layout, which has no end depot line.</summary>
    public int EndDepotNode => Variant == DarpFileVariant.CordeauLaporte2003 ? StartDepotNode : (2 * RequestCount) + 1;

    /// <summary>The node id of a request's pickup or drop-off.</summary>
    public int NodeOf(int requestIndex, bool pickup) => requestIndex + 1 + (pickup ? 0 : RequestCount);
}

/// <summary>Reading a benchmark file, or the reason it can't be read.</summary>
/// <param name="Instance">The instance, or null when the file can't be used.</param>
/// <param name="Error">Why the file can't be used (naming the line), or null.</param>
public sealed record DarpReadResult(DarpInstance? Instance, string? Error);
