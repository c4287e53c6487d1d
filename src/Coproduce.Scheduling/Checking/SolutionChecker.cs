using System.Globalization;
using Coproduce.Scheduling.Model;

namespace Coproduce.Scheduling.Checking;

/// <summary>What the checker found.</summary>
/// <param name="IsFeasible">True when every route can be driven and every request is carried or listed as unserved.</param>
/// <param name="Distance">Total distance of the routes as given.</param>
/// <param name="Problems">Each broken constraint, in words.</param>
public sealed record CheckReport(bool IsFeasible, double Distance, IReadOnlyList<string> Problems);

/// <summary>
/// Verifies a plan against the problem without trusting, or sharing code with, the search: it recomputes distances
/// from the coordinates, checks pairing and loads, and decides whether a schedule exists exactly. All timing
/// constraints (windows, travel between consecutive stops, ride times, route duration) are differences of two start
/// times, so a schedule exists iff the constraint graph has no negative cycle (Bellman-Ford).
/// The service times the plan states are ignored: the checker looks for its own schedule.
/// </summary>
public static class SolutionChecker
{
    /// <summary>Time comparisons allow this much floating-point noise (more than the engine allows itself).</summary>
    public const double Tolerance = 1e-6;

    /// <summary>
    /// Checks <paramref name="plan"/>. With <paramref name="requireAllServed"/>, a request that is neither routed nor
    /// listed as unserved is a problem; listed unserved requests are a problem too (the benchmark convention).
    /// </summary>
    public static CheckReport Check(Problem problem, Plan plan, bool requireAllServed = false)
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(plan);
        var problems = new List<string>();
        var seenPickup = new int[problem.Requests.Count];
        var seenDropoff = new int[problem.Requests.Count];
        var vehicleUsed = new bool[problem.Vehicles.Count];
        var distance = 0.0;

        foreach (var route in plan.Routes)
        {
            if (route.VehicleIndex < 0 || route.VehicleIndex >= problem.Vehicles.Count)
            {
                problems.Add(Text($"a route names vehicle {route.VehicleIndex}, which does not exist"));
                continue;
            }

            var vehicle = problem.Vehicles[route.VehicleIndex];
            if (vehicleUsed[route.VehicleIndex])
            {
                problems.Add(Text($"vehicle {vehicle.Id} is given more than one route"));
            }

            vehicleUsed[route.VehicleIndex] = true;
            if (route.Stops.Any(s => s.RequestIndex < 0 || s.RequestIndex >= problem.Requests.Count))
            {
                problems.Add(Text($"vehicle {vehicle.Id}: a stop names a request that does not exist"));
                continue;
            }

            foreach (var stop in route.Stops)
            {
                (stop.IsPickup ? seenPickup : seenDropoff)[stop.RequestIndex]++;
            }

            distance += RouteDistance(problem, vehicle, route.Stops);
            CheckPairingAndLoad(problem, vehicle, route.Stops, problems);
            CheckTiming(problem, vehicle, route.Stops, problems);
        }

        var listedUnserved = new HashSet<int>(plan.Unserved.Select(u => u.RequestIndex));
        for (var r = 0; r < problem.Requests.Count; r++)
        {
            var id = problem.Requests[r].Id;
            if (seenPickup[r] > 1 || seenDropoff[r] > 1)
            {
                problems.Add(Text($"request {id} is visited more than once"));
            }
            else if (seenPickup[r] != seenDropoff[r])
            {
                problems.Add(Text($"request {id} has a pickup without a drop-off or the other way round"));
            }
            else if (seenPickup[r] == 0 && (requireAllServed || !listedUnserved.Contains(r)))
            {
                problems.Add(Text($"request {id} is not served"));
            }
            else if (seenPickup[r] == 1 && listedUnserved.Contains(r))
            {
                problems.Add(Text($"request {id} is both routed and listed as unserved"));
            }
        }

        return new CheckReport(problems.Count == 0, distance, problems);
    }

    private static double RouteDistance(Problem problem, Vehicle vehicle, IReadOnlyList<PlannedStop> stops)
    {
        var total = 0.0;
        var at = vehicle.StartDepot;
        foreach (var stop in stops)
        {
            var next = Location(problem, stop);
            total += at.DistanceTo(next);
            at = next;
        }

        return total + at.DistanceTo(vehicle.EndDepot);
    }

    private static void CheckPairingAndLoad(Problem problem, Vehicle vehicle, IReadOnlyList<PlannedStop> stops, List<string> problems)
    {
        var onBoard = new HashSet<int>();
        var dropped = new HashSet<int>();
        int seats = 0, chairs = 0;
        foreach (var stop in stops)
        {
            var request = problem.Requests[stop.RequestIndex];
            if (stop.IsPickup)
            {
                if (!onBoard.Add(stop.RequestIndex) || dropped.Contains(stop.RequestIndex))
                {
                    problems.Add(Text($"vehicle {vehicle.Id}: request {request.Id} is picked up twice or after its drop-off"));
                }

                seats += request.Passengers;
                chairs += request.Wheelchairs;
                if (seats > vehicle.Seats || chairs > vehicle.WheelchairSpaces)
                {
                    problems.Add(Text($"vehicle {vehicle.Id}: over capacity after picking up request {request.Id} ({seats}/{vehicle.Seats} seats, {chairs}/{vehicle.WheelchairSpaces} wheelchair spaces)"));
                }
            }
            else
            {
                if (!onBoard.Remove(stop.RequestIndex))
                {
                    problems.Add(Text($"vehicle {vehicle.Id}: request {request.Id} is dropped off before it is picked up, or by another vehicle"));
                }
                else
                {
                    dropped.Add(stop.RequestIndex);
                    seats -= request.Passengers;
                    chairs -= request.Wheelchairs;
                }
            }
        }

        foreach (var r in onBoard)
        {
            problems.Add(Text($"vehicle {vehicle.Id}: request {problem.Requests[r].Id} is never dropped off"));
        }
    }

    /// <summary>
    /// Start times t[0] (start depot) .. t[m-1] (end depot) and a zero node z. Each constraint t[v] - t[u] &lt;= c is an
    /// arc u -> v of weight c; a negative cycle means no schedule exists.
    /// </summary>
    private static void CheckTiming(Problem problem, Vehicle vehicle, IReadOnlyList<PlannedStop> stops, List<string> problems)
    {
        var m = stops.Count + 2;
        var zero = m;
        var where = new Point[m];
        var service = new double[m];
        var windows = new TimeWindow[m];
        var shift = vehicle.EffectiveWindow;
        where[0] = vehicle.StartDepot;
        windows[0] = shift;
        where[m - 1] = vehicle.EndDepot;
        windows[m - 1] = shift;
        for (var k = 0; k < stops.Count; k++)
        {
            var request = problem.Requests[stops[k].RequestIndex];
            var place = stops[k].IsPickup ? request.Pickup : request.Dropoff;
            where[k + 1] = place.Location;
            service[k + 1] = place.ServiceTime;
            windows[k + 1] = place.Window;
        }

        var arcs = new List<(int From, int To, double Weight, string Meaning)>();
        for (var k = 0; k < m; k++)
        {
            arcs.Add((zero, k, windows[k].Latest, "a time window"));
            arcs.Add((k, zero, -windows[k].Earliest, "a time window"));
            if (k > 0)
            {
                // t[k] >= t[k-1] + service + travel
                arcs.Add((k, k - 1, -(service[k - 1] + where[k - 1].DistanceTo(where[k])), "travel between stops"));
            }
        }

        for (var k = 0; k < stops.Count; k++)
        {
            if (stops[k].IsPickup)
            {
                continue;
            }

            for (var pickup = 0; pickup < k; pickup++)
            {
                if (stops[pickup].IsPickup && stops[pickup].RequestIndex == stops[k].RequestIndex)
                {
                    var request = problem.Requests[stops[k].RequestIndex];
                    arcs.Add((pickup + 1, k + 1, service[pickup + 1] + request.MaxRideTime, "a ride time"));
                }
            }
        }

        // Departure = start of service at the depot plus its (zero) service; duration up to the end depot.
        arcs.Add((0, m - 1, vehicle.EffectiveMaxDuration, "the route duration"));

        var distance = new double[m + 1];
        for (var pass = 0; pass <= m + 1; pass++)
        {
            var changed = false;
            foreach (var (from, to, weight, _) in arcs)
            {
                if (distance[from] + weight < distance[to] - Tolerance)
                {
                    distance[to] = distance[from] + weight;
                    changed = true;
                }
            }

            if (!changed)
            {
                return;
            }
        }

        problems.Add(Text($"vehicle {vehicle.Id}: no schedule meets every time window, ride time and the route duration together"));
        ExplainTiming(problem, vehicle, stops, where, service, windows, problems);
    }

    /// <summary>Names the first obvious culprit on the earliest schedule, to make the message actionable.</summary>
    private static void ExplainTiming(Problem problem, Vehicle vehicle, IReadOnlyList<PlannedStop> stops, Point[] where, double[] service, TimeWindow[] windows, List<string> problems)
    {
        var time = windows[0].Earliest;
        for (var k = 1; k < where.Length; k++)
        {
            time = Math.Max(windows[k].Earliest, time + service[k - 1] + where[k - 1].DistanceTo(where[k]));
            if (time > windows[k].Latest + Tolerance)
            {
                var what = k == where.Length - 1 ? "the end depot" : Text($"stop {k} (request {problem.Requests[stops[k - 1].RequestIndex].Id})");
                problems.Add(Text($"vehicle {vehicle.Id}: {what} can't be reached before {windows[k].Latest:0.####} (earliest {time:0.####})"));
                return;
            }
        }
    }

    private static Point Location(Problem problem, PlannedStop stop)
    {
        var request = problem.Requests[stop.RequestIndex];
        return stop.IsPickup ? request.Pickup.Location : request.Dropoff.Location;
    }

    private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
