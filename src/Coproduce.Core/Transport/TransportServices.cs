using Microsoft.Extensions.DependencyInjection;

namespace Coproduce.Core.Transport;

/// <summary>Registers evening transport. Needs people.</summary>
public static class TransportServices
{
    /// <summary>Adds <see cref="FleetService"/>, <see cref="DriverService"/>, <see cref="AvailabilityService"/>,
    /// <see cref="BookingRulesService"/>, <see cref="PassengerService"/>, <see cref="PlacesService"/> and <see cref="BookingService"/>.</summary>
    public static IServiceCollection AddTransport(this IServiceCollection services)
    {
        services.AddSingleton<FleetService>();
        services.AddSingleton<DriverService>();
        services.AddSingleton<AvailabilityService>();
        services.AddSingleton<BookingRulesService>();
        services.AddSingleton<PassengerService>();
        services.AddSingleton<PlacesService>();
        services.AddSingleton<BookingService>();
        services.AddSingleton<Planning.EveningPlanner>();
        return services;
    }
}
