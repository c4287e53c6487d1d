namespace Coproduce.Bench.Schedule;

/// <summary>Finds the shared DARP instances: COPRODUCE_BENCH_DATA, or shared/bench-data/darp in a parent folder.</summary>
internal static class BenchmarkData
{
    public static string? Locate()
    {
        var fromEnvironment = Environment.GetEnvironmentVariable("COPRODUCE_BENCH_DATA");
        if (!string.IsNullOrEmpty(fromEnvironment))
        {
            var darp = Path.Combine(fromEnvironment, "darp");
            return Directory.Exists(darp) && !File.Exists(Path.Combine(fromEnvironment, "bks.csv")) ? darp : fromEnvironment;
        }

        for (var folder = new DirectoryInfo(Directory.GetCurrentDirectory()); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, "shared", "bench-data", "darp");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
