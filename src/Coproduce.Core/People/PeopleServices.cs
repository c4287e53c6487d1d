using Microsoft.Extensions.DependencyInjection;

namespace Coproduce.Core.People;

/// <summary>Registers people, organisations, memberships, API tokens and site admins. Needs the database from <c>AddCoproduceCore</c>.</summary>
public static class PeopleServices
{
    /// <summary>Adds <see cref="PeopleService"/>, <see cref="OrganisationService"/>, <see cref="RoleService"/>, <see cref="InvitationService"/>, <see cref="MembershipEnding"/>, <see cref="CommissioningService"/>, <see cref="ApiTokenService"/>, <see cref="SiteAdminService"/>, and the site admins' reads, <see cref="PeopleDirectory"/> and <see cref="AuditLog"/>.</summary>
    public static IServiceCollection AddPeople(this IServiceCollection services)
    {
        services.AddSingleton<PeopleService>();
        services.AddSingleton<OrganisationService>();
        services.AddSingleton<RoleService>();
        services.AddSingleton<InvitationService>();
        services.AddSingleton<MembershipEnding>();
        services.AddSingleton<CommissioningService>();
        services.AddSingleton<ApiTokenService>();
        services.AddSingleton<SiteAdminService>();
        services.AddSingleton<PeopleDirectory>();
        services.AddSingleton<AuditLog>();
        return services;
    }
}
