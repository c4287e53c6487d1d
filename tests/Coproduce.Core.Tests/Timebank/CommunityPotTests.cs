using Coproduce.Core.Common;
using Coproduce.Core.Ledger;
using Coproduce.Core.Timebank;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Coproduce.Core.Tests.Timebank;

/// <summary>Giving hours to the community pot and granting them from it, on both databases.</summary>
public class CommunityPotTests
{
    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task A_member_gives_hours_and_a_coordinator_grants_them_to_a_member_who_is_told_why(TestProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var garw = await database.SeedGarwAsync();
        var pot = database.Services.GetRequiredService<CommunityPotService>();
        // Megan earns three hours from Dai, recorded by Siân.
        Assert.True((await database.Exchanges().RecordAsync(garw.Sian, garw.Id, TimebankTestData.Details(database, garw.Megan, garw.Dai, "3"))).Succeeded);

        Assert.True((await pot.GiveAsync(garw.Megan, garw.Id, garw.Megan, "2", "For anyone who needs a lift")).Succeeded);
        Assert.Equal(120, (await pot.BalanceAsync(garw.Id)).Minutes);
        Assert.Equal(60, (await database.Exchanges().BalanceAsync(garw.Megan, garw.Id)).Minutes);

        var granted = await pot.GrantAsync(garw.Sian, garw.Id, garw.Edna, "1:30", "Shopping while her hip mends");

        Assert.True(granted.Succeeded, string.Join("; ", granted.Errors));
        Assert.Equal((TransferKind.Grant, garw.Sian, garw.Edna), (granted.Value!.Kind, granted.Value.RecordedById, granted.Value.OnBehalfOfId));
        Assert.Equal(30, (await pot.BalanceAsync(garw.Id)).Minutes);
        Assert.Equal(90, (await database.Exchanges().BalanceAsync(garw.Edna, garw.Id)).Minutes);
        await using var db = await database.OpenContextAsync();
        var told = await db.OutboxMessages.SingleAsync(m => m.PersonId == garw.Edna && m.Subject.Contains("community pot"));
        Assert.Contains("Shopping while her hip mends", told.Body, StringComparison.Ordinal);
        Assert.Empty(await database.Invariants.CheckAsync());
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task Giving_more_than_you_hold_granting_more_than_the_pot_holds_or_without_a_reason_is_refused(TestProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var garw = await database.SeedGarwAsync();
        var pot = database.Services.GetRequiredService<CommunityPotService>();

        async Task<string> Codes(Task<Result<Transfer>> act) => string.Join(",", (await act).Errors.Select(e => e.Code));

        // Megan holds nothing yet, though the timebank lets her owe ten hours: a gift comes from what she holds.
        Assert.Equal("Timebank.GiftMoreThanHeld", await Codes(pot.GiveAsync(garw.Megan, garw.Id, garw.Megan, "1", null)));
        Assert.Equal("Timebank.NotYourGift", await Codes(pot.GiveAsync(garw.Edna, garw.Id, garw.Megan, "1", null)));
        Assert.Equal("Hours.Zero", await Codes(pot.GiveAsync(garw.Megan, garw.Id, garw.Megan, "0", null)));
        Assert.Equal("Timebank.PotTooLow", await Codes(pot.GrantAsync(garw.Sian, garw.Id, garw.Edna, "1", "Needs help")));
        Assert.Equal("Timebank.GrantReasonRequired", await Codes(pot.GrantAsync(garw.Sian, garw.Id, garw.Edna, "1", " ")));
        Assert.Equal("People.NotCoordinator", await Codes(pot.GrantAsync(garw.Megan, garw.Id, garw.Edna, "1", "A friend")));
        Assert.Equal("Timebank.NotAMember", await Codes(pot.GrantAsync(garw.Sian, garw.Id, garw.Rhys, "1", "Elsewhere")));

        await using var db = await database.OpenContextAsync();
        Assert.False(await db.Transfers.AnyAsync());
        Assert.False(await db.OutboxMessages.AnyAsync());
    }
}
