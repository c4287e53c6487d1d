using Coproduce.Scheduling.Engine;
using Coproduce.Scheduling.Model;

namespace Coproduce.Scheduling.Search;

/// <summary>Turns the search's arrays into a <see cref="Plan"/> with service times.</summary>
internal static class PlanBuilder
{
    public const string NoRoom = "no vehicle could fit it in alongside the other bookings";

    public static Plan Build(CompiledProblem problem, RouteEvaluator evaluator, RequestScreening screening, Solution solution)
    {
        var routes = new List<PlannedRoute>();
        foreach (var route in solution.Routes)
        {
            if (route.IsEmpty)
            {
                continue;
            }

            var span = route.Span;
            if (!evaluator.Evaluate(span, route.Vehicle))
            {
                throw new InvalidOperationException("The search kept a route its own evaluator rejects.");
            }

            var times = evaluator.ServiceStart(span.Length);
            var stops = new List<PlannedStop>(span.Length - 2);
            for (var k = 1; k < span.Length - 1; k++)
            {
                var node = span[k];
                stops.Add(new PlannedStop(problem.RequestOfNode[node], problem.IsPickup(node), times[k]));
            }

            var departure = times[0] + problem.Service[span[0]];
            routes.Add(new PlannedRoute(route.Vehicle, stops, departure, times[span.Length - 1], route.Cost));
        }

        var unserved = new List<UnservedRequest>();
        for (var r = 0; r < problem.RequestCount; r++)
        {
            if (screening.Reasons[r] is { } reason)
            {
                unserved.Add(new UnservedRequest(r, reason));
            }
            else if (solution.RouteOf[r] < 0)
            {
                unserved.Add(new UnservedRequest(r, RequestScreening.Describe(problem.Source.Requests[r]) + ": " + NoRoom));
            }
        }

        return new Plan(routes, unserved);
    }
}
