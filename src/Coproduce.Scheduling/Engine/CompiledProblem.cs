using Coproduce.Scheduling.Model;

namespace Coproduce.Scheduling.Engine;

/// <summary>
/// The problem flattened into arrays the search can read without indirection.
/// Node numbering: pickup of request r is r, its drop-off n + r; vehicle k starts at 2n + 2k and ends at 2n + 2k + 1.
/// The distance matrix is computed once here and shared by every evaluation.
/// </summary>
internal sealed class CompiledProblem
{
    /// <summary>Comparisons of times allow this much floating-point noise, less than the checker allows.</summary>
    public const double Tolerance = 1e-9;

    public CompiledProblem(Problem problem)
    {
        Source = problem;
        RequestCount = problem.Requests.Count;
        VehicleCount = problem.Vehicles.Count;
        NodeCount = (2 * RequestCount) + (2 * VehicleCount);

        var locations = new Point[NodeCount];
        Earliest = new double[NodeCount];
        Latest = new double[NodeCount];
        Service = new double[NodeCount];
        SeatDelta = new int[NodeCount];
        WheelchairDelta = new int[NodeCount];
        RequestOfNode = new int[NodeCount];
        MaxRide = new double[RequestCount];

        for (var r = 0; r < RequestCount; r++)
        {
            var request = problem.Requests[r];
            SetStop(r, request.Pickup, locations);
            SetStop(Dropoff(r), request.Dropoff, locations);
            SeatDelta[r] = request.Passengers;
            SeatDelta[Dropoff(r)] = -request.Passengers;
            WheelchairDelta[r] = request.Wheelchairs;
            WheelchairDelta[Dropoff(r)] = -request.Wheelchairs;
            RequestOfNode[r] = r;
            RequestOfNode[Dropoff(r)] = r;
            MaxRide[r] = request.MaxRideTime;
        }

        Seats = new int[VehicleCount];
        WheelchairSpaces = new int[VehicleCount];
        MaxDuration = new double[VehicleCount];
        VehicleClass = new int[VehicleCount];
        for (var k = 0; k < VehicleCount; k++)
        {
            var vehicle = problem.Vehicles[k];
            var window = vehicle.EffectiveWindow;
            foreach (var (node, location) in new[] { (StartDepot(k), vehicle.StartDepot), (EndDepot(k), vehicle.EndDepot) })
            {
                locations[node] = location;
                Earliest[node] = window.Earliest;
                Latest[node] = window.Latest;
                RequestOfNode[node] = -1;
            }

            Seats[k] = vehicle.Seats;
            WheelchairSpaces[k] = vehicle.WheelchairSpaces;
            MaxDuration[k] = vehicle.EffectiveMaxDuration;
            VehicleClass[k] = k;
            for (var other = 0; other < k; other++)
            {
                if (SameKind(problem.Vehicles[other], vehicle))
                {
                    VehicleClass[k] = VehicleClass[other];
                    break;
                }
            }
        }

        Distance = new double[NodeCount * NodeCount];
        for (var i = 0; i < NodeCount; i++)
        {
            for (var j = 0; j < NodeCount; j++)
            {
                Distance[(i * NodeCount) + j] = locations[i].DistanceTo(locations[j]);
            }
        }
    }

    public Problem Source { get; }

    public int RequestCount { get; }

    public int VehicleCount { get; }

    public int NodeCount { get; }

    public double[] Distance { get; }

    public double[] Earliest { get; }

    public double[] Latest { get; }

    public double[] Service { get; }

    public int[] SeatDelta { get; }

    public int[] WheelchairDelta { get; }

    /// <summary>The request a node belongs to, or -1 for a depot.</summary>
    public int[] RequestOfNode { get; }

    public double[] MaxRide { get; }

    public int[] Seats { get; }

    public int[] WheelchairSpaces { get; }

    public double[] MaxDuration { get; }

    /// <summary>Vehicles with the same class are interchangeable, so only one empty one need be tried.</summary>
    public int[] VehicleClass { get; }

    public int Dropoff(int request) => RequestCount + request;

    public int StartDepot(int vehicle) => (2 * RequestCount) + (2 * vehicle);

    public int EndDepot(int vehicle) => (2 * RequestCount) + (2 * vehicle) + 1;

    public bool IsPickup(int node) => node < RequestCount;

    public bool IsDropoff(int node) => node >= RequestCount && node < 2 * RequestCount;

    public double Travel(int from, int to) => Distance[(from * NodeCount) + to];

    private void SetStop(int node, Place stop, Point[] locations)
    {
        locations[node] = stop.Location;
        Earliest[node] = stop.Window.Earliest;
        Latest[node] = stop.Window.Latest;
        Service[node] = stop.ServiceTime;
    }

    private static bool SameKind(Vehicle a, Vehicle b) =>
        a.StartDepot == b.StartDepot && a.EndDepot == b.EndDepot && a.Seats == b.Seats
        && a.WheelchairSpaces == b.WheelchairSpaces && a.EffectiveWindow == b.EffectiveWindow
        && a.EffectiveMaxDuration.Equals(b.EffectiveMaxDuration);
}
