using System.Globalization;
using System.Text;
using System.Text.Json;
using Coproduce.Scheduling.Model;

namespace Coproduce.Scheduling.Benchmarks;

/// <summary>
/// The solution JSON of the command line: {"cost": distance, "routes": [[node ids, depots included], ...],
/// "unserved": [{"request": number, "reason": text}, ...]}. Node ids are those of the benchmark file.
/// </summary>
public static class DarpSolutionFormat
{
    /// <summary>Writes a plan as the solution JSON.</summary>
    public static string Write(DarpInstance instance, Plan plan)
    {
        ArgumentNullException.ThrowIfNull(instance);
        ArgumentNullException.ThrowIfNull(plan);
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = false }))
        {
            json.WriteStartObject();
            json.WriteNumber("cost", Math.Round(plan.Distance, 6));
            json.WriteStartArray("routes");
            foreach (var route in plan.Routes)
            {
                json.WriteStartArray();
                json.WriteNumberValue(DarpInstance.StartDepotNode);
                foreach (var stop in route.Stops)
                {
                    json.WriteNumberValue(instance.NodeOf(stop.RequestIndex, stop.IsPickup));
                }

                json.WriteNumberValue(instance.EndDepotNode);
                json.WriteEndArray();
            }

            json.WriteEndArray();
            json.WriteStartArray("unserved");
            foreach (var unserved in plan.Unserved)
            {
                WriteUnserved(json, unserved.RequestIndex + 1, unserved.Reason);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>
    /// Reads the solution JSON back into a plan over <paramref name="instance"/>'s problem; route k is driven by
    /// vehicle k. Returns the reason when the text is not a solution for this instance.
    /// </summary>
    public static (Plan? Plan, string? Error) Read(DarpInstance instance, string text)
    {
        ArgumentNullException.ThrowIfNull(instance);
        try
        {
            using var document = JsonDocument.Parse(text);
            if (!document.RootElement.TryGetProperty("routes", out var routesElement) || routesElement.ValueKind != JsonValueKind.Array)
            {
                return (null, "the solution has no \"routes\" array");
            }

            var n = instance.RequestCount;
            var routes = new List<PlannedRoute>();
            var routeNumber = 0;
            foreach (var routeElement in routesElement.EnumerateArray())
            {
                routeNumber++;
                var ids = routeElement.EnumerateArray().Select(e => e.GetInt32()).ToList();
                if (ids.Count < 2 || ids[0] != DarpInstance.StartDepotNode || ids[^1] != instance.EndDepotNode)
                {
                    return (null, Text($"route {routeNumber} must start at node {DarpInstance.StartDepotNode} and end at node {instance.EndDepotNode}"));
                }

                var stops = new List<PlannedStop>();
                foreach (var id in ids.Skip(1).SkipLast(1))
                {
                    if (id < 1 || id > 2 * n)
                    {
                        return (null, Text($"route {routeNumber}: node {id} is not a pickup or drop-off"));
                    }

                    var number = id <= n ? id : id - n;
                    stops.Add(new PlannedStop(number - 1, id <= n, 0));
                }

                routes.Add(new PlannedRoute(routeNumber - 1, stops, 0, 0, 0));
            }

            var unserved = new List<UnservedRequest>();
            if (document.RootElement.TryGetProperty("unserved", out var unservedElement) && unservedElement.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in unservedElement.EnumerateArray())
                {
                    var number = item.ValueKind == JsonValueKind.Object ? item.GetProperty("request").GetInt32() : item.GetInt32();
                    var reason = item.ValueKind == JsonValueKind.Object && item.TryGetProperty("reason", out var why) ? why.GetString() ?? "" : "";
                    if (number >= 1 && number <= instance.RequestCount)
                    {
                        unserved.Add(new UnservedRequest(number - 1, reason));
                    }
                }
            }

            return (new Plan(routes, unserved), null);
        }
        catch (JsonException e)
        {
            return (null, "the solution is not valid JSON: " + e.Message);
        }
        catch (InvalidOperationException e)
        {
            return (null, "the solution does not have the expected shape: " + e.Message);
        }
        catch (FormatException e)
        {
            return (null, "the solution has a node id that is not a whole number: " + e.Message);
        }
        catch (KeyNotFoundException e)
        {
            return (null, "an unserved entry has no \"request\": " + e.Message);
        }
    }

    private static void WriteUnserved(Utf8JsonWriter json, int number, string reason)
    {
        json.WriteStartObject();
        json.WriteNumber("request", number);
        json.WriteString("reason", reason);
        json.WriteEndObject();
    }

    private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
