namespace Coproduce.Core.Demo.Benchmark;

/// <summary>
/// The clock the benchmark seeder runs the platform on. The ledger stamps each transfer and account with the clock's
/// time, and statements and balances "as at" a date go by those stamps; so that two years of history look like two
/// years (and not like one busy afternoon), the seeder moves this clock through those years as it posts. When it is
/// not replaying, it is the system clock.
/// </summary>
public sealed class ReplayClock : TimeProvider
{
    private DateTimeOffset? replaying;

    /// <inheritdoc />
    public override DateTimeOffset GetUtcNow() => replaying ?? System.GetUtcNow();

    /// <summary>Makes "now" <paramref name="instant"/> until moved again or returned to the present.</summary>
    public void MoveTo(DateTimeOffset instant) => replaying = instant.ToUniversalTime();

    /// <summary>Makes "now" the system's time again.</summary>
    public void ReturnToPresent() => replaying = null;
}
