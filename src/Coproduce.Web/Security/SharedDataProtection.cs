using Coproduce.Core.Data;
using Microsoft.AspNetCore.DataProtection;

namespace Coproduce.Web.Security;

/// <summary>
/// The keys that protect sign-in cookies and antiforgery tokens are kept in the database, so that behind a load
/// balancer a cookie issued by one app server is accepted by every other, and survive a restart.
/// </summary>
internal static class SharedDataProtection
{
    public static IServiceCollection AddSharedDataProtection(this IServiceCollection services)
    {
        services.AddDataProtection()
            .SetApplicationName("Coproduce")
            .PersistKeysToDbContext<CoproduceDbContext>();
        return services;
    }
}
