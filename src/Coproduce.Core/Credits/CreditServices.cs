using Microsoft.Extensions.DependencyInjection;

namespace Coproduce.Core.Credits;

/// <summary>Registers time credits. Needs the ledger, people and notifications.</summary>
public static class CreditServices
{
    /// <summary>Adds <see cref="CreditPartnerService"/>, <see cref="CreditActivityService"/>, <see cref="CreditSpendingService"/> and <see cref="CreditNoteService"/>.</summary>
    public static IServiceCollection AddCredits(this IServiceCollection services)
    {
        services.AddSingleton<CreditPartnerService>();
        services.AddSingleton<CreditActivityService>();
        services.AddSingleton<CreditSpendingService>();
        services.AddSingleton<CreditNoteService>();
        return services;
    }
}
