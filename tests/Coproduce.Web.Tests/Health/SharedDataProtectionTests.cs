using Coproduce.Core.Data;
using Coproduce.Web.Tests.Support;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Coproduce.Web.Tests.Health;

public class SharedDataProtectionTests
{
    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task What_one_app_server_protects_another_can_read_because_the_keys_are_in_the_database(TestProvider provider)
    {
        await using var database = await ThrowawayDatabase.CreateAsync(provider);
        string protectedText;
        await using (var first = CoproduceWebApp.StartOn(database))
        {
            protectedText = first.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("test").Protect("Bore da");
        }

        await using var second = CoproduceWebApp.StartOn(database);

        Assert.Equal("Bore da", second.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("test").Unprotect(protectedText));
        await using var db = await second.Services.GetRequiredService<IDbContextFactory<CoproduceDbContext>>().CreateDbContextAsync(TestContext.Current.CancellationToken);
        Assert.NotEmpty(await db.DataProtectionKeys.ToListAsync(TestContext.Current.CancellationToken));
    }
}
