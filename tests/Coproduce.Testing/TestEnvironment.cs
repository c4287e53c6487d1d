using Xunit;

namespace Coproduce.Testing;

/// <summary>
/// What the machine offers the tests. A test that needs PostgreSQL is skipped, with the reason shown, when
/// COPRODUCE_TEST_POSTGRES is not set, and fails instead when COPRODUCE_REQUIRE_ALL=1 (as test.sh and CI set).
/// </summary>
public static class TestEnvironment
{
    public static bool RequireAll => Environment.GetEnvironmentVariable("COPRODUCE_REQUIRE_ALL") == "1";

    public static string RequirePostgres()
    {
        var connectionString = Environment.GetEnvironmentVariable("COPRODUCE_TEST_POSTGRES");
        if (!string.IsNullOrWhiteSpace(connectionString))
        {
            return connectionString;
        }

        const string reason = "PostgreSQL is not available: set COPRODUCE_TEST_POSTGRES to a connection string (./test.sh starts a throwaway server and sets it).";
        if (RequireAll)
        {
            Assert.Fail(reason + " COPRODUCE_REQUIRE_ALL=1, so this is a failure, not a skip.");
        }

        Assert.Skip(reason);
        return string.Empty;
    }
}
