using Microsoft.Extensions.DependencyInjection;

namespace Coproduce.Core.Transport;

/// <summary>Registers evening transport. Needs people.</summary>
public static class TransportServices
{
    /// <summary>Adds <see cref="FleetService"/>, <see cref="DriverService"/> and <see cref="AvailabilityService"/>.</summary>
    public static IServiceCollection AddTransport(this IServiceCollection services)
    {
        services.AddSingleton<FleetService>();
        services.AddSingleton<DriverService>();
        services.AddSingleton<AvailabilityService>();
        return services;
    }
}
