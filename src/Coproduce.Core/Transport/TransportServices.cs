using Microsoft.Extensions.DependencyInjection;

namespace Coproduce.Core.Transport;

/// <summary>Registers evening transport. Needs people.</summary>
public static class TransportServices
{
    /// <summary>Adds <see cref="FleetService"/>, <see cref="DriverService"/>, <see cref="AvailabilityService"/>,
    /// <see cref="BookingRulesService"/> and <see cref="PassengerService"/>.</summary>
    public static IServiceCollection AddTransport(this IServiceCollection services)
    {
        services.AddSingleton<FleetService>();
        services.AddSingleton<DriverService>();
        services.AddSingleton<AvailabilityService>();
        services.AddSingleton<BookingRulesService>();
        services.AddSingleton<PassengerService>();
        return services;
    }
}
