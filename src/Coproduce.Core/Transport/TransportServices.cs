using Microsoft.Extensions.DependencyInjection;

namespace Coproduce.Core.Transport;

/// <summary>Registers evening transport. Needs people.</summary>
public static class TransportServices
{
    /// <summary>Adds <see cref="FleetService"/> and <see cref="DriverService"/>.</summary>
    public static IServiceCollection AddTransport(this IServiceCollection services)
    {
        services.AddSingleton<FleetService>();
        services.AddSingleton<DriverService>();
        return services;
    }
}
