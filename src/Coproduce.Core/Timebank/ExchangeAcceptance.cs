using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Coproduce.Core.Timebank;

/// <summary>
/// The timebank's timed work, every few minutes on every app server: accepts exchanges whose days to decline have run
/// out (<see cref="ExchangeService.AcceptDueAsync"/>) and reminds authors of posts that end soon
/// (<see cref="PostService.RemindEndingAsync"/>). Each is done once, whichever server gets there first.
/// </summary>
public sealed class ExchangeAcceptance(ExchangeService exchanges, PostService posts, TimeProvider clock, ILogger<ExchangeAcceptance> logger) : BackgroundService
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
                var reminded = await posts.RemindEndingAsync(stoppingToken);
                if (accepted + reminded > 0)
                {
                    logger.LogInformation("Accepted {Accepted} timebank exchanges nobody declined in time; reminded {Reminded} authors of posts ending soon.",
                        accepted, reminded);
                }
            }
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
            {
                // The database may be away for a moment: the next tick tries again.
                logger.LogError(exception, "The timebank's timed work failed; trying again in {Interval}.", Interval);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
