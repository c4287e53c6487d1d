using Microsoft.Extensions.DependencyInjection;

namespace Coproduce.Core.People;

/// <summary>Registers people, organisations, memberships and API tokens. Needs the database from <c>AddCoproduceCore</c>.</summary>
public static class PeopleServices
{
    /// <summary>Adds <see cref="PeopleService"/>, <see cref="OrganisationService"/> and <see cref="ApiTokenService"/>.</summary>
    public static IServiceCollection AddPeople(this IServiceCollection services)
    {
        services.AddSingleton<PeopleService>();
        services.AddSingleton<OrganisationService>();
        services.AddSingleton<ApiTokenService>();
        return services;
    }
}
