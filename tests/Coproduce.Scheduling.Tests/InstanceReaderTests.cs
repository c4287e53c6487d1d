using Coproduce.Scheduling.Benchmarks;
using Coproduce.Scheduling.Checking;

namespace Coproduce.Scheduling.Tests;

public class InstanceReaderTests
{
    // The 2006 layout: two vehicles, three requests; nodes 1-3 pickups, 4-6 drop-offs, 7 the end depot.
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

    // The 2003 layout: the header's 6 counts pickup and drop-off nodes (three requests); there is no end depot line.
    private const string Good2003 = """
        2 6 480 3 30
        0   1.5 -0.5 0  0  60 480
        1   1.0  0.0 3  1   0 1440
        2   2.0  1.0 3  1  10  25
        3  -1.0 -2.0 3  2   0 1440
        4   5.0  0.0 3 -1  20  35
        5   3.0  3.0 3 -1   0 1440
        6  -4.0 -2.0 3 -2  40  55
        """;

    private static string A216Text => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "a2-16.txt"));

    private static DarpInstance Read(string text)
    {
        var result = DarpInstanceReader.Read(new StringReader(text));
        Assert.Null(result.Error);
        return result.Instance!;
    }

    private static string ErrorOf(string text)
    {
        var result = DarpInstanceReader.Read(new StringReader(text));
        Assert.Null(result.Instance);
        Assert.NotNull(result.Error);
        return result.Error;
    }

    private static string Edit(string text, string find, string replace)
    {
        var edited = text.Replace(find, replace, StringComparison.Ordinal);
        Assert.NotEqual(text, edited);
        return edited;
    }

    [Fact]
    public void A_well_formed_file_is_read_with_the_benchmark_conventions()
    {
        var instance = Read(Good);
        Assert.Equal(DarpFileVariant.Cordeau2006, instance.Variant);
        Assert.Equal(3, instance.Problem.Requests.Count);
        Assert.Equal(2, instance.Problem.Vehicles.Count);
        var second = instance.Problem.Requests[1];
        Assert.Equal(new Model.TimeWindow(10, 25), second.Pickup.Window);
        Assert.Equal(30, second.MaxRideTime);
        Assert.Equal(3, instance.Problem.Vehicles[0].Seats);
        Assert.Equal(480, instance.Problem.Vehicles[0].MaxRouteDuration);
        Assert.Equal(5, instance.NodeOf(1, pickup: false));
        Assert.Equal(7, instance.EndDepotNode);
    }

    [Fact]
    public void A_2003_file_counts_nodes_in_its_header_and_returns_vehicles_to_node_0()
    {
        var instance = Read(Good2003);

        Assert.Equal(DarpFileVariant.CordeauLaporte2003, instance.Variant);
        Assert.Equal(3, instance.RequestCount);
        Assert.Equal(["1", "2", "3"], instance.Problem.Requests.Select(r => r.Id));
        var van = instance.Problem.Vehicles[0];
        Assert.Equal(2, instance.Problem.Vehicles.Count);
        Assert.Equal(new Model.Point(1.5, -0.5), van.StartDepot);
        Assert.Equal(van.StartDepot, van.EndDepot);
        Assert.Equal(new Model.TimeWindow(60, 480), van.Availability);
        var second = instance.Problem.Requests[1];
        Assert.Equal(new Model.TimeWindow(10, 25), second.Pickup.Window);
        Assert.Equal(new Model.TimeWindow(0, 1440), second.Dropoff.Window);
        Assert.Equal(new Model.Point(3, 3), second.Dropoff.Location);
        Assert.Equal(2, instance.Problem.Requests[2].Passengers);
        Assert.Equal(5, instance.NodeOf(1, pickup: false));
        Assert.Equal(0, instance.EndDepotNode);
    }

    [Fact]
    public void The_same_instance_in_either_layout_reads_to_the_same_problem()
    {
        var in2006 = Read(A216Text);
        var in2003 = Read(Layouts.To2003(A216Text));

        Assert.Equal(DarpFileVariant.CordeauLaporte2003, in2003.Variant);
        Assert.Equal(16, in2003.RequestCount);
        Assert.Equal(in2006.Problem.Requests, in2003.Problem.Requests);
        Assert.Equal(in2006.Problem.Vehicles, in2003.Problem.Vehicles);
    }

    [Fact]
    public void The_a2_16_optimum_written_for_the_2003_layout_checks_at_the_published_cost()
    {
        var instance = Read(Layouts.To2003(A216Text));
        const string routes = """{"routes":[[0,12,6,28,22,4,11,27,20,3,19,13,29,9,8,25,24,2,18,1,17,0],[0,10,5,26,21,14,30,15,31,7,16,23,32,0]]}""";

        var (plan, error) = DarpSolutionFormat.Read(instance, routes);
        Assert.Null(error);
        var report = SolutionChecker.Check(instance.Problem, plan!, requireAllServed: true);

        Assert.Empty(report.Problems);
        Assert.Equal(294.2480, report.Distance, 4);
        Assert.NotNull(DarpSolutionFormat.Read(instance, routes.Replace(",0]", ",33]", StringComparison.Ordinal)).Error);
    }

    [Theory]
    [InlineData("2 3 480 3 30", "2 three 480 3 30", 1, "expected the header")]
    [InlineData("2   2.0  1.0 3  1  10  25", "2   2.0  oops 3  1  10  25", 4, "the y coordinate 'oops' is not a number")]
    [InlineData("3  -1.0 -2.0 3  1", "3.5  -1.0 -2.0 3  1", 5, "the node id '3.5' is not a whole number")]
    [InlineData("4   5.0  0.0 3 -1  20  35", "4   5.0  0.0 3 -1  20", 6, "expected 7 fields")]
    [InlineData("7   0.0  0.0 0  0   0 480", "7 x", 9, "expected 7 fields")]
    [InlineData("2   2.0  1.0 3  1  10  25", "2   2.0  1.0 3  1  30  25", 4, "node 2's time window ends (25) before it starts (30)")]
    [InlineData("2   2.0  1.0 3  1  10  25", "2   2.0  1.0 3  1  -10  25", 4, "node 2's time window [-10, 25] is negative")]
    [InlineData("0   0.0  0.0 0  0   0 480", "0   0.0  0.0 0  0   480 0", 2, "node 0's time window ends (0) before it starts (480)")]
    [InlineData("7   0.0  0.0 0  0   0 480", "7   0.0  0.0 0  0   0 -480", 9, "node 7's time window [0, -480] is negative")]
    [InlineData("1   1.0  0.0 3  1", "1   1.0  0.0 -3  1", 3, "negative service time")]
    [InlineData("0   0.0  0.0 0  0", "0   0.0  0.0 0  2", 2, "the depot (node 0) has load 2")]
    [InlineData("6  -4.0 -2.0 3 -1", "6  -4.0 -2.0 3 -2", 8, "unloads 2 but its pickup on line 5 loads 1")]
    [InlineData("6  -4.0 -2.0 3 -1", "5  -4.0 -2.0 3 -1", 8, "node 5 appears twice (first on line 7)")]
    [InlineData("6  -4.0 -2.0 3 -1", "9  -4.0 -2.0 3 -1", 8, "node id 9 is outside 0 to 7")]
    [InlineData("5   3.0  3.0 3 -1   0 1440\n", "", 1, "no line for node 5 (the drop-off of request 2)")]
    [InlineData("7   0.0  0.0 0  0   0 480", "", 1, "no line for node 7 (the end depot)")]
    public void Malformed_content_makes_the_file_unusable_and_the_error_names_the_line(string find, string replace, int line, string what)
    {
        var error = ErrorOf(Edit(Good, find, replace));

        Assert.StartsWith($"line {line}: ", error, StringComparison.Ordinal);
        Assert.Contains(what, error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("4   5.0  0.0 3 -1  20  35\n", "", 1, "no line for node 4 (the drop-off of request 1); line 1's 6 is read as the number of pickup and drop-off nodes")]
    [InlineData("2 6 480 3 30", "2 7 480 3 30", 1, "so it must be even")]
    [InlineData("6  -4.0 -2.0 3 -2", "7  -4.0 -2.0 3 -2", 8, "node id 7 is outside 0 to 6")]
    [InlineData("0   1.5 -0.5 0  0  60 480", "0   1.5 -0.5 0  0  60 -1", 2, "node 0's time window [60, -1] is negative")]
    public void Malformed_content_in_the_2003_layout_names_the_line(string find, string replace, int line, string what)
    {
        var error = ErrorOf(Edit(Good2003, find, replace));

        Assert.StartsWith($"line {line}: ", error, StringComparison.Ordinal);
        Assert.Contains(what, error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_end_depot_that_closes_before_the_start_depot_opens_is_named()
    {
        var text = Edit(Edit(Good, "0   0.0  0.0 0  0   0 480", "0   0.0  0.0 0  0   100 480"), "7   0.0  0.0 0  0   0 480", "7   0.0  0.0 0  0   0 50");

        var error = ErrorOf(text);

        Assert.StartsWith("line 9: the end depot's time window closes (50) before the start depot's on line 2 opens (100)", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Blank_lines_are_skipped_but_still_counted_in_line_numbers()
    {
        var text = Edit(Good, "2   2.0  1.0 3  1  10  25", "\n2   2.0  oops 3  1  10  25");

        Assert.StartsWith("line 5: ", ErrorOf(text), StringComparison.Ordinal);
        Assert.Equal(3, Read(Edit(Good, "\n1 ", "\n\n   \n1 ")).RequestCount);
    }

    [Fact]
    public void An_empty_or_missing_file_is_an_error()
    {
        Assert.Equal("the file is empty", ErrorOf("\n  \n"));
        Assert.Contains("/nonexistent/file.txt", DarpInstanceReader.ReadFile("/nonexistent/file.txt").Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_request_larger_than_any_vehicle_comes_back_unserved_with_a_reason()
    {
        var text = Good
            .Replace("3  -1.0 -2.0 3  1", "3  -1.0 -2.0 3  5", StringComparison.Ordinal)
            .Replace("6  -4.0 -2.0 3 -1", "6  -4.0 -2.0 3 -5", StringComparison.Ordinal);
        var instance = Read(text);
        var plan = new DarpSolver().Solve(instance.Problem, new SolveOptions { TimeLimit = TimeSpan.FromSeconds(5), MaxIterations = 300 }, TestContext.Current.CancellationToken);

        var unserved = Assert.Single(plan.Unserved);
        Assert.Equal("3", instance.Problem.Requests[unserved.RequestIndex].Id);
        Assert.Contains("needs 5 seats", unserved.Reason, StringComparison.Ordinal);
        Assert.True(SolutionChecker.Check(instance.Problem, plan).IsFeasible);
    }
}
