using Coproduce.Scheduling.Model;

namespace Coproduce.Core.Transport.Planning;

/// <summary>Turns the engine's plan of an evening back into runs, stops and trips left out, as stored.</summary>
internal static class PlanRecords
{
    public static (List<PlannedRun> Runs, List<UnplannedTrip> LeftOut) From(Guid planId, int revision, BookingRules rules, EveningProblem evening,
        Plan plan)
    {
        var runs = new List<PlannedRun>();
        foreach (var route in plan.Routes.Where(r => r.Stops.Count > 0).OrderBy(r => r.Departure))
        {
            var crew = evening.Crews[route.VehicleIndex];
            var run = new PlannedRun(Guid.NewGuid(), planId, revision, runs.Count + 1, crew.Vehicle.Id, crew.Driver.PersonId,
                EveningProblem.TimeAt(rules, route.Departure), EveningProblem.TimeAt(rules, route.Return),
                Math.Round(route.Distance * TravelTimes.AverageSpeedKmh / 60, 1));
            var order = 0;
            foreach (var stop in route.Stops)
            {
                run.Stops.Add(new RunStop(run.Id, ++order, evening.Bookings[stop.RequestIndex].Id, stop.IsPickup,
                    EveningProblem.TimeAt(rules, stop.ServiceStart)));
            }

            runs.Add(run);
        }

        var leftOut = plan.Unserved
            .Select(u => new UnplannedTrip(planId, revision, evening.Bookings[u.RequestIndex].Id, Why(evening, u.RequestIndex)))
            .ToList();
        return (runs, leftOut);
    }

    /// <summary>The engine's reasons are for engineers; a coordinator needs to know what would let the trip go.</summary>
    private static UnplannedReason Why(EveningProblem evening, int index)
    {
        var request = evening.Problem.Requests[index];
        if (evening.Crews.Count == 0)
        {
            return UnplannedReason.NoCrew;
        }

        if (request.Wheelchairs > 0 && !evening.Problem.Vehicles.Any(v => v.WheelchairSpaces >= request.Wheelchairs))
        {
            return UnplannedReason.NoWheelchairCrew;
        }

        var soonest = request.Pickup.Window.Earliest + request.Pickup.ServiceTime + request.Pickup.Location.DistanceTo(request.Dropoff.Location);
        return soonest > request.Dropoff.Window.Latest ? UnplannedReason.CannotMakeInTime : UnplannedReason.NoRoom;
    }
}
