using Coproduce.Scheduling.Engine;

namespace Coproduce.Scheduling.Search;

/// <summary>
/// Cheapest feasible insertion of one request into a solution. Every pickup/drop-off position pair is priced in O(1)
/// and screened with necessary conditions (capacity, time windows against the cached earliest and latest starts,
/// a lower bound on the ride time); survivors are then tried cheapest first with the exact route evaluator,
/// so the first one that passes is the best feasible insertion.
/// </summary>
internal sealed class Inserter
{
    private const int PositionBits = 10;
    private const int PositionMask = (1 << PositionBits) - 1;

    private readonly CompiledProblem problem;
    private readonly RequestScreening screening;
    private readonly RouteEvaluator evaluator;
    private readonly int[] scratch;
    private readonly bool[] classTried;
    private double[] costs = new double[256];
    private int[] moves = new int[256];
    private int count;

    public Inserter(CompiledProblem problem, RequestScreening screening, RouteEvaluator evaluator)
    {
        this.problem = problem;
        this.screening = screening;
        this.evaluator = evaluator;
        scratch = new int[(2 * problem.RequestCount) + 2];
        classTried = new bool[problem.VehicleCount];
    }

    /// <summary>
    /// Inserts <paramref name="request"/> where it adds least distance; with <paramref name="blink"/> &gt; 0 each
    /// candidate is skipped with that probability (Christiaens and Vanden Berghe 2020), which diversifies the search.
    /// Returns false, changing nothing, when no feasible position exists.
    /// </summary>
    public bool InsertBest(Solution solution, int request, Random random, double blink)
    {
        if (!FindBest(solution, request, random, blink, out var vehicle, out var i, out var j, out _))
        {
            return false;
        }

        solution.Routes[vehicle].Insert(problem, request, i, j);
        solution.RouteOf[request] = vehicle;
        return true;
    }

    /// <summary>Finds the cheapest feasible insertion without applying it.</summary>
    public bool FindBest(Solution solution, int request, Random? random, double blink, out int vehicle, out int i, out int j, out double added)
    {
        count = 0;
        Array.Clear(classTried);
        foreach (var route in solution.Routes)
        {
            if (!screening.CanUse(request, route.Vehicle))
            {
                continue;
            }

            if (route.IsEmpty)
            {
                // Empty vehicles of one kind are interchangeable: pricing one of them is enough.
                var kind = problem.VehicleClass[route.Vehicle];
                if (classTried[kind])
                {
                    continue;
                }

                classTried[kind] = true;
            }

            Enumerate(route, request);
        }

        return TakeFeasible(solution.Routes, request, random, blink, out vehicle, out i, out j, out added);
    }

    /// <summary>Tries the priced candidates cheapest first with the exact evaluator; the first that passes is the best.</summary>
    private bool TakeFeasible(RouteState[] routes, int request, Random? random, double blink, out int vehicle, out int i, out int j, out double added)
    {
        var tried = 0;
        while (count > 0)
        {
            var best = tried < 6 ? TakeCheapestByScan() : TakeCheapestSorted(tried == 6);
            tried++;
            if (blink > 0 && random is not null && random.NextDouble() < blink)
            {
                continue;
            }

            var move = moves[best];
            var route = routes[move >> (2 * PositionBits)];
            var at = (move >> PositionBits) & PositionMask;
            var dropAfter = move & PositionMask;
            var length = Build(route, request, at, dropAfter);
            if (evaluator.Evaluate(scratch.AsSpan(0, length), route.Vehicle))
            {
                vehicle = route.Vehicle;
                i = at;
                j = dropAfter;
                added = costs[best];
                return true;
            }
        }

        vehicle = i = j = -1;
        added = double.PositiveInfinity;
        return false;
    }

    private int TakeCheapestByScan()
    {
        var best = 0;
        for (var c = 1; c < count; c++)
        {
            if (costs[c] < costs[best])
            {
                best = c;
            }
        }

        // Swap the taken candidate out of the live range.
        count--;
        (costs[best], costs[count]) = (costs[count], costs[best]);
        (moves[best], moves[count]) = (moves[count], moves[best]);
        return count;
    }

    private int TakeCheapestSorted(bool first)
    {
        // Many cheap candidates failed: sort the rest once and walk them in order from the back of the array.
        if (first)
        {
            Array.Sort(costs, moves, 0, count);
            Array.Reverse(costs, 0, count);
            Array.Reverse(moves, 0, count);
        }

        count--;
        return count;
    }

    private int Build(RouteState route, int request, int i, int j)
    {
        var nodes = route.Nodes;
        var length = 0;
        for (var k = 0; k <= i; k++)
        {
            scratch[length++] = nodes[k];
        }

        scratch[length++] = request;
        for (var k = i + 1; k <= j; k++)
        {
            scratch[length++] = nodes[k];
        }

        scratch[length++] = problem.Dropoff(request);
        for (var k = j + 1; k < route.Count; k++)
        {
            scratch[length++] = nodes[k];
        }

        return length;
    }

    private void Enumerate(RouteState route, int request)
    {
        var p = problem;
        var pickup = request;
        var dropoff = p.Dropoff(request);
        var seats = p.SeatDelta[pickup];
        var chairs = p.WheelchairDelta[pickup];
        var seatLimit = p.Seats[route.Vehicle] - seats;
        var chairLimit = p.WheelchairSpaces[route.Vehicle] - chairs;
        var maxRide = p.MaxRide[request] + CompiledProblem.Tolerance;
        var eps = CompiledProblem.Tolerance;
        var nodes = route.Nodes;
        var earliest = route.Earliest;
        var latest = route.Latest;
        var m = route.Count;
        var routeBits = route.Vehicle << (2 * PositionBits);
        var pickupService = p.Service[pickup];
        var dropoffService = p.Service[dropoff];
        var pickupLatest = p.Latest[pickup] + eps;
        var dropoffLatest = p.Latest[dropoff] + eps;

        // The pickup can't follow a stop that starts after the pickup's window closes, nor after the last moment
        // from which the drop-off's window can still be reached; earliest starts only grow along the route, so
        // every later position fails too. This bounds the scan for an outbound request, whose pickup is open
        // all day but whose drop-off time is booked.
        var lastUseful = Math.Min(pickupLatest, dropoffLatest - pickupService - p.Travel(pickup, dropoff));

        for (var i = FirstUsefulPosition(route, request); i < m - 1; i++)
        {
            if (earliest[i] > lastUseful)
            {
                break;
            }

            if (route.Seats[i] > seatLimit || route.Wheelchairs[i] > chairLimit)
            {
                continue;
            }

            var a = nodes[i];
            var b = nodes[i + 1];
            var toPickup = p.Travel(a, pickup);
            var pickupStart = Math.Max(p.Earliest[pickup], earliest[i] + p.Service[a] + toPickup);
            if (pickupStart > pickupLatest)
            {
                continue;
            }

            var pickupLeave = pickupStart + pickupService;
            var removed = p.Travel(a, b);

            // Drop-off straight after the pickup.
            var direct = p.Travel(pickup, dropoff);
            var dropStart = Math.Max(p.Earliest[dropoff], pickupLeave + direct);
            var dropLatest = Math.Min(p.Latest[dropoff], latest[i + 1] - dropoffService - p.Travel(dropoff, b));
            if (dropStart <= dropoffLatest
                && Math.Max(p.Earliest[b], dropStart + dropoffService + p.Travel(dropoff, b)) <= latest[i + 1] + eps
                && dropStart - Math.Min(p.Latest[pickup], dropLatest - pickupService - direct) - pickupService <= maxRide)
            {
                Add(toPickup + direct + p.Travel(dropoff, b) - removed, routeBits | (i << PositionBits) | i);
            }

            // Drop-off later: walk forward with the pushed earliest start of each following stop.
            var pickupToNext = p.Travel(pickup, b);
            var current = Math.Max(p.Earliest[b], pickupLeave + pickupToNext);
            if (current > latest[i + 1] + eps)
            {
                continue;
            }

            var pickupDelta = toPickup + pickupToNext - removed;
            var rideSoFar = pickupToNext; // lower bound on time on board up to the start at position j
            var pickupLatestStart = Math.Min(p.Latest[pickup], latest[i + 1] - pickupService - pickupToNext);
            for (var j = i + 1; j < m - 1; j++)
            {
                if (route.Seats[j] > seatLimit || route.Wheelchairs[j] > chairLimit || rideSoFar > maxRide)
                {
                    break;
                }

                var c = nodes[j];

                // A passenger already on board at the pickup now reaches this drop-off later: if even the latest
                // possible pickup makes the ride too long, so does every later drop-off position for the new request.
                var onBoardFrom = route.PickupPosition[j];
                if (onBoardFrom >= 0 && onBoardFrom <= i
                    && current - latest[onBoardFrom] - p.Service[nodes[onBoardFrom]] > p.MaxRide[c - p.RequestCount] + eps)
                {
                    break;
                }

                var d = nodes[j + 1];
                var leave = current + p.Service[c];
                var toDrop = p.Travel(c, dropoff);
                if (rideSoFar + p.Service[c] + toDrop <= maxRide)
                {
                    var start = Math.Max(p.Earliest[dropoff], leave + toDrop);

                    // Even the latest pickup the windows allow must keep the ride within its limit.
                    if (start <= dropoffLatest
                        && start - pickupLatestStart - pickupService <= maxRide
                        && Math.Max(p.Earliest[d], start + dropoffService + p.Travel(dropoff, d)) <= latest[j + 1] + eps)
                    {
                        Add(pickupDelta + toDrop + p.Travel(dropoff, d) - p.Travel(c, d), routeBits | (i << PositionBits) | j);
                    }
                }

                var next = p.Travel(c, d);
                current = Math.Max(p.Earliest[d], leave + next);
                if (current > latest[j + 1] + eps)
                {
                    break;
                }

                rideSoFar += p.Service[c] + next;
            }
        }
    }

    /// <summary>
    /// The first position the pickup could follow. Inserting it before position i + 1 delays that stop to at least
    /// the pickup's earliest start plus its service, and the new passenger's ride then lasts at least until the
    /// drop-off's earliest start; both need the latest start at i + 1 to be late enough. Latest starts only grow
    /// along the route, so a binary search skips the part of the day that is over before the request begins:
    /// positions the scan would only have priced and rejected.
    /// </summary>
    private int FirstUsefulPosition(RouteState route, int request)
    {
        var p = problem;
        var dropoff = p.Dropoff(request);
        var needed = Math.Max(p.Earliest[request] + p.Service[request], p.Earliest[dropoff] - p.MaxRide[request]) - CompiledProblem.Tolerance;
        var latest = route.Latest;

        // Find the smallest i in [0, m - 2] with latest[i + 1] >= needed (m - 2, the last gap, when none is).
        var low = 0;
        var high = route.Count - 2;
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (latest[middle + 1] >= needed)
            {
                high = middle;
            }
            else
            {
                low = middle + 1;
            }
        }

        return low;
    }

    private void Add(double cost, int move)
    {
        if (count == costs.Length)
        {
            Array.Resize(ref costs, count * 2);
            Array.Resize(ref moves, count * 2);
        }

        costs[count] = cost;
        moves[count] = move;
        count++;
    }
}
