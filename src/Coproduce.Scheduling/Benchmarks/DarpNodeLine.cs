using Coproduce.Scheduling.Model;

namespace Coproduce.Scheduling.Benchmarks;

/// <summary>
/// One node line of a benchmark file, "id x y service load earliest latest", checked on its own: everything that
/// can be wrong with the line without knowing the rest of the file. Errors name the line.
/// </summary>
internal sealed record DarpNodeLine(int Line, int Id, Point Location, double Service, int Load, TimeWindow Window)
{
    private static readonly string[] FieldNames = ["node id", "x coordinate", "y coordinate", "service time", "load", "window start", "window end"];

    public static (DarpNodeLine? Node, string? Error) Parse(int line, string text)
    {
        var fields = DarpText.Fields(text);
        if (fields.Length != FieldNames.Length)
        {
            return (null, DarpText.Format($"line {line}: expected 7 fields 'id x y service load earliest latest', found {fields.Length}: '{text.Trim()}'"));
        }

        // Ids and loads count nodes and people, so a fraction there is as wrong as a word.
        var numbers = new double[fields.Length];
        for (var f = 0; f < fields.Length; f++)
        {
            var whole = f is 0 or 4;
            if (whole && DarpText.TryInt(fields[f], out var count))
            {
                numbers[f] = count;
            }
            else if (whole || !DarpText.TryDouble(fields[f], out numbers[f]))
            {
                var kind = whole ? "a whole number" : "a number";
                return (null, DarpText.Format($"line {line}: the {FieldNames[f]} '{fields[f]}' is not {kind}"));
            }
        }

        var id = (int)numbers[0];
        var (service, earliest, latest) = (numbers[3], numbers[5], numbers[6]);
        if (service < 0)
        {
            return (null, DarpText.Format($"line {line}: node {id} has a negative service time ({fields[3]})"));
        }

        // The engine would only report such a window as an unserved request (or, on a depot, every request as
        // unserved for a reason that points elsewhere); in a file it is a typing error, so it stops the read here.
        if (earliest < 0 || latest < 0)
        {
            return (null, DarpText.Format($"line {line}: node {id}'s time window [{fields[5]}, {fields[6]}] is negative"));
        }

        if (latest < earliest)
        {
            return (null, DarpText.Format($"line {line}: node {id}'s time window ends ({fields[6]}) before it starts ({fields[5]})"));
        }

        return (new DarpNodeLine(line, id, new Point(numbers[1], numbers[2]), service, (int)numbers[4], new TimeWindow(earliest, latest)), null);
    }
}
