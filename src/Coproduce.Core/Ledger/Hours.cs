using System.Globalization;
using System.Text.RegularExpressions;
using Coproduce.Core.Common;

namespace Coproduce.Core.Ledger;

/// <summary>
/// An amount of time credits: one credit is one hour given. Held as whole minutes so that sums are exact.
/// An amount is always positive and never absurd; balances, which may be negative or zero, are plain minutes
/// formatted with <see cref="FormatMinutes"/>.
/// </summary>
public readonly partial record struct Hours : IComparable<Hours>, IFormattable
{
    /// <summary>The largest single amount accepted: 10,000 hours, more than any grant a community pot receives.</summary>
    public const int MaximumMinutes = 10_000 * 60;

    private Hours(int minutes) => Minutes = minutes;

    /// <summary>The amount in whole minutes, always between 1 and <see cref="MaximumMinutes"/>.</summary>
    public int Minutes { get; }

    /// <summary>The amount in hours, for display and arithmetic (1 hour 30 minutes is 1.5).</summary>
    public decimal TotalHours => Minutes / 60m;

    /// <summary>An amount of whole hours, for code that knows the number is sensible.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The number is zero, negative or absurd.</exception>
    public static Hours FromHours(int hours) => FromMinutes(checked(hours * 60));

    /// <summary>An amount of minutes, for code that knows the number is sensible.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The number is zero, negative or absurd.</exception>
    public static Hours FromMinutes(long minutes) =>
        TryFromMinutes(minutes, "Amount", out var hours, out var error)
            ? hours
            : throw new ArgumentOutOfRangeException(nameof(minutes), minutes, error.ToString());

    /// <summary>Checks a number of minutes from outside (a form, the API), with a reason when it is refused.</summary>
    public static bool TryFromMinutes(long minutes, string field, out Hours hours, [System.Diagnostics.CodeAnalysis.NotNullWhen(false)] out FieldError? error)
    {
        hours = default;
        error = minutes switch
        {
            0 => new FieldError(field, "Hours.Zero"),
            < 0 => new FieldError(field, "Hours.Negative"),
            > MaximumMinutes => new FieldError(field, "Hours.TooLarge", MaximumMinutes / 60),
            _ => null,
        };
        if (error is null)
        {
            hours = new Hours((int)minutes);
        }

        return error is null;
    }

    /// <summary>
    /// Reads an amount as a person types it: "1.5" or "2" (hours), "1:30" (hours and minutes), "90m" or
    /// "90 minutes", "2h", "1h 30m", and the Welsh "2 awr" or "30 munud".
    /// </summary>
    public static bool TryParse(string? text, string field, out Hours hours, [System.Diagnostics.CodeAnalysis.NotNullWhen(false)] out FieldError? error)
    {
        hours = default;
        var input = (text ?? string.Empty).Trim().ToLowerInvariant();
        if (input.Length == 0)
        {
            error = new FieldError(field, "Hours.Required");
            return false;
        }

        if (input.StartsWith('-') || input.StartsWith('\u2212'))
        {
            error = new FieldError(field, "Hours.Negative");
            return false;
        }

        decimal minutes;
        Match match;
        if ((match = HoursAndMinutesWithColon().Match(input)).Success)
        {
            minutes = (decimal.Parse(match.Groups["h"].Value, CultureInfo.InvariantCulture) * 60)
                + decimal.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture);
        }
        else if ((match = HoursWithOptionalMinutes().Match(input)).Success)
        {
            minutes = decimal.Parse(match.Groups["h"].Value, CultureInfo.InvariantCulture) * 60;
            if (match.Groups["m"].Success)
            {
                minutes += decimal.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture);
            }
        }
        else if ((match = MinutesOnly().Match(input)).Success)
        {
            minutes = decimal.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture);
        }
        else
        {
            error = new FieldError(field, "Hours.Unreadable");
            return false;
        }

        if (minutes != decimal.Truncate(minutes))
        {
            error = new FieldError(field, "Hours.NotWholeMinutes");
            return false;
        }

        return TryFromMinutes(minutes > int.MaxValue ? long.MaxValue : (long)minutes, field, out hours, out error);
    }

    /// <summary>
    /// Formats a number of minutes, which may be negative or zero (a balance), in words:
    /// "1 hour 30 minutes" in English, "1 awr 30 munud" in Welsh.
    /// </summary>
    public static string FormatMinutes(long minutes, IFormatProvider? provider)
    {
        var culture = provider as CultureInfo ?? CultureInfo.CurrentCulture;
        var welsh = culture.TwoLetterISOLanguageName == "cy";
        var sign = minutes < 0 ? "-" : string.Empty;
        var whole = Math.Abs(minutes) / 60;
        var rest = Math.Abs(minutes) % 60;

        // Welsh keeps the noun singular after a numeral ("3 awr"), so it has one form for each unit.
        var hoursPart = welsh
            ? string.Create(culture, $"{whole:N0} awr")
            : string.Create(culture, $"{whole:N0} {(whole == 1 ? "hour" : "hours")}");
        var minutesPart = welsh
            ? string.Create(culture, $"{rest} munud")
            : string.Create(culture, $"{rest} {(rest == 1 ? "minute" : "minutes")}");

        var words = (whole, rest) switch
        {
            (0, > 0) => minutesPart,
            (_, 0) => hoursPart,
            _ => hoursPart + " " + minutesPart,
        };
        return sign + words;
    }

    /// <summary>"G" (default): in words, e.g. "1 hour 30 minutes"; "t": clock style, e.g. "1:30"; "d": decimal hours, e.g. "1.5".</summary>
    public string ToString(string? format, IFormatProvider? formatProvider) => format switch
    {
        null or "" or "G" => FormatMinutes(Minutes, formatProvider),
        "t" => string.Create(formatProvider, $"{Minutes / 60}:{Minutes % 60:00}"),
        "d" => TotalHours.ToString("0.##", formatProvider),
        _ => throw new FormatException($"Unknown format '{format}' for Hours."),
    };

    /// <inheritdoc/>
    public override string ToString() => ToString(null, CultureInfo.InvariantCulture);

    /// <inheritdoc/>
    public int CompareTo(Hours other) => Minutes.CompareTo(other.Minutes);

    /// <summary>Adds two amounts.</summary>
    public static Hours operator +(Hours left, Hours right) => FromMinutes((long)left.Minutes + right.Minutes);

    /// <summary>Compares two amounts.</summary>
    public static bool operator <(Hours left, Hours right) => left.Minutes < right.Minutes;

    /// <summary>Compares two amounts.</summary>
    public static bool operator >(Hours left, Hours right) => left.Minutes > right.Minutes;

    /// <summary>Compares two amounts.</summary>
    public static bool operator <=(Hours left, Hours right) => left.Minutes <= right.Minutes;

    /// <summary>Compares two amounts.</summary>
    public static bool operator >=(Hours left, Hours right) => left.Minutes >= right.Minutes;

    [GeneratedRegex(@"^(?<h>\d{1,6}):(?<m>[0-5]\d)$")]
    private static partial Regex HoursAndMinutesWithColon();

    // Minutes may follow hours only after an hours unit ("1h 30m"), so "90m" never reads as 9 hours and 0 minutes.
    [GeneratedRegex(@"^(?<h>\d{1,6}(\.\d{1,6})?)\s*((h|hr|hrs|hour|hours|awr|oriau)(\s*(?<m>\d{1,2})\s*(m|min|mins|minute|minutes|munud))?)?$")]
    private static partial Regex HoursWithOptionalMinutes();

    [GeneratedRegex(@"^(?<m>\d{1,8})\s*(m|min|mins|minute|minutes|munud)$")]
    private static partial Regex MinutesOnly();
}
