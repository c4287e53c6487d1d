using System.Security.Claims;
using Coproduce.Core.Credits;
using Coproduce.Core.People;
using Coproduce.Web.Identity;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;

namespace Coproduce.Web.Security;

/// <summary>
/// A venue's shared counter: its staff take credits on one screen signed in with the venue's passcode, without an
/// account each. The counter's cookie is its own scheme, read only by the counter's pages, and it names the venue,
/// never a person. A person signed in who coordinates the venue, or a network it accepts credits in (or a site admin),
/// may use the counter too, and only they manage the venue's offers (<see cref="StaffPolicy"/>).
/// </summary>
internal static class CounterSignIn
{
    /// <summary>The counter cookie's scheme.</summary>
    public const string Scheme = "Counter";

    /// <summary>The policy of the counter itself: the venue's staff, or its shared counter sign-in.</summary>
    public const string Policy = "AtCounter";

    /// <summary>The policy of the venue's offers and passcode: its staff only, never the shared counter.</summary>
    public const string StaffPolicy = "VenueStaff";

    /// <summary>The claim naming the venue whose counter this is.</summary>
    public const string VenueClaim = "coproduce:counter-venue";

    /// <summary>The claim holding the passcode's fingerprint at sign-in (<see cref="CreditPartnerService.CounterStampAsync"/>).</summary>
    public const string StampClaim = "coproduce:counter-stamp";

    /// <summary>A counter stays signed in for a long day's opening hours.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(14);

    public static IServiceCollection AddCounterSignIn(this IServiceCollection services)
    {
        services.AddAuthentication().AddCookie(Scheme, cookie =>
        {
            cookie.Cookie.Name = "coproduce-counter";
            cookie.Cookie.SameSite = SameSiteMode.Lax;
            cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            cookie.ExpireTimeSpan = Lifetime;
            cookie.SlidingExpiration = false;
            cookie.AccessDeniedPath = "/account/access-denied";
            // A new passcode signs out every counter opened with the old one, say after a member of staff leaves.
            cookie.Events.OnValidatePrincipal = async validation =>
            {
                var partners = validation.HttpContext.RequestServices.GetRequiredService<CreditPartnerService>();
                if (validation.Principal is not { } counter || VenueOf(counter) is not { } venue
                    || counter.FindFirstValue(StampClaim) != await partners.CounterStampAsync(venue, validation.HttpContext.RequestAborted))
                {
                    validation.RejectPrincipal();
                    await validation.HttpContext.SignOutAsync(Scheme);
                }
            };
            // A counter that isn't signed in goes to its own venue's sign-in, not the personal one.
            cookie.Events.OnRedirectToLogin = redirect =>
            {
                var venue = redirect.HttpContext.GetRouteValue(AccessPolicies.OrganisationRouteValue);
                redirect.Response.Redirect($"{redirect.Request.PathBase}/counter/{venue}/sign-in");
                return Task.CompletedTask;
            };
        });
        services.AddScoped<IAuthorizationHandler, AtCounterHandler>();
        services.AddAuthorizationBuilder().AddPolicy(Policy, policy => policy
            // The personal scheme first: challenged by both, the counter's sign-in is where a stranger lands.
            .AddAuthenticationSchemes(IdentityConstants.ApplicationScheme, Scheme)
            .RequireAuthenticatedUser()
            .AddRequirements(new AtCounterRequirement(AllowsSharedCounter: true)))
            .AddPolicy(StaffPolicy, policy => policy.RequireAuthenticatedUser().AddRequirements(new AtCounterRequirement(AllowsSharedCounter: false)));
        return services;
    }

    /// <summary>The principal a counter signs in with: the venue, by its id and name, and its passcode's fingerprint.</summary>
    public static ClaimsPrincipal For(Guid venueId, string venueName, string stamp) =>
        new(new ClaimsIdentity([new Claim(VenueClaim, venueId.ToString()), new Claim(ClaimTypes.Name, venueName), new Claim(StampClaim, stamp)], Scheme));

    /// <summary>The venue the request's counter sign-in is for; none for a person.</summary>
    public static Guid? VenueOf(ClaimsPrincipal user) =>
        Guid.TryParse(user.FindFirstValue(VenueClaim), out var venue) ? venue : null;
}

internal sealed record AtCounterRequirement(bool AllowsSharedCounter) : IAuthorizationRequirement;

internal sealed class AtCounterHandler(CurrentPerson current, CreditPartnerService partners) : AuthorizationHandler<AtCounterRequirement>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, AtCounterRequirement requirement)
    {
        if (context.Resource is not HttpContext http
            || !Guid.TryParse(http.GetRouteValue(AccessPolicies.OrganisationRouteValue)?.ToString(), out var venueId))
        {
            return;
        }

        if ((requirement.AllowsSharedCounter && CounterSignIn.VenueOf(context.User) == venueId) || await IsStaffAsync(venueId, http.RequestAborted))
        {
            context.Succeed(requirement);
        }
    }

    private async Task<bool> IsStaffAsync(Guid venueId, CancellationToken cancellationToken)
    {
        if (current.Id is null)
        {
            return false;
        }

        if (await current.HasRoleAsync(venueId, OrganisationRoles.Coordinating, cancellationToken) || await current.IsSiteAdminAsync(cancellationToken))
        {
            return true;
        }

        foreach (var partnership in await partners.AcceptingAtAsync(venueId, cancellationToken))
        {
            if (await current.HasRoleAsync(partnership.NetworkId, OrganisationRoles.Coordinating, cancellationToken))
            {
                return true;
            }
        }

        return false;
    }
}
