using System.Globalization;
using Coproduce.Scheduling.Engine;
using Coproduce.Scheduling.Model;
using Coproduce.Scheduling.Search;

namespace Coproduce.Scheduling;

/// <summary>The answer to "can we take this booking, and when?".</summary>
/// <param name="CanTake">True when the booking fits into the evening without moving anyone else's stops out of their windows.</param>
/// <param name="VehicleIndex">The vehicle that would carry it, or -1.</param>
/// <param name="PickupTime">When the pickup would start.</param>
/// <param name="DropoffTime">When the drop-off would start.</param>
/// <param name="AddedDistance">Extra distance driven.</param>
/// <param name="Reason">Why it can't be taken, or null.</param>
/// <param name="UpdatedPlan">The plan with the booking added (over <see cref="UpdatedProblem"/>), or null.</param>
/// <param name="UpdatedProblem">The problem with the booking appended as the last request.</param>
public sealed record InsertionOffer(
    bool CanTake,
    int VehicleIndex,
    double PickupTime,
    double DropoffTime,
    double AddedDistance,
    string? Reason,
    Plan? UpdatedPlan,
    Problem UpdatedProblem);

/// <summary>
/// Answers booking enquiries against a planned evening by cheapest feasible insertion: the existing stops keep
/// their order, every pickup/drop-off position pair on every vehicle is priced, and the cheapest one the exact
/// route evaluator accepts is offered. Takes well under a millisecond per vehicle for an evening of 100 requests.
/// </summary>
public static class BookingAdvisor
{
    /// <summary>
    /// Finds where <paramref name="booking"/> fits into <paramref name="plan"/> (a plan for <paramref name="problem"/>).
    /// Never throws on bad data: a booking that can't be carried comes back with the reason.
    /// </summary>
    public static InsertionOffer Advise(Problem problem, Plan plan, Request booking)
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(booking);
        var updated = new Problem([.. problem.Requests, booking], problem.Vehicles);
        var index = problem.Requests.Count;
        var compiled = new CompiledProblem(updated);
        var evaluator = new RouteEvaluator(compiled);
        var screening = new RequestScreening(compiled, evaluator);
        if (screening.Reasons[index] is { } reason)
        {
            return Refuse(reason, updated);
        }

        var solution = new Solution(compiled);
        var route = new List<int>();
        foreach (var planned in plan.Routes)
        {
            if (planned.VehicleIndex < 0 || planned.VehicleIndex >= compiled.VehicleCount)
            {
                return Refuse(Text($"the plan names vehicle {planned.VehicleIndex}, which does not exist"), updated);
            }

            route.Clear();
            route.Add(compiled.StartDepot(planned.VehicleIndex));
            foreach (var stop in planned.Stops)
            {
                if (stop.RequestIndex < 0 || stop.RequestIndex >= index)
                {
                    return Refuse(Text($"the plan names request {stop.RequestIndex}, which does not exist"), updated);
                }

                route.Add(stop.IsPickup ? stop.RequestIndex : compiled.Dropoff(stop.RequestIndex));
                solution.RouteOf[stop.RequestIndex] = planned.VehicleIndex;
            }

            route.Add(compiled.EndDepot(planned.VehicleIndex));
            solution.Routes[planned.VehicleIndex].Set(compiled, System.Runtime.InteropServices.CollectionsMarshal.AsSpan(route));
        }

        var inserter = new Inserter(compiled, screening, evaluator);
        if (!inserter.FindBest(solution, index, null, 0, out var vehicle, out var i, out var j, out var added))
        {
            return Refuse(RequestScreening.Describe(booking) + ": " + PlanBuilder.NoRoom + " without making another booking late", updated);
        }

        solution.Routes[vehicle].Insert(compiled, index, i, j);
        solution.RouteOf[index] = vehicle;
        var built = PlanBuilder.Build(compiled, evaluator, screening, solution);
        var earlierReasons = plan.Unserved.ToDictionary(u => u.RequestIndex, u => u.Reason);
        var unserved = built.Unserved
            .Select(u => earlierReasons.TryGetValue(u.RequestIndex, out var why) ? u with { Reason = why } : u)
            .ToList();
        var newRoute = built.Routes.First(r => r.VehicleIndex == vehicle);
        var pickupTime = newRoute.Stops.First(s => s.RequestIndex == index && s.IsPickup).ServiceStart;
        var dropoffTime = newRoute.Stops.First(s => s.RequestIndex == index && !s.IsPickup).ServiceStart;
        return new InsertionOffer(true, vehicle, pickupTime, dropoffTime, added, null, built with { Unserved = unserved }, updated);
    }

    private static InsertionOffer Refuse(string reason, Problem updated) =>
        new(false, -1, double.NaN, double.NaN, double.NaN, reason, null, updated);

    private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
