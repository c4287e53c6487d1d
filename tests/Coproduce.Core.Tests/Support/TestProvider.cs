namespace Coproduce.Core.Tests.Support;

/// <summary>The databases every service test runs on (the provider matrix).</summary>
public enum TestProvider
{
    Sqlite,
    Postgres,
}

public static class TestProviders
{
    /// <summary>For <c>[MemberData]</c>: one run of the test per database.</summary>
    public static TheoryData<TestProvider> All => [TestProvider.Sqlite, TestProvider.Postgres];
}
