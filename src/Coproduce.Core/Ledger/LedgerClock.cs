namespace Coproduce.Core.Ledger;

/// <summary>Instants the ledger stores, cut to whole microseconds so they read back exactly on both databases.</summary>
internal static class LedgerClock
{
    private const long TicksPerMicrosecond = 10;

    public static DateTimeOffset Truncate(DateTimeOffset instant)
    {
        var utc = instant.ToUniversalTime();
        return new DateTimeOffset(utc.Ticks - (utc.Ticks % TicksPerMicrosecond), TimeSpan.Zero);
    }
}
