using Coproduce.Core.Data;
using Coproduce.Core.Ledger;
using Coproduce.Core.Notifications;
using Coproduce.Core.Tests.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Coproduce.Core.Tests.Ledger.LedgerFixtures;
using static Coproduce.Core.Tests.Notifications.NotificationFixtures;

namespace Coproduce.Core.Tests.Data;

/// <summary>
/// One act, one transaction: a capability's own row, the transfer it causes and the message it sends commit together
/// or not at all. The capability here is played by a table of the test's own, with a check constraint, written
/// through the act's context the way a capability writes its rows.
/// </summary>
public class UnitOfWorkTests
{
    private const string ExchangeRows = "test_exchanges";

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task An_act_that_succeeds_commits_its_row_its_transfer_and_its_message(TestProvider provider)
    {
        await using var world = await World.CreateAsync(provider);

        var outcome = await world.Units.RunAsync(async (work, token) =>
        {
            var posted = await world.Ledger.PostAsync(work, Transfer(world.Pot.Id, world.Member.Id, 60), token);
            world.Outbox.EnqueueEmail(work, "glenys@example.org", null, English, NotificationTemplate.ConfirmEmail, ["Glenys", "https://x.example"]);
            await InsertExchangeAsync(work, hours: 1);
            return posted;
        }, TestContext.Current.CancellationToken);

        Assert.True(outcome.Succeeded);
        Assert.Equal(1, await world.CountAsync(ExchangeRows));
        Assert.Equal(1, await world.CountAsync("Transfers"));
        Assert.Single(await world.Database.StoredMessagesAsync());
        Assert.Equal(60, await world.Ledger.BalanceAsync(world.Member.Id));
        Assert.Empty(await world.Database.Invariants.CheckAsync());
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task When_the_capabilitys_own_row_breaks_a_constraint_no_transfer_and_no_message_remain(TestProvider provider)
    {
        await using var world = await World.CreateAsync(provider);

        var failing = world.Units.RunAsync(async (work, token) =>
        {
            var posted = await world.Ledger.PostAsync(work, Transfer(world.Pot.Id, world.Member.Id, 60), token);
            Assert.True(posted.Succeeded, "the post itself goes through; what follows it fails");
            world.Outbox.EnqueueEmail(work, "glenys@example.org", null, English, NotificationTemplate.ConfirmEmail, ["Glenys", "https://x.example"]);
            await InsertExchangeAsync(work, hours: -1); // the table's check refuses a negative number of hours
            return posted;
        }, TestContext.Current.CancellationToken);

        await Assert.ThrowsAnyAsync<Exception>(() => failing);
        await world.AssertNothingStoredAsync();
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task When_a_second_limit_refuses_the_first_transfer_and_the_message_are_rolled_back(TestProvider provider)
    {
        await using var world = await World.CreateAsync(provider);
        var cafe = await world.Ledger.OpenMemberAsync("Community café");

        // An exchange pays the member, who passes two hours on: more than the one they were just given.
        var outcome = await world.Units.RunAsync(async (work, token) =>
        {
            var paid = await world.Ledger.PostAsync(work, Transfer(world.Pot.Id, world.Member.Id, 60), token);
            Assert.True(paid.Succeeded);
            world.Outbox.EnqueueEmail(work, "glenys@example.org", null, English, NotificationTemplate.ConfirmEmail, ["Glenys", "https://x.example"]);
            await InsertExchangeAsync(work, hours: 1);
            return await world.Ledger.PostAsync(work, Transfer(world.Member.Id, cafe.Id, 120), token);
        }, TestContext.Current.CancellationToken);

        Assert.Equal("Ledger.BelowMinimum", Assert.Single(outcome.Errors).Code);
        await world.AssertNothingStoredAsync();
        Assert.Equal(0, await world.Ledger.BalanceAsync(cafe.Id));
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task A_refused_post_inside_an_act_changes_nothing_and_the_act_may_go_on(TestProvider provider)
    {
        await using var world = await World.CreateAsync(provider);
        var capped = await world.Ledger.OpenMemberAsync("Capped", maximumMinutes: 30);

        // The pot pays first in account order or second, depending on the ids: both orders must leave it untouched.
        var outcome = await world.Units.RunAsync(async (work, token) =>
        {
            var overCap = await world.Ledger.PostAsync(work, Transfer(world.Pot.Id, capped.Id, 60), token);
            Assert.Equal("Ledger.AboveMaximum", Assert.Single(overCap.Errors).Code);
            var overdrawn = await world.Ledger.PostAsync(work, Transfer(world.Member.Id, capped.Id, 10), token);
            Assert.Equal("Ledger.BelowMinimum", Assert.Single(overdrawn.Errors).Code);
            return await world.Ledger.PostAsync(work, Transfer(world.Pot.Id, world.Member.Id, 45), token);
        }, TestContext.Current.CancellationToken);

        Assert.True(outcome.Succeeded);
        Assert.Equal(-45, await world.Ledger.BalanceAsync(world.Pot.Id));
        Assert.Equal(45, await world.Ledger.BalanceAsync(world.Member.Id));
        Assert.Equal(0, await world.Ledger.BalanceAsync(capped.Id));
        Assert.Empty(await world.Database.Invariants.CheckAsync());
    }

    [Fact]
    public async Task A_unit_begun_inside_another_fails_at_once_rather_than_wait_for_the_lock()
    {
        await using var world = await World.CreateAsync(TestProvider.Sqlite);

        var nested = world.Units.RunAsync(async (work, token) =>
        {
            await world.Ledger.PostAsync(work, Transfer(world.Pot.Id, world.Member.Id, 60), token);
            return await world.Ledger.PostAsync(Transfer(world.Pot.Id, world.Member.Id, 30), token);
        }, TestContext.Current.CancellationToken);

        await Assert.ThrowsAsync<InvalidOperationException>(() => nested);
        await world.AssertNothingStoredAsync();
    }

    private static Task<int> InsertExchangeAsync(UnitOfWork work, int hours) =>
        work.Db.Database.ExecuteSqlAsync($"INSERT INTO test_exchanges (hours) VALUES ({hours})");

    private sealed class World : IAsyncDisposable
    {
        private World(TestDatabase database, IServiceProvider server)
        {
            Database = database;
            Units = server.GetRequiredService<UnitsOfWork>();
            Ledger = server.GetRequiredService<LedgerService>();
            Outbox = server.Outbox();
        }

        public TestDatabase Database { get; }

        public UnitsOfWork Units { get; }

        public LedgerService Ledger { get; }

        public Outbox Outbox { get; }

        public LedgerAccount Pot { get; private set; } = null!;

        public LedgerAccount Member { get; private set; } = null!;

        public static async Task<World> CreateAsync(TestProvider provider)
        {
            var database = await TestDatabase.CreateAsync(provider);
            var world = new World(database, database.StartAppServer(smtp: null));
            world.Pot = await world.Ledger.OpenIssuerAsync("Garw Valley community pot");
            world.Member = await world.Ledger.OpenMemberAsync("Glenys");
            await using var db = await database.OpenContextAsync();
            await db.Database.ExecuteSqlRawAsync($"CREATE TABLE {ExchangeRows} (hours integer NOT NULL CHECK (hours > 0))");
            return world;
        }

        public async Task<int> CountAsync(string table)
        {
            await using var db = await Database.OpenContextAsync();
            // The table names are the test's own constants, never input.
#pragma warning disable EF1002
            return await db.Database.SqlQueryRaw<int>($"SELECT COUNT(*) AS \"Value\" FROM \"{table}\"").SingleAsync();
#pragma warning restore EF1002
        }

        public async Task AssertNothingStoredAsync()
        {
            Assert.Equal(0, await CountAsync(ExchangeRows));
            Assert.Equal(0, await CountAsync("Transfers"));
            Assert.Empty(await Database.StoredMessagesAsync());
            Assert.Equal(0, await Ledger.BalanceAsync(Pot.Id));
            Assert.Equal(0, await Ledger.BalanceAsync(Member.Id));
            Assert.Empty(await Database.Invariants.CheckAsync());
        }

        public ValueTask DisposeAsync() => Database.DisposeAsync();
    }
}
