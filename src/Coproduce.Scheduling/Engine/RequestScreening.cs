using System.Globalization;
using Coproduce.Scheduling.Model;

namespace Coproduce.Scheduling.Engine;

/// <summary>
/// Finds, before any search, the requests no plan could carry, with a reason a coordinator can act on, and which
/// vehicles could carry each of the rest on its own. Never throws: bad data becomes a reason.
/// </summary>
internal sealed class RequestScreening
{
    private readonly bool[] usable;
    private readonly int fleet;

    public RequestScreening(CompiledProblem problem, RouteEvaluator evaluator)
    {
        var n = problem.RequestCount;
        fleet = problem.VehicleCount;
        var vehicleOk = problem.Source.Vehicles.Select(IsUsable).ToArray();
        usable = new bool[n * fleet];
        Reasons = new string?[n];
        Span<int> solo = stackalloc int[4];
        for (var r = 0; r < n; r++)
        {
            var request = problem.Source.Requests[r];
            Reasons[r] = DataProblem(request, problem.Source.Vehicles) ?? TimingProblem(problem, r);
            if (Reasons[r] is not null)
            {
                continue;
            }

            var anyVehicle = false;
            for (var k = 0; k < fleet; k++)
            {
                if (!vehicleOk[k])
                {
                    continue;
                }

                solo[0] = problem.StartDepot(k);
                solo[1] = r;
                solo[2] = problem.Dropoff(r);
                solo[3] = problem.EndDepot(k);
                var fits = evaluator.Evaluate(solo, k);
                usable[(r * fleet) + k] = fits;
                anyVehicle |= fits;
            }

            if (!anyVehicle)
            {
                Reasons[r] = Describe(request) + ": no vehicle with room for it can make this journey within its availability and shift";
            }
        }
    }

    /// <summary>Why each request can't be carried at all, or null when some vehicle could carry it alone.</summary>
    public string?[] Reasons { get; }

    public bool CanUse(int request, int vehicle) => usable[(request * fleet) + vehicle];

    /// <summary>A vehicle with nonsense data is left out rather than trusted.</summary>
    public static bool IsUsable(Vehicle vehicle) =>
        IsFinite(vehicle.StartDepot) && IsFinite(vehicle.EndDepot) && vehicle.Seats >= 0 && vehicle.WheelchairSpaces >= 0
        && !double.IsNaN(vehicle.EffectiveMaxDuration) && vehicle.EffectiveMaxDuration >= 0
        && vehicle.EffectiveWindow.Earliest <= vehicle.EffectiveWindow.Latest;

    public static string Describe(Request request) => "request " + request.Id;

    private static string? DataProblem(Request request, IReadOnlyList<Vehicle> vehicles)
    {
        var name = Describe(request);
        if (!IsFinite(request.Pickup.Location) || !IsFinite(request.Dropoff.Location))
        {
            return name + ": a location is not a number";
        }

        if (!IsTime(request.Pickup.ServiceTime) || !IsTime(request.Dropoff.ServiceTime))
        {
            return name + ": a service time is negative or not a number";
        }

        if (request.Passengers < 0 || request.Wheelchairs < 0)
        {
            return name + ": the number of passengers or wheelchairs is negative";
        }

        if (double.IsNaN(request.MaxRideTime) || request.MaxRideTime < 0)
        {
            return name + ": the maximum ride time is negative or not a number";
        }

        foreach (var (stop, what) in new[] { (request.Pickup, "pickup"), (request.Dropoff, "drop-off") })
        {
            var window = stop.Window;
            if (double.IsNaN(window.Earliest) || double.IsNaN(window.Latest))
            {
                return string.Create(CultureInfo.InvariantCulture, $"{name}: the {what} time window is not a number");
            }

            if (window.Earliest > window.Latest)
            {
                return string.Create(CultureInfo.InvariantCulture, $"{name}: the {what} time window ends ({window.Latest:0.##}) before it starts ({window.Earliest:0.##})");
            }
        }

        if (!vehicles.Any(v => v.Seats >= request.Passengers && v.WheelchairSpaces >= request.Wheelchairs))
        {
            var seats = vehicles.Count == 0 ? 0 : vehicles.Max(v => v.Seats);
            var spaces = vehicles.Count == 0 ? 0 : vehicles.Max(v => v.WheelchairSpaces);
            return string.Create(CultureInfo.InvariantCulture, $"{name}: needs {request.Passengers} seats and {request.Wheelchairs} wheelchair spaces, more than any vehicle has (at most {seats} seats, {spaces} wheelchair spaces)");
        }

        return null;
    }

    private static string? TimingProblem(CompiledProblem problem, int r)
    {
        var request = problem.Source.Requests[r];
        var name = Describe(request);
        var direct = problem.Travel(r, problem.Dropoff(r));
        if (direct > request.MaxRideTime + CompiledProblem.Tolerance)
        {
            return string.Create(CultureInfo.InvariantCulture, $"{name}: the direct journey takes {direct:0.##}, longer than the maximum ride time {request.MaxRideTime:0.##}");
        }

        var soonest = request.Pickup.Window.Earliest + request.Pickup.ServiceTime + direct;
        if (soonest > request.Dropoff.Window.Latest + CompiledProblem.Tolerance)
        {
            return string.Create(CultureInfo.InvariantCulture, $"{name}: even driving straight from the pickup, the drop-off can't start before {soonest:0.##}, after its window closes at {request.Dropoff.Window.Latest:0.##}");
        }

        return null;
    }

    private static bool IsFinite(Point point) => double.IsFinite(point.X) && double.IsFinite(point.Y);

    private static bool IsTime(double value) => double.IsFinite(value) && value >= 0;
}
