namespace Coproduce.Core.Transport;

/// <summary>Days of the week, as flags, stored as one number: Monday is 1, Sunday 64.</summary>
[Flags]
public enum SpareDays
{
    /// <summary>No day.</summary>
    None = 0,

    /// <summary>Monday.</summary>
    Monday = 1,

    /// <summary>Tuesday.</summary>
    Tuesday = 2,

    /// <summary>Wednesday.</summary>
    Wednesday = 4,

    /// <summary>Thursday.</summary>
    Thursday = 8,

    /// <summary>Friday.</summary>
    Friday = 16,

    /// <summary>Saturday.</summary>
    Saturday = 32,

    /// <summary>Sunday.</summary>
    Sunday = 64,
}

/// <summary>Reading <see cref="SpareDays"/> against the calendar.</summary>
public static class SpareDaysCalendar
{
    /// <summary>Every day, Monday first, as a week is read in the UK.</summary>
    public static IReadOnlyList<SpareDays> Week { get; } =
        [SpareDays.Monday, SpareDays.Tuesday, SpareDays.Wednesday, SpareDays.Thursday, SpareDays.Friday, SpareDays.Saturday, SpareDays.Sunday];

    /// <summary>The flag for a calendar day.</summary>
    public static SpareDays Of(DayOfWeek day) => Week[((int)day + 6) % 7];

    /// <summary>Whether the days include <paramref name="day"/>.</summary>
    public static bool Includes(this SpareDays days, DayOfWeek day) => (days & Of(day)) != 0;

    /// <summary>The calendar day of a single flag.</summary>
    public static DayOfWeek DayOf(SpareDays day) => (DayOfWeek)((Week.ToList().IndexOf(day) + 1) % 7);
}
