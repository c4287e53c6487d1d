using System.Globalization;

namespace Coproduce.Scheduling.Tests;

/// <summary>Rewrites a 2006-layout benchmark text in the Cordeau-Laporte 2003 layout, so one fixture serves both.</summary>
internal static class Layouts
{
    /// <summary>
    /// Doubles the header's request count into the node count and drops the end depot's line; only right when the end
    /// depot is the start depot again (same place and window), as in the 'a' and 'b' sets.
    /// </summary>
    public static string To2003(string text2006)
    {
        var lines = text2006.Split('\n').Where(l => !string.IsNullOrWhiteSpace(l)).ToList();
        var header = lines[0].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var n = int.Parse(header[1], CultureInfo.InvariantCulture);
        var start = lines[1].Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1);
        var end = lines[^1].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal((2 * n) + 1, int.Parse(end[0], CultureInfo.InvariantCulture));
        Assert.Equal(start, end.Skip(1));

        header[1] = (2 * n).ToString(CultureInfo.InvariantCulture);
        return string.Join('\n', new[] { string.Join(' ', header) }.Concat(lines.Skip(1).SkipLast(1))) + "\n";
    }
}
