namespace Coproduce.Core.Transport;

/// <summary>
/// When a volunteer usually drives: the evenings of the week and the hours, which the driver sets on their phone or a
/// coordinator sets for them from a phone call. Dates off are kept apart (<see cref="DriverDayOff"/>).
/// </summary>
public sealed class DriverAvailability
{
    private DriverAvailability()
    {
    }

    internal DriverAvailability(Guid serviceId, Guid personId, WeeklyHours week, Guid setById, DateTimeOffset setAt)
    {
        ServiceId = serviceId;
        PersonId = personId;
        Change(week, setById, setAt);
    }

    /// <summary>The transport service.</summary>
    public Guid ServiceId { get; private set; }

    /// <summary>The driver.</summary>
    public Guid PersonId { get; private set; }

    /// <summary>The evenings they usually drive.</summary>
    public SpareDays Days { get; private set; }

    /// <summary>From when, on those evenings.</summary>
    public TimeOnly From { get; private set; }

    /// <summary>Until when; earlier than <see cref="From"/> when it is past midnight.</summary>
    public TimeOnly Until { get; private set; }

    /// <summary>Who last set it: the driver, or a coordinator for them.</summary>
    public Guid SetById { get; private set; }

    /// <summary>When it was last set.</summary>
    public DateTimeOffset SetAt { get; private set; }

    /// <summary>The pattern as one value.</summary>
    public WeeklyHours Week => new(Days, From, Until);

    internal void Change(WeeklyHours week, Guid setById, DateTimeOffset setAt)
    {
        (Days, From, Until) = (week.Days, week.From, week.Until);
        (SetById, SetAt) = (setById, setAt);
    }
}

/// <summary>Days a driver can't drive, whatever their usual week says: a holiday, a hospital appointment.</summary>
public sealed class DriverDayOff
{
    private DriverDayOff()
    {
    }

    internal DriverDayOff(Guid id, Guid serviceId, Guid personId, DateOnly firstDay, DateOnly lastDay, Guid recordedById, DateTimeOffset recordedAt)
    {
        Id = id;
        ServiceId = serviceId;
        PersonId = personId;
        FirstDay = firstDay;
        LastDay = lastDay;
        RecordedById = recordedById;
        RecordedAt = recordedAt;
    }

    /// <summary>Its identity.</summary>
    public Guid Id { get; private set; }

    /// <summary>The transport service.</summary>
    public Guid ServiceId { get; private set; }

    /// <summary>The driver.</summary>
    public Guid PersonId { get; private set; }

    /// <summary>The first day off.</summary>
    public DateOnly FirstDay { get; private set; }

    /// <summary>The last day off (the same as the first for one day).</summary>
    public DateOnly LastDay { get; private set; }

    /// <summary>Who recorded it.</summary>
    public Guid RecordedById { get; private set; }

    /// <summary>When.</summary>
    public DateTimeOffset RecordedAt { get; private set; }

    /// <summary>Whether <paramref name="day"/> is off.</summary>
    public bool Covers(DateOnly day) => day >= FirstDay && day <= LastDay;
}

/// <summary>Evenings of the week and the hours on them; <see cref="Until"/> before <see cref="From"/> runs past midnight.</summary>
public sealed record WeeklyHours(SpareDays Days, TimeOnly From, TimeOnly Until)
{
    /// <summary>Whether the evening of <paramref name="day"/> covers <paramref name="start"/> to <paramref name="end"/> (times that evening, an end after midnight allowed).</summary>
    public bool Covers(DateOnly day, TimeOnly start, TimeOnly end)
    {
        if (!Days.Includes(day.DayOfWeek))
        {
            return false;
        }

        // Minutes from the evening's start: a time before From is read as after midnight.
        int Minutes(TimeOnly time) => (int)((time - From).TotalMinutes + 1440) % 1440;
        var length = Until == From ? 1440 : Minutes(Until);
        return Minutes(start) <= Minutes(end) && Minutes(end) <= length;
    }
}
