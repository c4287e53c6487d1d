using Microsoft.Extensions.DependencyInjection;

namespace Coproduce.Core.People;

/// <summary>Registers people, organisations, memberships, API tokens and site admins. Needs the database from <c>AddCoproduceCore</c>.</summary>
public static class PeopleServices
{
    /// <summary>Adds <see cref="PeopleService"/>, <see cref="OrganisationService"/>, <see cref="RoleService"/>, <see cref="InvitationService"/>, <see cref="ApiTokenService"/> and <see cref="SiteAdminService"/>.</summary>
    public static IServiceCollection AddPeople(this IServiceCollection services)
    {
        services.AddSingleton<PeopleService>();
        services.AddSingleton<OrganisationService>();
        services.AddSingleton<RoleService>();
        services.AddSingleton<InvitationService>();
        services.AddSingleton<ApiTokenService>();
        services.AddSingleton<SiteAdminService>();
        return services;
    }
}
