using Coproduce.Core.Data;
using Coproduce.Core.People;
using Microsoft.AspNetCore.DataProtection;

namespace Coproduce.Web.Security;

/// <summary>
/// The keys that protect sign-in cookies and antiforgery tokens are kept in the database, so that behind a load
/// balancer a cookie issued by one app server is accepted by every other, and survive a restart. The command line
/// shares them too, under the same application name, so a password link it prints is accepted here.
/// </summary>
internal static class SharedDataProtection
{
    public static IServiceCollection AddSharedDataProtection(this IServiceCollection services)
    {
        services.AddDataProtection()
            .SetApplicationName(AccountSettings.DataProtectionApplicationName)
            .PersistKeysToDbContext<CoproduceDbContext>();
        return services;
    }
}
