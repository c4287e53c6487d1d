using System.Globalization;
using Coproduce.Core.Common;
using Coproduce.Core.Timebank;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Coproduce.Core.Tests.Timebank;

/// <summary>Group exchanges: many members to one, or one to many, in one act, on both databases.</summary>
public class GroupExchangeTests
{
    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task A_coordinator_records_two_volunteers_hours_for_one_member_with_the_money_spent_and_every_exchange_is_confirmed(TestProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var garw = await database.SeedGarwAsync();

        var recorded = await Groups(database).RecordAsync(garw.Sian, garw.Id, new GroupExchangeDetails(garw.Dai, GroupDirection.ManyGaveToOne,
            [new(garw.Megan, "2"), new(garw.Edna, "1:30"), new(garw.Megan, "9")], null, Yesterday(database), "Cleared Dai's garden after the storm",
            MoneyCost: "£12.50", MoneyCostNote: "Skip hire"));

        Assert.True(recorded.Succeeded, string.Join("; ", recorded.Errors));
        Assert.Equal((1250L, "Skip hire"), (recorded.Value!.MoneyCostPence, recorded.Value.MoneyCostNote));
        var exchanges = database.Exchanges();
        // Megan ticked twice is one person, with the hours typed first.
        Assert.Equal((120, 90, -210), ((await exchanges.BalanceAsync(garw.Megan, garw.Id)).Minutes, (await exchanges.BalanceAsync(garw.Edna, garw.Id)).Minutes,
            (await exchanges.BalanceAsync(garw.Dai, garw.Id)).Minutes));
        await using var db = await database.OpenContextAsync();
        var parts = await db.TimebankExchanges.Where(e => e.GroupExchangeId == recorded.Value.Id).ToListAsync();
        Assert.Equal(2, parts.Count);
        Assert.All(parts, e => Assert.Equal((ExchangeStatus.Confirmed, garw.Dai), (e.Status, e.ReceiverId)));
        Assert.Empty(await database.Invariants.CheckAsync());
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task One_member_teaching_three_splits_the_hour_evenly_the_first_taking_the_odd_minute(TestProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var garw = await database.SeedGarwAsync();

        var recorded = await Groups(database).RecordAsync(garw.Sian, garw.Id, new GroupExchangeDetails(garw.Megan, GroupDirection.OneGaveToMany,
            [new(garw.Edna, null), new(garw.Dai, "5"), new(garw.Carys, null)], "1:01", Yesterday(database), "Phone photography class"));

        Assert.True(recorded.Succeeded, string.Join("; ", recorded.Errors));
        var exchanges = database.Exchanges();
        Assert.Equal(61, (await exchanges.BalanceAsync(garw.Megan, garw.Id)).Minutes);
        Assert.Equal((-21, -20, -20), ((await exchanges.BalanceAsync(garw.Edna, garw.Id)).Minutes, (await exchanges.BalanceAsync(garw.Dai, garw.Id)).Minutes,
            (await exchanges.BalanceAsync(garw.Carys, garw.Id)).Minutes));
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task A_member_bad_people_hours_or_money_are_refused_with_every_problem_and_nothing_is_recorded(TestProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var garw = await database.SeedGarwAsync();
        var groups = Groups(database);
        var day = Yesterday(database);

        var byMember = await groups.RecordAsync(garw.Edna, garw.Id, new GroupExchangeDetails(garw.Dai, GroupDirection.ManyGaveToOne, [new(garw.Megan, "1")], null,
            day, "Tidy-up"));
        var bad = await groups.RecordAsync(garw.Sian, garw.Id, new GroupExchangeDetails(garw.Dai, null, [new(garw.Megan, "lots"), new(garw.Edna, "25")], null,
            day, " ", MoneyCost: "twelve pounds"));
        var withTheOne = await groups.RecordAsync(garw.Sian, garw.Id, new GroupExchangeDetails(garw.Dai, GroupDirection.ManyGaveToOne,
            [new(garw.Dai, "1")], null, day, "Tidy-up"));
        var outsider = await groups.RecordAsync(garw.Sian, garw.Id, new GroupExchangeDetails(garw.Dai, GroupDirection.ManyGaveToOne,
            [new(garw.Megan, "1"), new(garw.Rhys, "1")], null, day, "Tidy-up"));
        var tooFew = await groups.RecordAsync(garw.Sian, garw.Id, new GroupExchangeDetails(garw.Dai, GroupDirection.ManyGaveToOne,
            [new(garw.Megan, null), new(garw.Edna, null), new(garw.Carys, null)], "0:02", day, "Tidy-up"));

        Assert.Equal("Timebank.NotYourGroup", Assert.Single(byMember.Errors).Code);
        Assert.Equal(["Direction:Timebank.GroupDirectionRequired", "Shares[0]:Timebank.ShareHours", "Shares[1]:Timebank.ShareHours",
            "MoneyCost:Timebank.MoneyUnreadable", "Description:Timebank.DescriptionRequired"], bad.Errors.Select(e => e.Field + ":" + e.Code));
        Assert.Equal("Megan Price: enter how long, from 1 minute to 24 hours, for example 2 or 1:30", bad.Errors[1].Message(CultureInfo.InvariantCulture));
        Assert.Equal("Timebank.GroupHasTheOne", Assert.Single(withTheOne.Errors).Code);
        Assert.Equal(("Shares", "Timebank.NotAMember"), (Assert.Single(outsider.Errors).Field, outsider.Errors[0].Code));
        Assert.Equal("Timebank.SplitTooSmall", Assert.Single(tooFew.Errors).Code);
        await using var db = await database.OpenContextAsync();
        Assert.False(await db.TimebankExchanges.AnyAsync());
        Assert.False(await db.TimebankGroupExchanges.AnyAsync());
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task When_the_ledger_refuses_one_persons_hours_nobodys_move_and_nobody_is_told(TestProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var garw = await database.SeedGarwAsync();
        await using (var before = await database.OpenContextAsync())
        {
            Assert.False(await before.OutboxMessages.AnyAsync());
        }

        // Dai may owe 10 hours: the first six fit, the next six don't.
        var refused = await Groups(database).RecordAsync(garw.Sian, garw.Id, new GroupExchangeDetails(garw.Dai, GroupDirection.ManyGaveToOne,
            [new(garw.Megan, "6"), new(garw.Edna, "6")], null, Yesterday(database), "Moved Dai's furniture"));

        Assert.False(refused.Succeeded);
        Assert.Equal(0, (await database.Exchanges().BalanceAsync(garw.Megan, garw.Id)).Minutes);
        await using var db = await database.OpenContextAsync();
        Assert.False(await db.TimebankExchanges.AnyAsync());
        Assert.False(await db.TimebankGroupExchanges.AnyAsync());
        Assert.False(await db.Transfers.AnyAsync());
        Assert.False(await db.OutboxMessages.AnyAsync());
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task A_member_records_the_class_she_gave_and_each_person_is_asked_to_confirm_before_any_hours_move(TestProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var garw = await database.SeedGarwAsync();

        var recorded = await Groups(database).RecordAsync(garw.Megan, garw.Id, new GroupExchangeDetails(garw.Megan, GroupDirection.OneGaveToMany,
            [new(garw.Edna, "1"), new(garw.Dai, "1")], null, Yesterday(database), "Phone photography class"));

        Assert.True(recorded.Succeeded, string.Join("; ", recorded.Errors));
        Assert.Equal(0, (await database.Exchanges().BalanceAsync(garw.Megan, garw.Id)).Minutes);
        await using var db = await database.OpenContextAsync();
        var waiting = await db.TimebankExchanges.Where(e => e.GroupExchangeId == recorded.Value!.Id).Select(e => new { e.Status, e.AwaitingId }).ToListAsync();
        Assert.All(waiting, e => Assert.Equal(ExchangeStatus.Pending, e.Status));
        Assert.Equal(new[] { garw.Edna, garw.Dai }.Order(), waiting.Select(e => e.AwaitingId!.Value).Order());
    }

    private static GroupExchangeService Groups(TestDatabase database) => database.Services.GetRequiredService<GroupExchangeService>();

    private static string Yesterday(TestDatabase database) =>
        UkTime.Today(database.Clock).AddDays(-1).ToString("yyyy-M-d", CultureInfo.InvariantCulture);
}
