using System.Globalization;

namespace Coproduce.Scheduling.Benchmarks;

/// <summary>Splitting and number parsing for the benchmark files, which are written with invariant-culture numbers.</summary>
internal static class DarpText
{
    public static string[] Fields(string line) => line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);

    public static bool TryInt(string text, out int value) => int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out value);

    public static bool TryDouble(string text, out double value) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value) && double.IsFinite(value);

    public static string Format(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
