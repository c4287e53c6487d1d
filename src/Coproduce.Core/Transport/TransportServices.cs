using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Coproduce.Core.Transport;

/// <summary>Registers evening transport. Needs people.</summary>
public static class TransportServices
{
    /// <summary>Adds <see cref="FleetService"/>, <see cref="DriverService"/>, <see cref="AvailabilityService"/>,
    /// <see cref="BookingRulesService"/>, <see cref="PassengerService"/>, <see cref="PlacesService"/>, <see cref="BookingService"/>, and the evening's planning
    /// (<see cref="Planning.EveningPlanning"/>, with <see cref="Planning.EveningPlanningWorker"/> to plan in the background where a host runs).</summary>
    public static IServiceCollection AddTransport(this IServiceCollection services)
    {
        services.AddSingleton<FleetService>();
        services.AddSingleton<DriverService>();
        services.AddSingleton<AvailabilityService>();
        services.AddSingleton<BookingRulesService>();
        services.AddSingleton<PassengerService>();
        services.AddSingleton<PlacesService>();
        services.AddSingleton<BookingService>();
        services.AddSingleton<CancellationService>();
        services.AddSingleton<Planning.EveningPlanner>();
        services.AddSingleton<Planning.EveningPlanning>();
        services.AddSingleton<Planning.RunSheets>();
        services.AddOptions<Planning.PlanningOptions>()
            .Validate(o => o.Budget > TimeSpan.Zero && o.PollInterval > TimeSpan.Zero, "Transport:Planning:Budget and PollInterval must be more than zero.");
        services.AddHostedService<Planning.EveningPlanningWorker>();
        return services;
    }

    /// <summary>Reads the engine's budget and how often servers look for evenings to plan from "Transport:Planning".</summary>
    public static IServiceCollection ConfigureTransportPlanning(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.Configure<Planning.PlanningOptions>(configuration.GetSection(Planning.PlanningOptions.Section));
        return services;
    }
}
