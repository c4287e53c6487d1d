using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Coproduce.Core.Timebank;

/// <summary>
/// Accepts exchanges whose days to decline have run out (<see cref="ExchangeService.AcceptDueAsync"/>), every few
/// minutes, on every app server: each exchange is confirmed once whoever gets there first.
/// </summary>
public sealed class ExchangeAcceptance(ExchangeService exchanges, TimeProvider clock, ILogger<ExchangeAcceptance> logger) : BackgroundService
{
    /// <summary>How often it looks. An exchange is accepted at most this long after its time: days matter here, not minutes.</summary>
    public static readonly TimeSpan Interval = TimeSpan.FromMinutes(5);

    /// <inheritdoc/>
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, clock);
        do
        {
            try
            {
                var accepted = await exchanges.AcceptDueAsync(stoppingToken);
                if (accepted > 0)
                {
                    logger.LogInformation("Accepted {Count} timebank exchanges nobody declined in time.", accepted);
                }
            }
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
            {
                // The database may be away for a moment: the next tick tries again.
                logger.LogError(exception, "Accepting due timebank exchanges failed; trying again in {Interval}.", Interval);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
