using Coproduce.Scheduling.Engine;

namespace Coproduce.Scheduling.Search;

/// <summary>A complete assignment during the search: one route per vehicle, and where each request is.</summary>
internal sealed class Solution
{
    public Solution(CompiledProblem problem)
    {
        Routes = new RouteState[problem.VehicleCount];
        for (var k = 0; k < Routes.Length; k++)
        {
            Routes[k] = new RouteState(problem, k);
        }

        RouteOf = new int[problem.RequestCount];
        Array.Fill(RouteOf, -1);
    }

    public RouteState[] Routes { get; }

    /// <summary>The route (vehicle) carrying each request, or -1.</summary>
    public int[] RouteOf { get; }

    public int UnservedCount { get; set; }

    public double Distance
    {
        get
        {
            var total = 0.0;
            foreach (var route in Routes)
            {
                total += route.Cost;
            }

            return total;
        }
    }

    public double Objective(double unservedPenalty) => Distance + (UnservedCount * unservedPenalty);

    public void CopyFrom(Solution other)
    {
        for (var k = 0; k < Routes.Length; k++)
        {
            Routes[k].CopyFrom(other.Routes[k]);
        }

        Array.Copy(other.RouteOf, RouteOf, RouteOf.Length);
        UnservedCount = other.UnservedCount;
    }
}
