using Coproduce.Core.Ledger;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using static Coproduce.Core.Tests.Ledger.LedgerFixtures;

namespace Coproduce.Core.Tests.Ledger;

/// <summary>
/// Two app servers post on one database, each with its own writer. A writer decides each post on the balances as they
/// are in the database, including what the other server posted a moment before; it does not find out only when its
/// own write fails and has to post again.
/// </summary>
public class OtherServerTests
{
    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task A_post_is_decided_on_the_balance_another_server_left(TestProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var watched = database.StartAppServer(services => services.AddFakeLogging());
        var here = watched.GetRequiredService<LedgerService>();
        var elsewhere = database.StartAppServer().GetRequiredService<LedgerService>();
        var issuer = await here.OpenIssuerAsync("Credits issued");
        var member = await here.OpenMemberAsync("Glenys");
        var gardenClub = await here.OpenMemberAsync("Garden club");
        var cafe = await here.OpenMemberAsync("Community café");

        Assert.True((await here.PostAsync(Transfer(issuer.Id, member.Id, 120))).Succeeded);
        Assert.True((await here.PostAsync(Transfer(member.Id, gardenClub.Id, 30))).Succeeded);
        // The other server spends most of what is left: 10 minutes remain.
        Assert.True((await elsewhere.PostAsync(Transfer(member.Id, cafe.Id, 80))).Succeeded);

        var tooMuch = await here.PostAsync(Transfer(member.Id, gardenClub.Id, 20));
        var justEnough = await here.PostAsync(Transfer(member.Id, gardenClub.Id, 10));

        var refusal = Assert.Single(tooMuch.Errors);
        Assert.Equal("Ledger.BelowMinimum", refusal.Code);
        Assert.Equal(new Balance(10), refusal.Arguments[1]);
        Assert.True(justEnough.Succeeded);
        Assert.Equal(0, await here.BalanceAsync(member.Id));
        Assert.Empty(await database.Invariants.CheckAsync());
        var warnings = watched.GetFakeLogCollector().GetSnapshot().Where(log => log.Level >= LogLevel.Warning);
        Assert.Empty(warnings);
    }
}
