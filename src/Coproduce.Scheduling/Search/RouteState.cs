using Coproduce.Scheduling.Engine;

namespace Coproduce.Scheduling.Search;

/// <summary>
/// One vehicle's route during the search, with the per-position facts insertion needs in O(1):
/// earliest possible start of service, latest start that keeps the rest of the route on time, and load on leaving.
/// </summary>
internal sealed class RouteState
{
    public RouteState(CompiledProblem problem, int vehicle)
    {
        Vehicle = vehicle;
        var length = (2 * problem.RequestCount) + 2;
        Nodes = new int[length];
        Earliest = new double[length];
        Latest = new double[length];
        Seats = new int[length];
        Wheelchairs = new int[length];
        PickupPosition = new int[length];
        positionOfNode = new int[problem.NodeCount];
        if (vehicle >= problem.VehicleCount)
        {
            return; // a scratch copy with no vehicle of its own (also when there is no fleet at all)
        }

        Nodes[0] = problem.StartDepot(vehicle);
        Nodes[1] = problem.EndDepot(vehicle);
        Count = 2;
        Refresh(problem);
    }

    public int Vehicle { get; }

    public int[] Nodes { get; }

    public int Count { get; private set; }

    public double Cost { get; private set; }

    public double[] Earliest { get; }

    public double[] Latest { get; }

    /// <summary>Seats taken on leaving each position.</summary>
    public int[] Seats { get; }

    /// <summary>Wheelchair spaces taken on leaving each position.</summary>
    public int[] Wheelchairs { get; }

    /// <summary>For a drop-off position, the position of its pickup; -1 elsewhere.</summary>
    public int[] PickupPosition { get; }

    public bool IsEmpty => Count == 2;

    private readonly int[] positionOfNode;

    public ReadOnlySpan<int> Span => Nodes.AsSpan(0, Count);

    public void CopyFrom(RouteState other)
    {
        Array.Copy(other.Nodes, Nodes, other.Count);
        Array.Copy(other.Earliest, Earliest, other.Count);
        Array.Copy(other.Latest, Latest, other.Count);
        Array.Copy(other.Seats, Seats, other.Count);
        Array.Copy(other.Wheelchairs, Wheelchairs, other.Count);
        Array.Copy(other.PickupPosition, PickupPosition, other.Count);
        Count = other.Count;
        Cost = other.Cost;
    }

    /// <summary>Replaces the route by <paramref name="route"/> (depots included).</summary>
    public void Set(CompiledProblem problem, ReadOnlySpan<int> route)
    {
        route.CopyTo(Nodes);
        Count = route.Length;
        Refresh(problem);
    }

    /// <summary>Inserts pickup and drop-off of <paramref name="request"/> after positions i and j (i &lt;= j).</summary>
    public void Insert(CompiledProblem problem, int request, int i, int j)
    {
        var dropoff = problem.Dropoff(request);
        Array.Copy(Nodes, j + 1, Nodes, j + 3, Count - j - 1);
        Nodes[j + 2] = dropoff;
        Array.Copy(Nodes, i + 1, Nodes, i + 2, j - i);
        Nodes[i + 1] = request;
        Count += 2;
        Refresh(problem);
    }

    /// <summary>Removes both stops of <paramref name="request"/>. Triangle inequality keeps the route feasible.</summary>
    public void Remove(CompiledProblem problem, int request)
    {
        var dropoff = problem.Dropoff(request);
        var write = 0;
        for (var read = 0; read < Count; read++)
        {
            var node = Nodes[read];
            if (node != request && node != dropoff)
            {
                Nodes[write++] = node;
            }
        }

        Count = write;
        Refresh(problem);
    }

    public void Refresh(CompiledProblem problem)
    {
        var cost = 0.0;
        Earliest[0] = problem.Earliest[Nodes[0]];
        Seats[0] = 0;
        Wheelchairs[0] = 0;
        PickupPosition[0] = -1;
        for (var k = 1; k < Count; k++)
        {
            var previous = Nodes[k - 1];
            var node = Nodes[k];
            var travel = problem.Travel(previous, node);
            cost += travel;
            Earliest[k] = Math.Max(problem.Earliest[node], Earliest[k - 1] + problem.Service[previous] + travel);
            Seats[k] = Seats[k - 1] + problem.SeatDelta[node];
            Wheelchairs[k] = Wheelchairs[k - 1] + problem.WheelchairDelta[node];
            positionOfNode[node] = k;
            PickupPosition[k] = problem.IsDropoff(node) ? positionOfNode[node - problem.RequestCount] : -1;
        }

        Latest[Count - 1] = problem.Latest[Nodes[Count - 1]];
        for (var k = Count - 2; k >= 0; k--)
        {
            var node = Nodes[k];
            Latest[k] = Math.Min(problem.Latest[node], Latest[k + 1] - problem.Service[node] - problem.Travel(node, Nodes[k + 1]));
        }

        Cost = cost;
    }
}
