using System.Globalization;

namespace Coproduce.Web.Pages.Ledger;

/// <summary>One line of a CSV file (RFC 4180), safe to open in a spreadsheet.</summary>
internal static class StatementCsv
{
    public static string Line(IEnumerable<string> fields) => string.Join(",", fields.Select(Field));

    /// <summary>Minutes as hours and minutes, "-1:30": the same in both languages, and a spreadsheet reads it as a time.</summary>
    public static string Clock(long minutes) =>
        string.Create(CultureInfo.InvariantCulture, $"{(minutes < 0 ? "-" : string.Empty)}{Math.Abs(minutes) / 60}:{Math.Abs(minutes) % 60:00}");

    private static string Field(string value)
    {
        // A spreadsheet runs a cell that starts with one of these as a formula; people's descriptions must stay text.
        if (value.Length > 0 && "=+-@\t\r".Contains(value[0], StringComparison.Ordinal) && !IsAmount(value))
        {
            value = "'" + value;
        }

        return value.IndexOfAny([',', '"', '\n', '\r']) >= 0
            ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
            : value;
    }

    // A negative balance such as "-1:30" is a number, not a formula.
    private static bool IsAmount(string value) => value.Length > 1 && value[0] == '-' && value.Skip(1).All(c => char.IsAsciiDigit(c) || c is ':' or '.');
}
