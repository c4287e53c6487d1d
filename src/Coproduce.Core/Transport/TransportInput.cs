using System.Globalization;
using Coproduce.Core.Common;

namespace Coproduce.Core.Transport;

/// <summary>Numbers, days and times as a form sends them, checked the same way on every page.</summary>
internal static class TransportInput
{
    /// <summary>A whole number from <paramref name="minimum"/> to <paramref name="maximum"/>; none, with the reason added, otherwise.</summary>
    public static int? Whole(string field, string? text, int minimum, int maximum, List<FieldError> errors)
    {
        if (!int.TryParse(text?.Trim().Replace(",", string.Empty, StringComparison.Ordinal), NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            || number < minimum || number > maximum)
        {
            errors.Add(new FieldError(field, "Transport.WholeNumber", minimum, maximum));
            return null;
        }

        return number;
    }

    /// <summary>A day written <c>yyyy-M-d</c>; none when blank and not <paramref name="requiredCode"/>, or with the reason added.</summary>
    public static DateOnly? Day(string field, string? text, string? requiredCode, List<FieldError> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            if (requiredCode is not null)
            {
                errors.Add(new FieldError(field, requiredCode));
            }

            return null;
        }

        if (!DateOnly.TryParseExact(text.Trim(), "yyyy-M-d", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            errors.Add(new FieldError(field, "Transport.NotADate"));
            return null;
        }

        return day;
    }

    /// <summary>A day that has already come: a certificate's date can't be in the future.</summary>
    public static DateOnly? PastDay(string field, string? text, string? requiredCode, DateOnly today, List<FieldError> errors)
    {
        var day = Day(field, text, requiredCode, errors);
        if (day > today)
        {
            errors.Add(new FieldError(field, "Transport.DayInFuture"));
            return null;
        }

        return day;
    }

    /// <summary>A time of day on the 24-hour clock, like 18:00 or 6.30pm.</summary>
    public static TimeOnly? Time(string field, string? text, List<FieldError> errors)
    {
        var tidy = text?.Trim().Replace('.', ':').ToLowerInvariant();
        string[] formats = ["H:mm", "HH:mm", "h:mmtt", "htt", "h:mm tt", "h tt"];
        if (string.IsNullOrEmpty(tidy) || !TimeOnly.TryParseExact(tidy, formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
        {
            errors.Add(new FieldError(field, "Transport.NotATime"));
            return null;
        }

        return time;
    }

    /// <summary>A location typed or pasted as "latitude, longitude"; none when blank and not required, or with the reason added.</summary>
    public static GeoPoint? Location(string field, string? text, string? requiredCode, List<FieldError> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            if (requiredCode is not null)
            {
                errors.Add(new FieldError(field, requiredCode));
            }

            return null;
        }

        if (!GeoPoint.TryParse(text, out var point))
        {
            errors.Add(new FieldError(field, "Transport.NotALocation"));
            return null;
        }

        return point;
    }

    /// <summary>A required location inside the service's area; none, with the reason added, otherwise.</summary>
    public static GeoPoint? InArea(string field, string? text, BookingRules rules, List<FieldError> errors)
    {
        var point = Location(field, text, "Transport.LocationRequired", errors);
        if (point is { } place && !rules.Covers(place))
        {
            errors.Add(OutsideArea(field, place, rules));
            return null;
        }

        return point;
    }

    /// <summary>Why <paramref name="place"/> can't be served: how far it is from the area's centre, and how far the service goes.</summary>
    public static FieldError OutsideArea(string field, GeoPoint place, BookingRules rules) =>
        new(field, "Transport.OutsideArea", Math.Round(rules.AreaCentre.KilometresTo(place)), rules.AreaName, rules.AreaRadiusKm);

    /// <summary>Required text of at most <paramref name="maximumLength"/>, trimmed.</summary>
    public static string? Text(string field, string? text, int maximumLength, string requiredCode, List<FieldError> errors) =>
        TextRules.Required(field, text, maximumLength, requiredCode, "Transport.TooLong", errors);

    /// <summary>One of an enum's named values, as a form's radio sends it.</summary>
    public static T? Choice<T>(string field, string? text, string requiredCode, List<FieldError> errors)
        where T : struct, Enum
    {
        if (Enum.TryParse<T>(text, ignoreCase: false, out var value) && Enum.IsDefined(value) && !int.TryParse(text, out _))
        {
            return value;
        }

        errors.Add(new FieldError(field, requiredCode));
        return null;
    }
}
