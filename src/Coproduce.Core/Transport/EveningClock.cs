using Coproduce.Core.Common;

namespace Coproduce.Core.Transport;

/// <summary>
/// Times in a service's evening, which may run past midnight: 00:30 on Friday's evening is Saturday morning. Each
/// time is read as minutes after the evening starts, so 23:50 comes before 00:10.
/// </summary>
public static class EveningClock
{
    /// <summary>Minutes from <paramref name="eveningStart"/> to <paramref name="time"/>, going forward round the clock.</summary>
    public static int MinutesAfter(TimeOnly eveningStart, TimeOnly time) =>
        (int)((time.ToTimeSpan() - eveningStart.ToTimeSpan() + TimeSpan.FromDays(1)).TotalMinutes % (24 * 60));

    /// <summary>Whether <paramref name="time"/> falls within the service's hours, first pickup to last drop-off.</summary>
    public static bool WithinHours(BookingRules rules, TimeOnly time)
    {
        ArgumentNullException.ThrowIfNull(rules);
        return MinutesAfter(rules.ServiceFrom, time) <= MinutesAfter(rules.ServiceFrom, rules.ServiceUntil);
    }

    /// <summary>The instant of <paramref name="time"/> on <paramref name="evening"/>'s evening, in UK time.</summary>
    public static DateTimeOffset Instant(BookingRules rules, DateOnly evening, TimeOnly time)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var local = evening.ToDateTime(rules.ServiceFrom).AddMinutes(MinutesAfter(rules.ServiceFrom, time));
        return new DateTimeOffset(local, UkTime.Zone.GetUtcOffset(local));
    }
}
