using Coproduce.Scheduling.Engine;
using Coproduce.Scheduling.Model;
using Coproduce.Scheduling.Search;
using Google.OrTools.ConstraintSolver;
using Google.Protobuf.WellKnownTypes;

namespace Coproduce.Scheduling.OrTools;

/// <summary>
/// The baseline: Google OR-Tools' routing solver on the same problem, modelled as a pickup-and-delivery problem
/// with time windows: a time dimension (travel plus service, waiting as slack, windows on the cumul variables,
/// route duration as the span bound), seat and wheelchair dimensions, pickup and drop-off on the same vehicle in
/// order, and each ride-time limit as a constraint between the two cumul variables. Requests may be dropped at a
/// large penalty so a tight evening still gets a plan. Solved by parallel cheapest insertion then guided local search.
/// Times are scaled to integers, rounding travel up and windows inwards, so every route it returns is also feasible
/// in exact arithmetic; each route is re-checked by the engine's exact evaluator all the same.
/// OR-Tools' routing search is deterministic, so the seed is not used. Cancellation is honoured at the next
/// solution the search finds.
/// </summary>
public sealed class OrToolsSolver : IDarpSolver
{
    private const double Scale = 1000;

    /// <inheritdoc />
    public string Name => "ortools";

    /// <inheritdoc />
    public Plan Solve(Problem problem, SolveOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(options);
        var compiled = new CompiledProblem(problem);
        var evaluator = new RouteEvaluator(compiled);
        var screening = new RequestScreening(compiled, evaluator);
        var requests = Enumerable.Range(0, compiled.RequestCount).Where(r => screening.Reasons[r] is null).ToArray();
        var solution = new Solution(compiled);
        if (requests.Length > 0 && compiled.VehicleCount > 0)
        {
            SolveWithOrTools(compiled, screening, requests, solution, options, cancellationToken);
            KeepOnlyExactlyFeasibleRoutes(compiled, evaluator, solution);
        }

        return PlanBuilder.Build(compiled, evaluator, screening, solution);
    }

    private static void SolveWithOrTools(
        CompiledProblem p, RequestScreening screening, int[] requests, Solution solution, SolveOptions options, CancellationToken cancellationToken)
    {
        // Model nodes: 2e is the pickup of requests[e], 2e+1 its drop-off; then each vehicle's two depots.
        var fleet = p.VehicleCount;
        var modelNodes = (2 * requests.Length) + (2 * fleet);
        var engineNode = new int[modelNodes];
        for (var e = 0; e < requests.Length; e++)
        {
            engineNode[2 * e] = requests[e];
            engineNode[(2 * e) + 1] = p.Dropoff(requests[e]);
        }

        var starts = new int[fleet];
        var ends = new int[fleet];
        for (var k = 0; k < fleet; k++)
        {
            starts[k] = (2 * requests.Length) + (2 * k);
            ends[k] = starts[k] + 1;
            engineNode[starts[k]] = p.StartDepot(k);
            engineNode[ends[k]] = p.EndDepot(k);
        }

        var horizon = Horizon(p);
        long Up(double time) => (long)Math.Ceiling(Math.Min(time, horizon) * Scale);
        long Down(double time) => (long)Math.Floor(Math.Min(time, horizon) * Scale);

        using var manager = new RoutingIndexManager(modelNodes, fleet, starts, ends);
        using var routing = new RoutingModel(manager);
        var distance = routing.RegisterTransitCallback((from, to) =>
            (long)Math.Round(p.Travel(engineNode[manager.IndexToNode(from)], engineNode[manager.IndexToNode(to)]) * Scale));
        var time = routing.RegisterTransitCallback((from, to) =>
        {
            var a = engineNode[manager.IndexToNode(from)];
            var b = engineNode[manager.IndexToNode(to)];
            return Up(p.Service[a] + p.Travel(a, b));
        });
        routing.SetArcCostEvaluatorOfAllVehicles(distance);

        var horizonScaled = Up(horizon);
        routing.AddDimension(time, horizonScaled, horizonScaled, false, "Time");
        var timeDimension = routing.GetMutableDimension("Time");
        var seats = routing.RegisterUnaryTransitCallback(index => p.SeatDelta[engineNode[manager.IndexToNode(index)]]);
        var chairs = routing.RegisterUnaryTransitCallback(index => p.WheelchairDelta[engineNode[manager.IndexToNode(index)]]);
        routing.AddDimensionWithVehicleCapacity(seats, 0, p.Seats.Select(s => (long)s).ToArray(), true, "Seats");
        routing.AddDimensionWithVehicleCapacity(chairs, 0, p.WheelchairSpaces.Select(s => (long)s).ToArray(), true, "Wheelchairs");

        for (var k = 0; k < fleet; k++)
        {
            var depot = p.StartDepot(k);
            timeDimension.CumulVar(routing.Start(k)).SetRange(Up(p.Earliest[depot]), Down(p.Latest[depot]));
            timeDimension.CumulVar(routing.End(k)).SetRange(Up(p.Earliest[depot]), Down(p.Latest[depot]));
            timeDimension.SetSpanUpperBoundForVehicle(Down(p.MaxDuration[k]), k);
        }

        var solver = routing.solver();
        var penalty = (long)(Scale * (1000 + (4 * p.Distance.Max())));
        for (var e = 0; e < requests.Length; e++)
        {
            var r = requests[e];
            var pickup = manager.NodeToIndex(2 * e);
            var dropoff = manager.NodeToIndex((2 * e) + 1);
            routing.AddPickupAndDelivery(pickup, dropoff);
            solver.Add(solver.MakeEquality(routing.VehicleVar(pickup), routing.VehicleVar(dropoff)));
            var pickupTime = timeDimension.CumulVar(pickup);
            var dropoffTime = timeDimension.CumulVar(dropoff);
            solver.Add(solver.MakeLessOrEqual(pickupTime, dropoffTime));

            // Ride time: start(drop-off) - start(pickup) - service(pickup) <= max ride.
            solver.Add(solver.MakeLessOrEqual(solver.MakeDifference(dropoffTime, pickupTime), Down(p.MaxRide[r] + p.Service[r])));
            pickupTime.SetRange(Up(p.Earliest[r]), Down(p.Latest[r]));
            dropoffTime.SetRange(Up(p.Earliest[p.Dropoff(r)]), Down(p.Latest[p.Dropoff(r)]));
            for (var k = 0; k < fleet; k++)
            {
                if (!screening.CanUse(r, k))
                {
                    routing.VehicleVar(pickup).RemoveValue(k);
                }
            }

            routing.AddDisjunction([pickup], penalty);
            routing.AddDisjunction([dropoff], penalty);
        }

        // Let the solver push departures later so route duration limits are met with the least waiting.
        for (var k = 0; k < fleet; k++)
        {
            routing.AddVariableMaximizedByFinalizer(timeDimension.CumulVar(routing.Start(k)));
            routing.AddVariableMinimizedByFinalizer(timeDimension.CumulVar(routing.End(k)));
        }

        routing.AddAtSolutionCallback(() =>
        {
            if (cancellationToken.IsCancellationRequested)
            {
                solver.FinishCurrentSearch();
            }
        });

        var parameters = operations_research_constraint_solver.DefaultRoutingSearchParameters();
        parameters.FirstSolutionStrategy = FirstSolutionStrategy.Types.Value.ParallelCheapestInsertion;
        parameters.LocalSearchMetaheuristic = LocalSearchMetaheuristic.Types.Value.GuidedLocalSearch;
        parameters.TimeLimit = Duration.FromTimeSpan(options.TimeLimit);
        var assignment = routing.SolveWithParameters(parameters);
        if (assignment is null)
        {
            return;
        }

        var route = new List<int>();
        for (var k = 0; k < fleet; k++)
        {
            route.Clear();
            for (var index = routing.Start(k); ; index = assignment.Value(routing.NextVar(index)))
            {
                var node = engineNode[manager.IndexToNode(index)];
                route.Add(node);
                if (node < 2 * p.RequestCount && p.IsPickup(node))
                {
                    solution.RouteOf[node] = k;
                }

                if (routing.IsEnd(index))
                {
                    break;
                }
            }

            solution.Routes[k].Set(p, System.Runtime.InteropServices.CollectionsMarshal.AsSpan(route));
        }
    }

    private static void KeepOnlyExactlyFeasibleRoutes(CompiledProblem p, RouteEvaluator evaluator, Solution solution)
    {
        // Conservative rounding should make this a no-op; a route that still fails is dropped, not trusted.
        foreach (var route in solution.Routes)
        {
            if (route.IsEmpty || evaluator.Evaluate(route.Span, route.Vehicle))
            {
                continue;
            }

            for (var k = 1; k < route.Count - 1; k++)
            {
                if (p.IsPickup(route.Nodes[k]))
                {
                    solution.RouteOf[route.Nodes[k]] = -1;
                }
            }

            route.Set(p, [route.Nodes[0], route.Nodes[route.Count - 1]]);
        }
    }

    /// <summary>A time beyond which nothing useful happens, so open windows can be given a finite bound.</summary>
    private static double Horizon(CompiledProblem p)
    {
        var latestFinite = 0.0;
        var longest = 0.0;
        for (var node = 0; node < p.NodeCount; node++)
        {
            if (double.IsFinite(p.Latest[node]))
            {
                latestFinite = Math.Max(latestFinite, p.Latest[node]);
            }

            latestFinite = Math.Max(latestFinite, p.Earliest[node]);
            longest = Math.Max(longest, p.Service[node]);
        }

        foreach (var d in p.Distance)
        {
            longest = Math.Max(longest, d);
        }

        return latestFinite + (2 * longest * (p.NodeCount + 1));
    }
}
