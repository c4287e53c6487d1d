namespace Coproduce.Core.Common;

/// <summary>Instants are stored in UTC; people in Wales read them in UK time, which moves with BST.</summary>
public static class UkTime
{
    /// <summary>The UK's time zone.</summary>
    public static TimeZoneInfo Zone { get; } = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    /// <summary>An instant as a UK wall-clock time.</summary>
    public static DateTimeOffset ToUk(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone);

    /// <summary>Today's date in the UK.</summary>
    public static DateOnly Today(TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return DateOnly.FromDateTime(ToUk(clock.GetUtcNow()).DateTime);
    }
}
