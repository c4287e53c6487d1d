namespace Coproduce.Core.Demo.Benchmark;

/// <summary>Why the benchmark community was not seeded.</summary>
public enum BenchmarkSeedRefusal
{
    /// <summary>The database holds people or organisations that are not demo data: a real installation.</summary>
    RealInstallation = 1,

    /// <summary>The database has the demo's organisations but not its sign-ins (Siân, Gareth, Megan).</summary>
    DemoSignInsMissing = 2,

    /// <summary>The benchmark community is there already.</summary>
    AlreadySeeded = 3,
}

/// <summary>What the seeder made.</summary>
/// <param name="DemoSeededFirst">Whether the database was empty, so the demo community was seeded first.</param>
/// <param name="Organisations">Organisations added (the big timebank, the time-credit network, its partners).</param>
/// <param name="People">People added.</param>
/// <param name="Logins">Of those, how many can sign in (with the demo password).</param>
/// <param name="ActiveMemberships">Memberships added that are active.</param>
/// <param name="RequestedMemberships">Memberships added that wait for a coordinator.</param>
/// <param name="Accounts">Ledger accounts opened.</param>
/// <param name="Transfers">Transfers posted.</param>
public sealed record BenchmarkSeedReport(
    bool DemoSeededFirst,
    int Organisations,
    int People,
    int Logins,
    int ActiveMemberships,
    int RequestedMemberships,
    int Accounts,
    int Transfers);

/// <summary>The report, or why nothing was seeded.</summary>
public sealed record BenchmarkSeedResult(BenchmarkSeedReport? Report, BenchmarkSeedRefusal? Refusal)
{
    internal static BenchmarkSeedResult Seeded(BenchmarkSeedReport report) => new(report, null);

    internal static BenchmarkSeedResult Refused(BenchmarkSeedRefusal refusal) => new(null, refusal);
}
