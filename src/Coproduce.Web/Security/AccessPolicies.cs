using Coproduce.Core.People;
using Coproduce.Web.Identity;
using Microsoft.AspNetCore.Authorization;

namespace Coproduce.Web.Security;

/// <summary>
/// Who may open what. Deny by default: a page with no policy needs a signed-in person, and public pages say
/// [AllowAnonymous] out loud. Organisation pages read the organisation from the route and check the role there.
/// </summary>
internal static class AccessPolicies
{
    /// <summary>Runs the installation.</summary>
    public const string SiteAdmin = nameof(SiteAdmin);

    /// <summary>A coordinator or admin of the organisation in the route (or a site admin).</summary>
    public const string CoordinatorOfOrganisation = nameof(CoordinatorOfOrganisation);

    /// <summary>An admin of the organisation in the route (or a site admin).</summary>
    public const string AdminOfOrganisation = nameof(AdminOfOrganisation);

    /// <summary>A member, coordinator or admin of the organisation in the route (or a site admin).</summary>
    public const string InOrganisation = nameof(InOrganisation);

    /// <summary>The route value naming the organisation a page belongs to.</summary>
    public const string OrganisationRouteValue = "organisationId";

    public static IServiceCollection AddAccessPolicies(this IServiceCollection services)
    {
        services.AddHttpContextAccessor();
        services.AddScoped<IAuthorizationHandler, OrganisationRoleHandler>();
        services.AddScoped<IAuthorizationHandler, SiteAdminHandler>();
        services.AddAuthorizationBuilder()
            // A request that matched nothing is a missing page (404), not a page to sign in for.
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAssertion(context =>
                context.User.Identity?.IsAuthenticated == true || (context.Resource is HttpContext http && http.GetEndpoint() is null)).Build())
            .AddPolicy(SiteAdmin, policy => policy.RequireAuthenticatedUser().AddRequirements(new SiteAdminRequirement()))
            .AddPolicy(CoordinatorOfOrganisation, policy => policy.RequireAuthenticatedUser().AddRequirements(
                new OrganisationRoleRequirement(OrganisationRoles.Coordinating)))
            .AddPolicy(AdminOfOrganisation, policy => policy.RequireAuthenticatedUser().AddRequirements(
                new OrganisationRoleRequirement([OrganisationRole.OrganisationAdmin])))
            .AddPolicy(InOrganisation, policy => policy.RequireAuthenticatedUser().AddRequirements(
                new OrganisationRoleRequirement([OrganisationRole.Member, .. OrganisationRoles.Coordinating])));
        return services;
    }
}

internal sealed record SiteAdminRequirement : IAuthorizationRequirement;

internal sealed record OrganisationRoleRequirement(IReadOnlyCollection<OrganisationRole> Roles) : IAuthorizationRequirement;

internal sealed class SiteAdminHandler(CurrentPerson current) : AuthorizationHandler<SiteAdminRequirement>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, SiteAdminRequirement requirement)
    {
        if (await current.IsSiteAdminAsync())
        {
            context.Succeed(requirement);
        }
    }
}

internal sealed class OrganisationRoleHandler(CurrentPerson current) : AuthorizationHandler<OrganisationRoleRequirement>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, OrganisationRoleRequirement requirement)
    {
        // Endpoint routing hands the HttpContext over as the resource; the organisation is in its route.
        if (context.Resource is not HttpContext http
            || !Guid.TryParse(http.GetRouteValue(AccessPolicies.OrganisationRouteValue)?.ToString(), out var organisationId))
        {
            return;
        }

        if (await current.HasRoleAsync(organisationId, requirement.Roles, http.RequestAborted) || await current.IsSiteAdminAsync(http.RequestAborted))
        {
            context.Succeed(requirement);
        }
    }
}
