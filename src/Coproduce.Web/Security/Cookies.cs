using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;

namespace Coproduce.Web.Security;

/// <summary>
/// Every cookie the app sets (sign-in, the second step of signing in, antiforgery, TempData) belongs to the whole
/// site and is Secure whenever the request came over HTTPS (behind a proxy, as X-Forwarded-Proto says; see
/// ReverseProxy.cs). Left to themselves, ASP.NET Core's cookies take the request's PathBase as their
/// path, and <c>/cy</c> is moved into PathBase, so a cookie set on a Welsh page would be invisible to English ones.
/// </summary>
internal static class Cookies
{
    public const string SitePath = "/";

    public static IServiceCollection AddCoproduceCookies(this IServiceCollection services)
    {
        // All cookie schemes: the application cookie and Identity's two-factor and external ones.
        services.ConfigureAll<CookieAuthenticationOptions>(options =>
        {
            options.Cookie.Path = SitePath;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });
        services.AddAntiforgery(options =>
        {
            options.Cookie.Path = SitePath;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });
        services.Configure<CookieTempDataProviderOptions>(options =>
        {
            options.Cookie.Path = SitePath;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });
        return services;
    }
}
