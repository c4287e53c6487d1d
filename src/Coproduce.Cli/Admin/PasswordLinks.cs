using Coproduce.Core.Data;
using Coproduce.Core.Notifications;
using Coproduce.Core.People;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Coproduce.Cli.Admin;

/// <summary>
/// A link for a new site admin to choose their password, made with Identity's own password-reset token so that the web
/// app's reset-password page accepts it. The token is protected with the data-protection keys in the database, so the
/// settings that decide whether the web app can read it (Identity's options, the token lifespan, the application name)
/// come from <see cref="AccountSettings"/>, which the web app uses too.
/// </summary>
internal static class PasswordLinks
{
    /// <summary>Adds Identity's user manager with its token providers, beside Core, as the web app has them.</summary>
    public static IServiceCollection AddPasswordLinks(this IServiceCollection services)
    {
        services.AddIdentityCore<UserAccount>(AccountSettings.ConfigureIdentity)
            .AddEntityFrameworkStores<CoproduceDbContext>()
            .AddDefaultTokenProviders();
        services.Configure<DataProtectionTokenProviderOptions>(tokens => tokens.TokenLifespan = AccountSettings.LinkLifespan);
        services.AddDataProtection()
            .SetApplicationName(AccountSettings.DataProtectionApplicationName)
            .PersistKeysToDbContext<CoproduceDbContext>();
        return services;
    }

    /// <summary>
    /// An absolute link to the reset-password page for the login, in its person's language. It works once (choosing
    /// the password changes the login's security stamp) and for <see cref="AccountSettings.LinkLifespan"/>.
    /// </summary>
    public static async Task<string> CreateAsync(IServiceProvider services, SiteAdminAdded admin, ISiteLinks site)
    {
        await using var scope = services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<UserAccount>>();
        var user = await users.FindByIdAsync(admin.UserId.ToString())
            ?? throw new InvalidOperationException($"The login {admin.UserId} was not found just after it was saved.");
        var token = await users.GeneratePasswordResetTokenAsync(user);
        return site.LinkTo(admin.Language.Culture(), AccountLinks.ResetPassword(user.Id, token));
    }
}
