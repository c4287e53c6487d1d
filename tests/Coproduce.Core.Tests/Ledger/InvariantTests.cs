using Microsoft.EntityFrameworkCore;
using static Coproduce.Core.Tests.Ledger.LedgerFixtures;

namespace Coproduce.Core.Tests.Ledger;

public class InvariantTests
{
    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task A_balance_changed_behind_the_ledgers_back_is_reported(TestProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var ledger = database.Ledger;
        var pot = await ledger.OpenIssuerAsync("Pot");
        var member = await ledger.OpenMemberAsync("Bethan");
        await ledger.PostAsync(Transfer(pot.Id, member.Id, 60));
        Assert.Empty(await database.Invariants.CheckAsync());

        await using (var db = await database.OpenContextAsync())
        {
            await db.LedgerAccounts.Where(a => a.Id == member.Id).ExecuteUpdateAsync(s => s.SetProperty(a => a.BalanceMinutes, 75));
        }

        var breaches = await database.Invariants.CheckAsync();
        Assert.Contains(breaches, b => b.Contains("add up to 15 minutes, not zero", StringComparison.Ordinal));
        Assert.Contains(breaches, b => b.Contains("Bethan", StringComparison.Ordinal) && b.Contains("add up to 60", StringComparison.Ordinal));
    }
}
