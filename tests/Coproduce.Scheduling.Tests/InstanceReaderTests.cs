using Coproduce.Scheduling.Benchmarks;
using Coproduce.Scheduling.Checking;

namespace Coproduce.Scheduling.Tests;

public class InstanceReaderTests
{
    // Two vehicles, three requests; nodes 1-3 pickups, 4-6 drop-offs, 7 the end depot.
    private const string Good = """
        2 3 480 3 30
        0   0.0  0.0 0  0   0 480
        1   1.0  0.0 3  1   0 1440
        2   2.0  1.0 3  1  10  25
        3  -1.0 -2.0 3  1   0 1440
        4   5.0  0.0 3 -1  20  35
        5   3.0  3.0 3 -1   0 1440
        6  -4.0 -2.0 3 -1  40  55
        7   0.0  0.0 0  0   0 480
        """;

    private static DarpInstance Read(string text)
    {
        var result = DarpInstanceReader.Read(new StringReader(text));
        Assert.Null(result.Error);
        return result.Instance!;
    }

    private static Model.Plan Solve(DarpInstance instance) =>
        new DarpSolver().Solve(instance.Problem, new SolveOptions { TimeLimit = TimeSpan.FromSeconds(5), MaxIterations = 300 }, TestContext.Current.CancellationToken);

    [Fact]
    public void A_well_formed_file_is_read_with_the_benchmark_conventions()
    {
        var instance = Read(Good);
        Assert.Equal(3, instance.Problem.Requests.Count);
        Assert.Equal(2, instance.Problem.Vehicles.Count);
        Assert.Empty(instance.Rejected);
        var second = instance.Problem.Requests[1];
        Assert.Equal(new Model.TimeWindow(10, 25), second.Pickup.Window);
        Assert.Equal(30, second.MaxRideTime);
        Assert.Equal(3, instance.Problem.Vehicles[0].Seats);
        Assert.Equal(480, instance.Problem.Vehicles[0].MaxRouteDuration);
        Assert.Equal(5, instance.NodeOf(1, pickup: false));
    }

    [Fact]
    public void A_malformed_request_line_names_the_line_and_the_rest_is_still_scheduled()
    {
        var text = Good.Replace("2   2.0  1.0 3  1  10  25", "2   2.0  oops 3  1  10  25", StringComparison.Ordinal);
        var instance = Read(text);

        var (number, reason) = Assert.Single(instance.Rejected);
        Assert.Equal(2, number);
        Assert.Contains("line 4", reason, StringComparison.Ordinal);
        Assert.Equal(2, instance.Problem.Requests.Count);

        var plan = Solve(instance);
        Assert.Empty(plan.Unserved);
        Assert.True(SolutionChecker.Check(instance.Problem, plan, requireAllServed: true).IsFeasible);
        Assert.Contains("\"request\":2", DarpSolutionFormat.Write(instance, plan), StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_line_or_mismatched_load_rejects_only_that_request()
    {
        var missing = Read(Good.Replace("5   3.0  3.0 3 -1   0 1440\n", "", StringComparison.Ordinal));
        Assert.Contains(missing.Rejected, r => r.Number == 2 && r.Reason.Contains("no line for node 5", StringComparison.Ordinal));

        var mismatched = Read(Good.Replace("6  -4.0 -2.0 3 -1", "6  -4.0 -2.0 3 -2", StringComparison.Ordinal));
        Assert.Contains(mismatched.Rejected, r => r.Number == 3 && r.Reason.Contains("unloads 2", StringComparison.Ordinal));
        Assert.Equal(2, mismatched.Problem.Requests.Count);
    }

    [Fact]
    public void A_broken_header_or_depot_makes_the_file_unusable_with_the_line_named()
    {
        var header = DarpInstanceReader.Read(new StringReader(Good.Replace("2 3 480 3 30", "2 three 480 3 30", StringComparison.Ordinal)));
        Assert.Null(header.Instance);
        Assert.Contains("line 1", header.Error, StringComparison.Ordinal);

        var depot = DarpInstanceReader.Read(new StringReader(Good.Replace("7   0.0  0.0 0  0   0 480", "7 x", StringComparison.Ordinal)));
        Assert.Null(depot.Instance);
        Assert.Contains("line 9", depot.Error, StringComparison.Ordinal);

        Assert.NotNull(DarpInstanceReader.Read(new StringReader("")).Error);
        Assert.NotNull(DarpInstanceReader.ReadFile("/nonexistent/file.txt").Error);
    }

    [Fact]
    public void An_impossible_window_comes_back_unserved_with_a_reason_and_the_rest_is_scheduled()
    {
        var instance = Read(Good.Replace("2   2.0  1.0 3  1  10  25", "2   2.0  1.0 3  1  30  25", StringComparison.Ordinal));
        var plan = Solve(instance);

        var unserved = Assert.Single(plan.Unserved);
        Assert.Equal(1, unserved.RequestIndex);
        Assert.Contains("request 2", unserved.Reason, StringComparison.Ordinal);
        Assert.Contains("window ends", unserved.Reason, StringComparison.Ordinal);
        Assert.True(SolutionChecker.Check(instance.Problem, plan).IsFeasible);
        Assert.Equal(2, plan.Routes.Sum(r => r.Stops.Count) / 2);
    }

    [Fact]
    public void A_request_larger_than_any_vehicle_comes_back_unserved_with_a_reason()
    {
        var text = Good
            .Replace("3  -1.0 -2.0 3  1", "3  -1.0 -2.0 3  5", StringComparison.Ordinal)
            .Replace("6  -4.0 -2.0 3 -1", "6  -4.0 -2.0 3 -5", StringComparison.Ordinal);
        var instance = Read(text);
        var plan = Solve(instance);

        var unserved = Assert.Single(plan.Unserved);
        Assert.Equal("3", instance.Problem.Requests[unserved.RequestIndex].Id);
        Assert.Contains("needs 5 seats", unserved.Reason, StringComparison.Ordinal);
        Assert.True(SolutionChecker.Check(instance.Problem, plan).IsFeasible);
    }
}
