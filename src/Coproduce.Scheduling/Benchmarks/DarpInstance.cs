using System.Globalization;
using Coproduce.Scheduling.Model;

namespace Coproduce.Scheduling.Benchmarks;

/// <summary>
/// A benchmark instance in the Cordeau (2006) format, read into a <see cref="Problem"/>.
/// Request number i (1..n) has pickup node i and drop-off node n + i; node 0 is the start depot, 2n + 1 the end depot.
/// Requests whose lines are broken are left out of <see cref="Problem"/> and listed in <see cref="Rejected"/>.
/// </summary>
public sealed class DarpInstance
{
    internal DarpInstance(Problem problem, int requestCount, IReadOnlyList<int> requestNumbers, IReadOnlyList<(int Number, string Reason)> rejected)
    {
        Problem = problem;
        RequestCount = requestCount;
        RequestNumbers = requestNumbers;
        Rejected = rejected;
    }

    /// <summary>The requests that could be read, and the fleet.</summary>
    public Problem Problem { get; }

    /// <summary>n, the number of requests the header announces.</summary>
    public int RequestCount { get; }

    /// <summary>The request number (1..n) of each request in <see cref="Problem"/>, by index.</summary>
    public IReadOnlyList<int> RequestNumbers { get; }

    /// <summary>Requests left out because their lines could not be read, each with the line and the reason.</summary>
    public IReadOnlyList<(int Number, string Reason)> Rejected { get; }

    /// <summary>The node id of the start depot in this format.</summary>
    public static int StartDepotNode => 0;

    /// <summary>The node id of the end depot.</summary>
    public int EndDepotNode => (2 * RequestCount) + 1;

    /// <summary>The node id of a request's pickup or drop-off.</summary>
    public int NodeOf(int requestIndex, bool pickup) => RequestNumbers[requestIndex] + (pickup ? 0 : RequestCount);
}

/// <summary>Reading a benchmark file, or the reason it can't be read at all.</summary>
/// <param name="Instance">The instance, or null when the file can't be used.</param>
/// <param name="Error">Why the file can't be used (naming the line), or null.</param>
public sealed record DarpReadResult(DarpInstance? Instance, string? Error);

/// <summary>Parses the benchmark text format; bad request lines are reported and the rest is still read.</summary>
public static class DarpInstanceReader
{
    private sealed record NodeLine(int Line, Point Location, double Service, int Load, TimeWindow Window);

    /// <summary>Reads a file; see <see cref="Read(TextReader)"/>.</summary>
    public static DarpReadResult ReadFile(string path)
    {
        try
        {
            using var reader = File.OpenText(path);
            return Read(reader);
        }
        catch (IOException e)
        {
            return new DarpReadResult(null, $"{path}: {e.Message}");
        }
        catch (UnauthorizedAccessException e)
        {
            return new DarpReadResult(null, $"{path}: {e.Message}");
        }
    }

    /// <summary>
    /// Reads "K n T Q L" then lines "id x y service load earliest latest". A broken header or depot line makes
    /// the whole file unusable; a broken request line leaves that request out with a message naming the line.
    /// </summary>
    public static DarpReadResult Read(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var lineNumber = 0;
        string? line;
        do
        {
            line = reader.ReadLine();
            lineNumber++;
        }
        while (line is not null && string.IsNullOrWhiteSpace(line));

        if (line is null)
        {
            return new DarpReadResult(null, "the file is empty");
        }

        var header = Fields(line);
        if (header.Length != 5 || !TryInt(header[0], out var vehicles) || !TryInt(header[1], out var n)
            || !TryDouble(header[2], out var maxDuration) || !TryInt(header[3], out var capacity) || !TryDouble(header[4], out var maxRide)
            || vehicles < 0 || n < 0 || capacity < 0 || maxDuration < 0 || maxRide < 0)
        {
            return new DarpReadResult(null, Text($"line {lineNumber}: expected the header 'K n T Q L' (vehicles, requests, max route duration, capacity, max ride time) as non-negative numbers, found '{line.Trim()}'"));
        }

        var nodes = new NodeLine?[(2 * n) + 2];
        var broken = new Dictionary<int, string>();
        while ((line = reader.ReadLine()) is not null)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var f = Fields(line);
            if (f.Length == 0 || !TryInt(f[0], out var id) || id < 0 || id >= nodes.Length)
            {
                broken[-lineNumber] = Text($"line {lineNumber}: the node id must be a whole number from 0 to {nodes.Length - 1}, found '{line.Trim()}'");
                continue;
            }

            if (f.Length != 7 || !TryDouble(f[1], out var x) || !TryDouble(f[2], out var y) || !TryDouble(f[3], out var service)
                || !TryInt(f[4], out var load) || !TryDouble(f[5], out var earliest) || !TryDouble(f[6], out var latest))
            {
                broken[id] = Text($"line {lineNumber}: expected 'id x y service load earliest latest' as numbers, found '{line.Trim()}'");
                continue;
            }

            if (nodes[id] is not null)
            {
                broken[id] = Text($"line {lineNumber}: node {id} appears twice (first on line {nodes[id]!.Line})");
                continue;
            }

            nodes[id] = new NodeLine(lineNumber, new Point(x, y), service, load, new TimeWindow(earliest, latest));
        }

        foreach (var depot in new[] { 0, (2 * n) + 1 })
        {
            if (broken.TryGetValue(depot, out var why))
            {
                return new DarpReadResult(null, "depot unusable: " + why);
            }

            if (nodes[depot] is null)
            {
                return new DarpReadResult(null, Text($"no line for depot node {depot}"));
            }
        }

        var start = nodes[0]!;
        var end = nodes[(2 * n) + 1]!;
        var fleet = Enumerable.Range(1, vehicles)
            .Select(k => new Vehicle(
                k.ToString(CultureInfo.InvariantCulture), start.Location, end.Location, capacity, 0,
                new TimeWindow(start.Window.Earliest, end.Window.Latest), maxDuration))
            .ToList();

        var requests = new List<Request>();
        var numbers = new List<int>();
        var rejected = new List<(int, string)>();
        for (var i = 1; i <= n; i++)
        {
            var reason = RequestProblem(i, n, nodes, broken);
            if (reason is not null)
            {
                rejected.Add((i, reason));
                continue;
            }

            var pickup = nodes[i]!;
            var dropoff = nodes[n + i]!;
            requests.Add(new Request(
                i.ToString(CultureInfo.InvariantCulture),
                new Place(pickup.Location, pickup.Service, pickup.Window),
                new Place(dropoff.Location, dropoff.Service, dropoff.Window),
                pickup.Load,
                0,
                maxRide));
            numbers.Add(i);
        }

        // Lines whose id could not be read belong to no request; report them against no request.
        foreach (var (key, why) in broken.Where(b => b.Key < 0))
        {
            rejected.Add((0, why));
        }

        return new DarpReadResult(new DarpInstance(new Problem(requests, fleet), n, numbers, rejected), null);
    }

    private static string? RequestProblem(int i, int n, NodeLine?[] nodes, Dictionary<int, string> broken)
    {
        foreach (var node in new[] { i, n + i })
        {
            if (broken.TryGetValue(node, out var why))
            {
                return Text($"request {i}: {why}");
            }

            if (nodes[node] is null)
            {
                return Text($"request {i}: no line for node {node}");
            }
        }

        var pickup = nodes[i]!;
        var dropoff = nodes[n + i]!;
        if (pickup.Load < 0 || dropoff.Load != -pickup.Load)
        {
            return Text($"request {i}: line {pickup.Line} loads {pickup.Load} but line {dropoff.Line} unloads {-dropoff.Load}; expected a positive load and its negative");
        }

        return null;
    }

    private static string[] Fields(string line) => line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);

    private static bool TryInt(string text, out int value) => int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out value);

    private static bool TryDouble(string text, out double value) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value) && double.IsFinite(value);

    private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
