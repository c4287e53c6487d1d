using System.Diagnostics;
using System.Globalization;

namespace Coproduce.Core.Demo.Benchmark;

/// <summary>
/// Says how far a long seed has got, at most about once every two seconds and at the end of each stage, so an operator
/// watching a twenty-minute run sees it move (and how fast) without a line per batch.
/// </summary>
internal sealed class SeedProgress(IProgress<string> progress)
{
    private static readonly TimeSpan Every = TimeSpan.FromSeconds(2);

    private readonly Stopwatch sinceLast = Stopwatch.StartNew();
    private Stopwatch stage = Stopwatch.StartNew();

    public void Say(string message) => progress.Report(message);

    public void BeginStage() => stage = Stopwatch.StartNew();

    public void Done(string what, int done, int total)
    {
        if (done < total && sinceLast.Elapsed < Every)
        {
            return;
        }

        sinceLast.Restart();
        var perSecond = done / Math.Max(stage.Elapsed.TotalSeconds, 0.001);
        progress.Report(string.Create(CultureInfo.InvariantCulture,
            $"{what}: {done:N0} of {total:N0} ({perSecond:N0} a second, {stage.Elapsed:hh\\:mm\\:ss} so far)"));
    }
}
