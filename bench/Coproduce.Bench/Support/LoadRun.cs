using System.Diagnostics;

namespace Coproduce.Bench.Support;

/// <summary>What one bounded load run measured.</summary>
internal sealed record LoadResult(int Workers, long Operations, double Seconds, double P50Milliseconds, double P95Milliseconds, double P99Milliseconds,
    TimeSpan ProcessorTime)
{
    public double PerSecond => Operations / Seconds;

    /// <summary>This process's CPU time (all threads, user and kernel) per operation: what the row costs the machine.</summary>
    public double ProcessorMicrosecondsEach => Operations == 0 ? 0 : ProcessorTime.TotalMicroseconds / Operations;
}

/// <summary>
/// Runs an operation from several workers at once for a fixed time and records each call's latency. Bounded in time,
/// so a benchmark always ends by itself.
/// </summary>
internal static class LoadRun
{
    public static async Task<LoadResult> RunAsync(int workers, TimeSpan duration, Func<int, long, Task> operation)
    {
        await JitSettledAsync();
        var latencies = new List<long>[workers];
        var processorBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var started = Stopwatch.GetTimestamp();
        var deadline = started + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        await Task.WhenAll(Enumerable.Range(0, workers).Select(worker => Task.Run(async () =>
        {
            var mine = latencies[worker] = new List<long>(100_000);
            for (long i = 0; Stopwatch.GetTimestamp() < deadline; i++)
            {
                var before = Stopwatch.GetTimestamp();
                await operation(worker, i);
                mine.Add(Stopwatch.GetTimestamp() - before);
            }
        })));
        var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
        var processorTime = Process.GetCurrentProcess().TotalProcessorTime - processorBefore;

        var all = latencies.SelectMany(l => l).Order().ToArray();
        double Percentile(double p) => all.Length == 0 ? 0 : all[(int)Math.Min(all.Length - 1, Math.Ceiling(p * all.Length) - 1)] * 1000.0 / Stopwatch.Frequency;
        return new LoadResult(workers, all.Length, seconds, Percentile(0.50), Percentile(0.95), Percentile(0.99), processorTime);
    }

    /// <summary>
    /// Waits (at most 20 s) until the JIT has compiled nothing new for half a second. Setting up a row (migrations,
    /// opening accounts) calls EF Core's code often enough for the runtime to recompile it optimised in the background,
    /// and measured, that took 1.5 s of a core during the next 10 s row: a cost of starting up, not of the load.
    /// </summary>
    private static async Task JitSettledAsync()
    {
        var giveUp = Stopwatch.GetTimestamp() + (20 * Stopwatch.Frequency);
        var compiled = System.Runtime.JitInfo.GetCompiledMethodCount();
        while (Stopwatch.GetTimestamp() < giveUp)
        {
            await Task.Delay(500);
            var now = System.Runtime.JitInfo.GetCompiledMethodCount();
            if (now == compiled)
            {
                return;
            }

            compiled = now;
        }
    }
}
