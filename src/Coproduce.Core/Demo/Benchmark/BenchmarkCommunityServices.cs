using Coproduce.Core.Data;
using Coproduce.Core.Ledger;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Coproduce.Core.Demo.Benchmark;

/// <summary>Registers the benchmark seeder, for the command line; the web app never needs it.</summary>
public static class BenchmarkCommunityServices
{
    /// <summary>
    /// Adds <see cref="BenchmarkCommunity"/> and makes <see cref="ReplayClock"/> the platform's clock, so the seeder can
    /// post two years of history with the times it happened. Registered after <c>AddCoproduceCore</c> or before: the
    /// last clock registered is the one services get.
    /// </summary>
    public static IServiceCollection AddBenchmarkCommunity(this IServiceCollection services)
    {
        services.AddSingleton<ReplayClock>();
        services.AddSingleton<TimeProvider>(provider => provider.GetRequiredService<ReplayClock>());
        services.AddSingleton(provider => new BenchmarkCommunity(
            provider.GetRequiredService<IDbContextFactory<CoproduceDbContext>>(),
            provider.GetRequiredService<UnitsOfWork>(),
            provider.GetRequiredService<LedgerService>(),
            provider.GetRequiredService<DemoCommunity>(),
            provider.GetRequiredService<ReplayClock>()));
        return services;
    }
}
