using Coproduce.Core.Data;
using Coproduce.Core.Notifications;
using Coproduce.Core.People;
using Microsoft.AspNetCore.Identity;

namespace Coproduce.Web.Identity;

/// <summary>ASP.NET Core Identity over Coproduce's database: cookies, lockout, confirmed email, two-factor, passkeys.</summary>
internal static class IdentityHosting
{
    public const string SignInPath = "/account/sign-in";

    public static IServiceCollection AddCoproduceIdentity(this IServiceCollection services)
    {
        services.AddAuthentication(IdentityConstants.ApplicationScheme).AddIdentityCookies();
        // The same settings as the command line's, which makes logins and password links this app must accept.
        services.AddIdentityCore<UserAccount>(AccountSettings.ConfigureIdentity)
            .AddSignInManager()
            .AddEntityFrameworkStores<CoproduceDbContext>()
            .AddDefaultTokenProviders()
            .AddErrorDescriber<WelshAwareIdentityErrors>()
            .AddClaimsPrincipalFactory<PersonClaimsFactory>();
        services.Configure<DataProtectionTokenProviderOptions>(tokens => tokens.TokenLifespan = AccountSettings.LinkLifespan);

        services.ConfigureApplicationCookie(cookie =>
        {
            cookie.LoginPath = SignInPath;
            cookie.LogoutPath = "/account/sign-out";
            cookie.AccessDeniedPath = "/account/access-denied";
            cookie.Cookie.Name = "coproduce";
            cookie.Cookie.SameSite = SameSiteMode.Lax;
            cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            cookie.ExpireTimeSpan = TimeSpan.FromHours(8);
            cookie.SlidingExpiration = true;
            // The signed-in person isn't in HttpContext.User until the next request; SignInDestination needs them now.
            cookie.Events.OnSigningIn = signingIn =>
            {
                SignInDestination.Remember(signingIn.HttpContext, CurrentPerson.IdOf(signingIn.Principal));
                return Task.CompletedTask;
            };
        });
        services.AddScoped<CurrentPerson>();
        services.AddScoped<AccountEmails>();
        services.AddScoped<AccountRegistration>();
        services.AddScoped<SignInDestination>();
        services.AddSingleton<ISiteLinks, RequestSiteLinks>();
        return services;
    }
}
