using System.Globalization;
using Coproduce.Scheduling.Model;

namespace Coproduce.Scheduling.Benchmarks;

/// <summary>
/// Reads a benchmark file in either Cordeau-Laporte layout (<see cref="DarpFileVariant"/>). A file is used whole or
/// not at all: the first thing wrong with it comes back as the error, naming the line, because a plan for part of an
/// instance can't be compared with the published results and would hide the typing error behind "unserved" reasons.
/// </summary>
public static class DarpInstanceReader
{
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
    /// Reads the header "K h T Q L" (vehicles, a node count, max route duration, capacity, max ride time), then node
    /// lines "id x y service load earliest latest"; blank lines are skipped.
    /// </summary>
    /// <remarks>
    /// Neither layout says which it is, so the number of node lines m decides what the header's h means:
    /// m = 2h + 2 is the 2006 layout (h requests, nodes 0..2h+1, the end depot last) and m = h + 1 the 2003 layout
    /// (h pickup and drop-off nodes, nodes 0..h, vehicles back at node 0). The two never coincide. Any other m is an
    /// error, explained in the 2003 terms when m is at most h + 1 and in the 2006 terms otherwise, which is the
    /// layout the file is closest to.
    /// </remarks>
    public static DarpReadResult Read(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var lines = NonBlankLines(reader);
        if (lines.Count == 0)
        {
            return Fail("the file is empty");
        }

        var (headerLine, headerText) = lines[0];
        var header = DarpText.Fields(headerText);
        if (header.Length != 5 || !DarpText.TryInt(header[0], out var vehicles) || !DarpText.TryInt(header[1], out var h)
            || !DarpText.TryDouble(header[2], out var maxDuration) || !DarpText.TryInt(header[3], out var capacity) || !DarpText.TryDouble(header[4], out var maxRide)
            || vehicles < 0 || h < 0 || capacity < 0 || maxDuration < 0 || maxRide < 0)
        {
            return Fail(DarpText.Format($"line {headerLine}: expected the header 'K n T Q L' (vehicles, requests or nodes, max route duration, capacity, max ride time) as non-negative numbers, found '{headerText.Trim()}'"));
        }

        var nodes = new List<DarpNodeLine>();
        foreach (var (number, text) in lines.Skip(1))
        {
            var (node, error) = DarpNodeLine.Parse(number, text);
            if (node is null)
            {
                return Fail(error!);
            }

            nodes.Add(node);
        }

        var variant = nodes.Count <= (long)h + 1 ? DarpFileVariant.CordeauLaporte2003 : DarpFileVariant.Cordeau2006;
        var layout = new Layout(variant, h, headerLine);
        if (variant == DarpFileVariant.CordeauLaporte2003 && h % 2 != 0)
        {
            return Fail(DarpText.Format($"line {headerLine}: {layout.Describe()}, so it must be even (a pickup and a drop-off per request), but it is {h}"));
        }

        var byId = new Dictionary<int, DarpNodeLine>();
        foreach (var node in nodes)
        {
            if (node.Id < 0 || node.Id >= layout.NodeCount)
            {
                return Fail(DarpText.Format($"line {node.Line}: node id {node.Id} is outside 0 to {layout.NodeCount - 1}; {layout.Describe()}"));
            }

            if (!byId.TryAdd(node.Id, node))
            {
                return Fail(DarpText.Format($"line {node.Line}: node {node.Id} appears twice (first on line {byId[node.Id].Line})"));
            }
        }

        // With every id in range and none twice, a node is missing exactly when there are too few lines.
        for (var id = 0; id < layout.NodeCount; id++)
        {
            if (!byId.ContainsKey(id))
            {
                return Fail(DarpText.Format($"line {headerLine}: no line for node {id} ({layout.Role(id)}); {layout.Describe()}, so {layout.NodeCount} node lines are needed and the file has {nodes.Count}"));
            }
        }

        // Every node has its line now, so the counts fit the lines read.
        var n = (int)layout.Requests;
        var start = byId[DarpInstance.StartDepotNode];
        var end = variant == DarpFileVariant.CordeauLaporte2003 ? start : byId[(2 * n) + 1];
        var depotError = DepotProblem(start) ?? DepotProblem(end);
        if (depotError is not null)
        {
            return Fail(depotError);
        }

        if (end.Window.Latest < start.Window.Earliest)
        {
            return Fail(DarpText.Format($"line {end.Line}: the end depot's time window closes ({end.Window.Latest}) before the start depot's on line {start.Line} opens ({start.Window.Earliest})"));
        }

        var requests = new List<Request>();
        for (var i = 1; i <= n; i++)
        {
            var pickup = byId[i];
            var dropoff = byId[n + i];
            var loadError = LoadProblem(i, pickup, dropoff);
            if (loadError is not null)
            {
                return Fail(loadError);
            }

            requests.Add(new Request(
                i.ToString(CultureInfo.InvariantCulture),
                new Place(pickup.Location, pickup.Service, pickup.Window),
                new Place(dropoff.Location, dropoff.Service, dropoff.Window),
                pickup.Load,
                0,
                maxRide));
        }

        var fleet = Enumerable.Range(1, vehicles)
            .Select(k => new Vehicle(
                k.ToString(CultureInfo.InvariantCulture), start.Location, end.Location, capacity, 0,
                new TimeWindow(start.Window.Earliest, end.Window.Latest), maxDuration))
            .ToList();

        return new DarpReadResult(new DarpInstance(new Problem(requests, fleet), variant), null);
    }

    private static string? DepotProblem(DarpNodeLine depot) => depot.Load == 0
        ? null
        : DarpText.Format($"line {depot.Line}: the depot (node {depot.Id}) has load {depot.Load}; nobody boards at a depot, so it must be 0");

    private static string? LoadProblem(int request, DarpNodeLine pickup, DarpNodeLine dropoff)
    {
        if (pickup.Load < 0)
        {
            return DarpText.Format($"line {pickup.Line}: node {pickup.Id}, the pickup of request {request}, has a negative load ({pickup.Load})");
        }

        return dropoff.Load == -pickup.Load
            ? null
            : DarpText.Format($"line {dropoff.Line}: node {dropoff.Id}, the drop-off of request {request}, unloads {-dropoff.Load} but its pickup on line {pickup.Line} loads {pickup.Load}; the drop-off's load must be the pickup's, negated");
    }

    private static List<(int Number, string Text)> NonBlankLines(TextReader reader)
    {
        var lines = new List<(int, string)>();
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (!string.IsNullOrWhiteSpace(line))
            {
                lines.Add((number, line));
            }
        }

        return lines;
    }

    private static DarpReadResult Fail(string error) => new(null, error);

    /// <summary>What the header's node count h means in the layout the file was taken to have.</summary>
    private readonly record struct Layout(DarpFileVariant Variant, int H, int HeaderLine)
    {
        public long Requests => Variant == DarpFileVariant.CordeauLaporte2003 ? H / 2 : H;

        public long NodeCount => Variant == DarpFileVariant.CordeauLaporte2003 ? (long)H + 1 : (2L * H) + 2;

        public string Describe() => Variant == DarpFileVariant.CordeauLaporte2003
            ? DarpText.Format($"line {HeaderLine}'s {H} is read as the number of pickup and drop-off nodes (the Cordeau-Laporte 2003 layout, nodes 0 to {H}, as there are at most {H + 1L} node lines)")
            : DarpText.Format($"line {HeaderLine}'s {H} is read as the number of requests (the Cordeau 2006 layout, nodes 0 to {(2L * H) + 1}, as there are more than {H + 1L} node lines)");

        public string Role(long id) =>
            id == 0 ? "the start depot"
            : id <= Requests ? DarpText.Format($"the pickup of request {id}")
            : id <= 2 * Requests ? DarpText.Format($"the drop-off of request {id - Requests}")
            : "the end depot";
    }
}
