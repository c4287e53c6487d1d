using System.Globalization;
using Coproduce.Core.Transport;
using Microsoft.Extensions.Localization;

namespace Coproduce.Web.Pages.Transport;

/// <summary>How the transport pages write days, checks and spare hours, the same on each page.</summary>
public static class TransportWording
{
    /// <summary>A day as GOV.UK writes it: 3 December 2026.</summary>
    public static string Day(DateOnly day) => day.ToString("d MMMM yyyy", CultureInfo.CurrentCulture);

    /// <summary>A day, or the words for none.</summary>
    public static string Day(IStringLocalizer text, DateOnly? day) => day is { } d ? Day(d) : text["Transport.NotHeld"];

    /// <summary>The days and hours a vehicle is spare, like "Thu, Fri, Sat, 18:00 to 23:30".</summary>
    public static string Spare(Vehicle vehicle)
    {
        ArgumentNullException.ThrowIfNull(vehicle);
        var culture = CultureInfo.CurrentCulture;
        var days = SpareDaysCalendar.Week.Where(d => vehicle.SpareDays.HasFlag(d))
            .Select(d => culture.DateTimeFormat.GetAbbreviatedDayName(SpareDaysCalendar.DayOf(d)));
        return $"{string.Join(", ", days)}, {vehicle.SpareFrom.ToString("HH:mm", culture)}–{vehicle.SpareUntil.ToString("HH:mm", culture)}";
    }
}
