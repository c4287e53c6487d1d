using Coproduce.Core.Ledger;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using static Coproduce.Core.Tests.Ledger.LedgerFixtures;

namespace Coproduce.Core.Tests.Ledger;

public class StatementTests
{
    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task A_statement_shows_a_period_with_opening_running_and_closing_balances_page_by_page(TestProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var ledger = database.Ledger;
        var pot = await ledger.OpenIssuerAsync("Pot");
        var member = await ledger.OpenMemberAsync("Sian");
        var neighbour = await ledger.OpenMemberAsync("Rhys");

        // Before the period: +120. In the period, a day apart: +60, -30, +45, -15, +90. After it: +600.
        await ledger.PostAsync(Transfer(pot.Id, member.Id, 120));
        database.Clock.Advance(TimeSpan.FromDays(1));
        var periodStart = database.Clock.GetUtcNow();
        int[] changes = [60, -30, 45, -15, 90];
        foreach (var change in changes)
        {
            var request = change > 0 ? Transfer(pot.Id, member.Id, change) : Transfer(member.Id, neighbour.Id, -change);
            Assert.True((await ledger.PostAsync(request)).Succeeded);
            database.Clock.Advance(TimeSpan.FromDays(1));
        }

        var periodEnd = database.Clock.GetUtcNow();
        database.Clock.Advance(TimeSpan.FromDays(1));
        await ledger.PostAsync(Transfer(pot.Id, member.Id, 600));

        var page1 = (await ledger.GetStatementAsync(member.Id, periodStart, periodEnd, page: 1, pageSize: 2)).Value!;
        var page3 = (await ledger.GetStatementAsync(member.Id, periodStart, periodEnd, page: 3, pageSize: 2)).Value!;

        Assert.Equal(120, page1.OpeningBalance.Minutes);
        Assert.Equal(270, page1.ClosingBalance.Minutes);
        Assert.Equal(5, page1.TotalLines);
        Assert.Equal(3, page1.PageCount);
        Assert.Equal([60L, -30L], page1.Lines.Select(l => l.ChangeMinutes));
        Assert.Equal([180L, 150L], page1.Lines.Select(l => l.BalanceAfter.Minutes));
        Assert.Equal(neighbour.Id, page1.Lines[1].CounterpartyAccountId);
        Assert.Equal([90L], page3.Lines.Select(l => l.ChangeMinutes));
        Assert.Equal([270L], page3.Lines.Select(l => l.BalanceAfter.Minutes));

        Assert.Equal(120, (await ledger.GetBalanceAsAtAsync(member.Id, periodStart)).Value.Minutes);
        Assert.Equal(270, (await ledger.GetBalanceAsAtAsync(member.Id, periodEnd)).Value.Minutes);
        Assert.Equal(870, await ledger.BalanceAsync(member.Id));
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task A_statement_refuses_a_backwards_period_a_missing_page_and_an_unknown_account(TestProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var ledger = database.Ledger;
        var member = await ledger.OpenMemberAsync("Sian");
        var now = database.Clock.GetUtcNow();

        Assert.Equal("Ledger.PeriodBackwards", Assert.Single((await ledger.GetStatementAsync(member.Id, now, now.AddDays(-1))).Errors).Code);
        Assert.Equal("Ledger.PageOutOfRange", Assert.Single((await ledger.GetStatementAsync(member.Id, now.AddDays(-1), now, page: 2)).Errors).Code);
        Assert.Equal("Ledger.PageOutOfRange", Assert.Single((await ledger.GetStatementAsync(member.Id, now.AddDays(-1), now, pageSize: 0)).Errors).Code);
        Assert.Equal("Ledger.UnknownAccount", Assert.Single((await ledger.GetStatementAsync(Guid.NewGuid(), now.AddDays(-1), now)).Errors).Code);
        Assert.Equal("Ledger.UnknownAccount", Assert.Single((await ledger.GetBalanceAsAtAsync(Guid.NewGuid(), now)).Errors).Code);

        var empty = (await ledger.GetStatementAsync(member.Id, now.AddDays(-1), now)).Value!;
        Assert.Empty(empty.Lines);
        Assert.Equal(1, empty.PageCount);
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task Running_balances_follow_the_order_transfers_were_applied_when_two_servers_clocks_differ(TestProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        // The second app server's clock is two minutes behind the first's.
        var slowClock = new FakeTimeProvider(database.Clock.GetUtcNow().AddMinutes(-2)) { AutoAdvanceAmount = TimeSpan.FromMilliseconds(1) };
        var fast = database.Ledger;
        var slow = database.StartAppServer(services => services.AddSingleton<TimeProvider>(slowClock)).GetRequiredService<LedgerService>();
        var pot = await fast.OpenIssuerAsync("Pot");
        var member = await fast.OpenMemberAsync("Sian");
        var cafe = await fast.OpenMemberAsync("Café");

        // Applied in this order: +60 (fast clock), -45 (slow clock, recorded "earlier"), +30 (fast clock).
        Assert.True((await fast.PostAsync(Transfer(pot.Id, member.Id, 60))).Succeeded);
        Assert.True((await slow.PostAsync(Transfer(member.Id, cafe.Id, 45))).Succeeded);
        Assert.True((await fast.PostAsync(Transfer(pot.Id, member.Id, 30))).Succeeded);

        // A period that starts between the slow clock's time and the fast clock's: by clock alone, the -45 would count
        // as before the period and the +60 after it, and the running balance after +60 would read 15, a balance the
        // account never had.
        var boundary = database.Clock.GetUtcNow().AddMinutes(-1);
        var before = (await fast.GetStatementAsync(member.Id, DateTimeOffset.UnixEpoch, boundary)).Value!;
        var after = (await fast.GetStatementAsync(member.Id, boundary, database.Clock.GetUtcNow().AddDays(1))).Value!;

        Assert.Empty(before.Lines);
        Assert.Equal(0, before.ClosingBalance.Minutes);
        Assert.Equal(before.ClosingBalance, after.OpeningBalance);
        Assert.Equal([60L, -45L, 30L], after.Lines.Select(l => l.ChangeMinutes));
        Assert.Equal([60L, 15L, 45L], after.Lines.Select(l => l.BalanceAfter.Minutes));
        Assert.Equal(45, after.ClosingBalance.Minutes);
        Assert.Equal(["Pot", "Café", "Pot"], after.Lines.Select(l => l.CounterpartyName));
    }
}
