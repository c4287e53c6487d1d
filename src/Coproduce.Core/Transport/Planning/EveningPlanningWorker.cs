using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Coproduce.Core.Transport.Planning;

/// <summary>How long the engine may plan an evening, and how often each app server looks for an evening to plan.</summary>
public sealed class PlanningOptions
{
    /// <summary>The configuration section, "Transport:Planning".</summary>
    public const string Section = "Transport:Planning";

    /// <summary>The engine's search budget for an evening: it returns the best plan found by then.</summary>
    public TimeSpan Budget { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How often an idle server looks for an evening a coordinator has asked to be planned.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);
}

/// <summary>
/// Plans the evenings coordinators ask for, one at a time on each app server, in the order asked
/// (<see cref="EveningPlanning.PlanNextAsync"/>); a server that stops mid-plan leaves it for another to take up.
/// </summary>
public sealed class EveningPlanningWorker(EveningPlanning planning, IOptions<PlanningOptions> options, ILogger<EveningPlanningWorker> logger)
    : BackgroundService
{
    /// <inheritdoc/>
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        using var timer = new PeriodicTimer(settings.PollInterval);
        do
        {
            try
            {
                // Evenings asked for while planning one are planned straight after it.
                while (await planning.PlanNextAsync(settings.Budget, stoppingToken))
                {
                    logger.LogInformation("Planned an evening's transport.");
                }
            }
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
            {
                // The database may be away for a moment: the plan is taken up again once its claim is old.
                logger.LogError(exception, "Planning an evening failed; looking again in {Interval}.", settings.PollInterval);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
