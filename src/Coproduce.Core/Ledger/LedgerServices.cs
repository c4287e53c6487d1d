using Coproduce.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Coproduce.Core.Ledger;

/// <summary>Registers the ledger. Needs the database and the units of work from <c>AddCoproduceCore</c>.</summary>
public static class LedgerServices
{
    /// <summary>Adds <see cref="LedgerService"/> and <see cref="LedgerInvariants"/>.</summary>
    public static IServiceCollection AddLedger(this IServiceCollection services)
    {
        services.AddSingleton(provider => new LedgerService(
            provider.GetRequiredService<IDbContextFactory<CoproduceDbContext>>(),
            provider.GetRequiredService<UnitsOfWork>(),
            provider.GetRequiredService<TimeProvider>()));
        services.AddSingleton<LedgerInvariants>();
        return services;
    }
}
