using Coproduce.Scheduling.Engine;

namespace Coproduce.Scheduling.Search;

/// <summary>
/// For each request, the other requests ordered from most to least related (Shaw 1998; Ropke and Pisinger 2006):
/// close pickups, close drop-offs and similar times. Removing related requests together lets them be re-planned
/// together, which is what escapes the local optima of one-request moves.
/// </summary>
internal sealed class Relatedness
{
    public Relatedness(CompiledProblem problem, IReadOnlyList<int> requests)
    {
        var n = problem.RequestCount;
        Neighbours = new int[n][];
        var keys = new double[requests.Count];
        foreach (var r in requests)
        {
            var order = requests.ToArray();
            for (var x = 0; x < order.Length; x++)
            {
                keys[x] = Distance(problem, r, order[x]);
            }

            Array.Sort(keys, order);
            Neighbours[r] = order;
        }
    }

    /// <summary>Neighbours[r] starts with r itself (distance zero), then the most related requests.</summary>
    public int[][] Neighbours { get; }

    private static double Distance(CompiledProblem p, int a, int b)
    {
        if (a == b)
        {
            return -1;
        }

        var space = p.Travel(a, b) + p.Travel(p.Dropoff(a), p.Dropoff(b));
        return space + Math.Abs(PickupTime(p, a) - PickupTime(p, b));
    }

    /// <summary>
    /// When the pickup would roughly happen, read from whichever window is tighter: in practice one end of a
    /// journey has the booked time and the other is left open.
    /// </summary>
    private static double PickupTime(CompiledProblem p, int request)
    {
        var dropoff = p.Dropoff(request);
        var pickupWidth = p.Latest[request] - p.Earliest[request];
        var dropoffWidth = p.Latest[dropoff] - p.Earliest[dropoff];
        if (pickupWidth <= dropoffWidth)
        {
            return double.IsFinite(pickupWidth) ? p.Earliest[request] + (0.5 * pickupWidth) : p.Earliest[request];
        }

        var dropoffTime = p.Earliest[dropoff] + (0.5 * dropoffWidth);
        return dropoffTime - p.Travel(request, dropoff) - p.Service[request];
    }
}
