namespace Coproduce.Scheduling.Engine;

/// <summary>
/// Decides exactly whether a route (depots included) can be driven by a vehicle, and finds a schedule for it.
/// The schedule is built with the eight-step procedure of Cordeau and Laporte (2003): start every service as
/// early as possible, delay the departure by the forward time slack to remove waiting, then delay each pickup by
/// its forward time slack to shorten ride times. That procedure can miss a feasible schedule when ride-time limits
/// interact, so a route it rejects only for ride time is re-decided exactly as a system of difference constraints
/// (Bellman-Ford on the route's constraint graph). One instance per thread: it owns its scratch arrays.
/// </summary>
internal sealed class RouteEvaluator
{
    private readonly CompiledProblem problem;
    private readonly double[] arrival;
    private readonly double[] start;
    private readonly double[] waiting;
    private readonly double[] ride;
    private readonly int[] pickupPosition;
    private readonly int[] positionOfNode;
    private readonly double[] potential;
    private readonly double[] earliest;
    private readonly double[] latest;

    public RouteEvaluator(CompiledProblem problem)
    {
        this.problem = problem;
        var length = (2 * problem.RequestCount) + 2;
        arrival = new double[length];
        start = new double[length];
        waiting = new double[length];
        ride = new double[length];
        pickupPosition = new int[length];
        potential = new double[length + 1];
        earliest = new double[length];
        latest = new double[length];
        positionOfNode = new int[problem.NodeCount];
        Array.Fill(positionOfNode, -1);
    }

    /// <summary>Start of service at each position of the last route found feasible.</summary>
    public ReadOnlySpan<double> ServiceStart(int length) => start.AsSpan(0, length);

    /// <summary>How often the eight-step schedule failed and the exact method was needed (and found a schedule).</summary>
    public long ExactRescues { get; private set; }

    /// <summary>Counts for tuning: evaluations, how many needed step 7, and how many the exact method.</summary>
    public (long Evaluations, long PickupDelays, long ExactRuns) Counters => (evaluations, pickupDelays, exactRuns);

    private long evaluations;
    private long pickupDelays;
    private long exactRuns;

    /// <summary>
    /// True when <paramref name="route"/> (start depot, stops, end depot) satisfies pairing, capacity, time windows,
    /// ride times and route duration for <paramref name="vehicle"/>. Afterwards <see cref="ServiceStart"/> holds a schedule.
    /// </summary>
    public bool Evaluate(ReadOnlySpan<int> route, int vehicle)
    {
        var m = route.Length;
        evaluations++;
        if (!CheckLoadsAndPairs(route, vehicle))
        {
            return false;
        }

        var p = problem;
        var eps = CompiledProblem.Tolerance;

        // Steps 1-2: every service as early as possible; a late arrival here can't be cured by waiting.
        start[0] = p.Earliest[route[0]];
        if (!ForwardFrom(route, 0))
        {
            return false;
        }

        start.AsSpan(0, m).CopyTo(earliest);

        // Steps 3-5: delay the departure by the forward time slack, capped by the waiting it can remove.
        var slack = ForwardTimeSlack(route, 0);
        var removableWaiting = 0.0;
        for (var k = 1; k < m - 1; k++)
        {
            removableWaiting += waiting[k];
        }

        var delay = Math.Min(slack, removableWaiting);
        if (delay > 0)
        {
            start[0] += delay;
            ForwardFrom(route, 0);
        }

        // With time windows only this duration is the shortest possible, so exceeding the limit is final.
        if (start[m - 1] - start[0] - p.Service[route[0]] > p.MaxDuration[vehicle] + eps)
        {
            return false;
        }

        // Step 6: ride times. If they hold, the schedule is feasible.
        if (RideTimesHold(route))
        {
            return true;
        }

        // Step 7: delay each pickup by its forward time slack so its passenger spends less time on board.
        // Pickups are processed in order, so when the loop reaches a drop-off every pickup before it has been
        // delayed and later delays can't move it: its ride time is final, and a violation ends the procedure.
        pickupDelays++;
        var ridesHold = true;
        for (var j = 1; j < m - 1 && ridesHold; j++)
        {
            var node = route[j];
            if (!p.IsPickup(node))
            {
                var pickupAt = pickupPosition[j];
                ridesHold = start[j] - start[pickupAt] - p.Service[route[pickupAt]] <= p.MaxRide[node - p.RequestCount] + eps;
                continue;
            }

            var shift = PickupDelay(route, j);
            if (shift > 0)
            {
                start[j] += shift;
                waiting[j] += shift;
                ForwardFrom(route, j);
            }
        }

        // Step 8: windows held throughout and the duration can't have grown, so only ride times were in doubt.
        if (ridesHold)
        {
            return true;
        }

        if (RideCertainlyTooLong(route))
        {
            return false;
        }

        exactRuns++;
        if (SolveExactly(route, vehicle))
        {
            ExactRescues++;
            return true;
        }

        return false;
    }

    private bool CheckLoadsAndPairs(ReadOnlySpan<int> route, int vehicle)
    {
        var p = problem;
        var m = route.Length;
        var seats = 0;
        var wheelchairs = 0;
        var ok = route[0] == p.StartDepot(vehicle) && route[m - 1] == p.EndDepot(vehicle);
        var k = 1;
        for (; ok && k < m - 1; k++)
        {
            var node = route[k];
            if (node >= 2 * p.RequestCount || positionOfNode[node] >= 0)
            {
                ok = false;
                break;
            }

            positionOfNode[node] = k;
            if (p.IsDropoff(node))
            {
                var pickupAt = positionOfNode[node - p.RequestCount];
                if (pickupAt < 0)
                {
                    ok = false;
                    break;
                }

                pickupPosition[k] = pickupAt;
            }

            seats += p.SeatDelta[node];
            wheelchairs += p.WheelchairDelta[node];
            if (seats > p.Seats[vehicle] || wheelchairs > p.WheelchairSpaces[vehicle])
            {
                ok = false;
                break;
            }
        }

        // Every pickup needs its drop-off on the same route, which a balanced load shows.
        ok = ok && seats == 0 && wheelchairs == 0 && AllPickupsDropped(route);
        for (var i = 1; i < Math.Min(k + 1, m - 1); i++)
        {
            if (route[i] < 2 * p.RequestCount)
            {
                positionOfNode[route[i]] = -1;
            }
        }

        return ok;
    }

    private bool AllPickupsDropped(ReadOnlySpan<int> route)
    {
        // Loads of zero passengers would pass the balance test, so count pickups and drop-offs too.
        var open = 0;
        for (var k = 1; k < route.Length - 1; k++)
        {
            open += problem.IsPickup(route[k]) ? 1 : -1;
        }

        return open == 0;
    }

    /// <summary>Recomputes arrival, waiting and start after position <paramref name="from"/>; false on a missed window.</summary>
    private bool ForwardFrom(ReadOnlySpan<int> route, int from)
    {
        var p = problem;
        var previous = route[from];
        var leave = start[from] + p.Service[previous];
        for (var k = from + 1; k < route.Length; k++)
        {
            var node = route[k];
            var reach = leave + p.Travel(previous, node);
            var begin = Math.Max(reach, p.Earliest[node]);
            if (begin > p.Latest[node] + CompiledProblem.Tolerance)
            {
                return false;
            }

            arrival[k] = reach;
            waiting[k] = begin - reach;
            start[k] = begin;
            leave = begin + p.Service[node];
            previous = node;
        }

        return true;
    }

    /// <summary>
    /// Step 7's delay of the pickup at <paramref name="j"/>: its forward time slack (no later window and no ride of
    /// a passenger already on board may break), capped by the waiting after it so the return is not delayed.
    /// One pass computes both; ride times are read from the current schedule.
    /// </summary>
    private double PickupDelay(ReadOnlySpan<int> route, int j)
    {
        var p = problem;
        var m = route.Length;
        var slack = p.Latest[route[j]] - start[j];
        var waited = 0.0;
        for (var k = j + 1; k < m; k++)
        {
            waited += waiting[k];
            var node = route[k];
            var room = p.Latest[node] - start[k];
            if (p.IsDropoff(node) && pickupPosition[k] < j)
            {
                var pickupAt = pickupPosition[k];
                var rideNow = start[k] - start[pickupAt] - p.Service[route[pickupAt]];
                room = Math.Min(room, p.MaxRide[node - p.RequestCount] - rideNow);
            }

            slack = Math.Min(slack, waited + Math.Max(0, room));
        }

        // The end depot's own waiting does not shorten anything; exclude it.
        return Math.Min(slack, waited - waiting[m - 1]);
    }

    /// <summary>
    /// The largest delay of service at position <paramref name="from"/> that breaks no later time window and no ride
    /// time of a passenger already on board (Cordeau and Laporte 2003, F_i).
    /// </summary>
    private double ForwardTimeSlack(ReadOnlySpan<int> route, int from)
    {
        var p = problem;
        var best = double.PositiveInfinity;
        var waited = 0.0;
        for (var k = from; k < route.Length; k++)
        {
            if (k > from)
            {
                waited += waiting[k];
            }

            var node = route[k];
            var room = p.Latest[node] - start[k];
            if (k > 0 && p.IsDropoff(node) && pickupPosition[k] < from)
            {
                var request = node - p.RequestCount;
                room = Math.Min(room, p.MaxRide[request] - ride[k]);
            }

            best = Math.Min(best, waited + Math.Max(0, room));
        }

        return best;
    }

    private bool RideTimesHold(ReadOnlySpan<int> route)
    {
        var p = problem;
        var hold = true;
        for (var k = 1; k < route.Length - 1; k++)
        {
            var node = route[k];
            if (!p.IsDropoff(node))
            {
                continue;
            }

            var pickupAt = pickupPosition[k];
            ride[k] = start[k] - start[pickupAt] - p.Service[route[pickupAt]];
            if (ride[k] > p.MaxRide[node - p.RequestCount] + CompiledProblem.Tolerance)
            {
                hold = false;
            }
        }

        return hold;
    }

    /// <summary>
    /// A cheap proof of infeasibility that spares most exact runs: in any schedule each start lies between its
    /// earliest time (forward pass) and its latest time (backward pass over windows and travel), so a passenger
    /// whose drop-off can't start early enough after the latest possible pickup rides too long in every schedule.
    /// </summary>
    private bool RideCertainlyTooLong(ReadOnlySpan<int> route)
    {
        var p = problem;
        var m = route.Length;
        latest[m - 1] = p.Latest[route[m - 1]];
        for (var k = m - 2; k >= 0; k--)
        {
            var node = route[k];
            latest[k] = Math.Min(p.Latest[node], latest[k + 1] - p.Service[node] - p.Travel(node, route[k + 1]));
        }

        for (var k = 1; k < m - 1; k++)
        {
            var node = route[k];
            if (p.IsDropoff(node))
            {
                var pickupAt = pickupPosition[k];
                var shortest = earliest[k] - latest[pickupAt] - p.Service[route[pickupAt]];
                if (shortest > p.MaxRide[node - p.RequestCount] + CompiledProblem.Tolerance)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// Exact feasibility of the schedule: all constraints are differences of two start times (or bounds, taken
    /// against a zero node), so a schedule exists iff the constraint graph has no negative cycle.
    /// The shortest-path distances from the zero node are the latest feasible start times.
    /// </summary>
    private bool SolveExactly(ReadOnlySpan<int> route, int vehicle)
    {
        var p = problem;
        var m = route.Length;
        var eps = CompiledProblem.Tolerance;
        var zero = m;
        for (var k = 0; k < m; k++)
        {
            potential[k] = p.Latest[route[k]];
        }

        potential[zero] = 0;
        for (var pass = 0; pass <= m + 1; pass++)
        {
            var changed = false;

            // Precedence: start[k-1] <= start[k] - service - travel.
            for (var k = m - 1; k > 0; k--)
            {
                var bound = potential[k] - p.Service[route[k - 1]] - p.Travel(route[k - 1], route[k]);
                if (bound < potential[k - 1] - eps)
                {
                    potential[k - 1] = bound;
                    changed = true;
                }
            }

            // Ride time: start[d] <= start[p] + service[p] + maxRide.
            for (var k = 1; k < m - 1; k++)
            {
                if (!p.IsDropoff(route[k]))
                {
                    continue;
                }

                var pickupAt = pickupPosition[k];
                var bound = potential[pickupAt] + p.Service[route[pickupAt]] + p.MaxRide[route[k] - p.RequestCount];
                if (bound < potential[k] - eps)
                {
                    potential[k] = bound;
                    changed = true;
                }
            }

            // Duration: start[end] <= start[0] + service[0] + maxDuration.
            var durationBound = potential[0] + p.Service[route[0]] + p.MaxDuration[vehicle];
            if (durationBound < potential[m - 1] - eps)
            {
                potential[m - 1] = durationBound;
                changed = true;
            }

            // Window bounds against the zero node: start[k] >= earliest[k] and start[k] <= latest[k].
            for (var k = 0; k < m; k++)
            {
                if (potential[k] - p.Earliest[route[k]] < potential[zero] - eps)
                {
                    potential[zero] = potential[k] - p.Earliest[route[k]];
                    changed = true;
                }
            }

            for (var k = 0; k < m; k++)
            {
                if (potential[zero] + p.Latest[route[k]] < potential[k] - eps)
                {
                    potential[k] = potential[zero] + p.Latest[route[k]];
                    changed = true;
                }
            }

            if (!changed)
            {
                // Shift so the zero node sits at time 0; that is the latest feasible schedule.
                for (var k = 0; k < m; k++)
                {
                    start[k] = potential[k] - potential[zero];
                }

                return true;
            }
        }

        return false;
    }
}
