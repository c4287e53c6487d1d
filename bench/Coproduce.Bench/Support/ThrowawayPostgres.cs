using System.Diagnostics;

namespace Coproduce.Bench.Support;

/// <summary>
/// A PostgreSQL server for a benchmark run: the one named by COPRODUCE_BENCH_POSTGRES, or a throwaway cluster started
/// with scripts/postgres-throwaway.sh (as test.sh does) and stopped afterwards.
/// </summary>
internal sealed class ThrowawayPostgres : IDisposable
{
    private readonly string? folder;

    private ThrowawayPostgres(string connectionString, string? folder)
    {
        ConnectionString = connectionString;
        this.folder = folder;
    }

    public string ConnectionString { get; }

    public static ThrowawayPostgres Start()
    {
        var given = Environment.GetEnvironmentVariable("COPRODUCE_BENCH_POSTGRES");
        if (!string.IsNullOrWhiteSpace(given))
        {
            return new ThrowawayPostgres(given, null);
        }

        var lines = RunScript("start").Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var folder = lines.First(l => l.StartsWith("dir=", StringComparison.Ordinal))[4..];
        return new ThrowawayPostgres(lines[^1], folder);
    }

    public void Dispose()
    {
        if (folder is not null)
        {
            RunScript("stop", folder);
        }
    }

    private static string RunScript(params string[] arguments)
    {
        var script = Path.Combine(RepositoryRoot.Find(), "scripts", "postgres-throwaway.sh");
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true };
        start.ArgumentList.Add(script);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not run " + script);
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return process.ExitCode == 0 ? output : throw new InvalidOperationException($"{script} {string.Join(' ', arguments)} failed.");
    }
}
