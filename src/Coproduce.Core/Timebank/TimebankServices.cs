using Microsoft.Extensions.DependencyInjection;

namespace Coproduce.Core.Timebank;

/// <summary>Registers the timebank. Needs the ledger, people and notifications.</summary>
public static class TimebankServices
{
    /// <summary>
    /// Adds <see cref="ExchangeService"/>, <see cref="PostService"/>, <see cref="CommunityPotService"/>, <see cref="TimebankSettingsService"/>, <see cref="MemberPreferencesService"/>, <see cref="CategoryService"/>, <see cref="MemberSkillService"/>, <see cref="GroupExchangeService"/> and <see cref="ExchangeAcceptance"/>
    /// (a hosted service: it runs only where a host starts hosted services, i.e. the web app, not the command line).
    /// </summary>
    public static IServiceCollection AddTimebank(this IServiceCollection services)
    {
        services.AddSingleton<ExchangeService>();
        services.AddSingleton<PostService>();
        services.AddSingleton<CommunityPotService>();
        services.AddSingleton<TimebankSettingsService>();
        services.AddSingleton<MemberPreferencesService>();
        services.AddSingleton<CategoryService>();
        services.AddSingleton<MemberSkillService>();
        services.AddSingleton<GroupExchangeService>();
        services.AddHostedService<ExchangeAcceptance>();
        return services;
    }
}
