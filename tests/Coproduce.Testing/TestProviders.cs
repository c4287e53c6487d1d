using Xunit;

namespace Coproduce.Testing;

public static class TestProviders
{
    /// <summary>For <c>[MemberData]</c>: one run of the test per database.</summary>
    public static TheoryData<TestProvider> All => [TestProvider.Sqlite, TestProvider.Postgres];
}
