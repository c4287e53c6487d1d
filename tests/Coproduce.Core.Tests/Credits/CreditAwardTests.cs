using Coproduce.Core.Credits;
using Coproduce.Core.Ledger;
using Microsoft.EntityFrameworkCore;

namespace Coproduce.Core.Tests.Credits;

/// <summary>Activities and their registers, on both databases.</summary>
public class CreditAwardTests
{
    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task A_register_of_twelve_awards_each_their_credits_in_one_act_and_tells_each_in_their_language(TestProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var bridgend = await database.SeedBridgendAsync();

        await database.EarnAsync(bridgend, 2, [.. bridgend.Members]);

        foreach (var member in bridgend.Members)
        {
            Assert.Equal(120, (await database.Ledger.BalanceHeldAtAsync(member, bridgend.Id)).Minutes);
        }

        await using var db = await database.OpenContextAsync();
        Assert.Equal(12, await db.CreditAwards.CountAsync());
        Assert.Equal(12, await db.Transfers.CountAsync(t => t.Kind == TransferKind.Award && t.RecordedById == bridgend.Sian));
        var issuing = await db.LedgerAccounts.SingleAsync(a => a.HeldAtOrganisationId == bridgend.Id && a.Purpose == AccountPurpose.Issuing);
        Assert.Equal(-24 * 60, issuing.BalanceMinutes);
        // Dai has no email; the other eleven are told, Megan in Welsh.
        Assert.Equal(11, await db.OutboxMessages.CountAsync());
        var megan = await db.OutboxMessages.SingleAsync(m => m.PersonId == bridgend.Megan);
        Assert.Equal("Rydych chi wedi ennill 2 credyd amser", megan.Subject);
        Assert.Contains("Casglu sbwriel", megan.Body, StringComparison.Ordinal);
        Assert.Empty(await database.Invariants.CheckAsync());
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task A_bad_register_is_refused_whole_and_changes_nothing(TestProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var bridgend = await database.SeedBridgendAsync();
        var activity = await database.EarnAsync(bridgend, 1, bridgend.Megan);
        var activities = database.Activities();
        async Task<string> Codes(AwardInput input, Guid? actor = null) =>
            string.Join(",", (await activities.AwardAsync(actor ?? bridgend.Sian, activity.Id, input)).Errors.Select(e => e.Code));

        Assert.Equal("Credits.SessionInFuture", await Codes(new AwardInput(CreditsTestData.Day(database, -1), [bridgend.Edna])));
        Assert.Equal("Credits.NotADate", await Codes(new AwardInput("2027-2-30", [bridgend.Edna])));
        Assert.Equal("Credits.NobodyTicked", await Codes(new AwardInput(CreditsTestData.Day(database), [])));
        Assert.Equal("Credits.NotAMember", await Codes(new AwardInput(CreditsTestData.Day(database), [bridgend.Edna, bridgend.Rhys])));
        Assert.Equal("Credits.WholeNumber", await Codes(new AwardInput(CreditsTestData.Day(database), [bridgend.Edna], "0")));
        Assert.Equal("Credits.WholeNumber", await Codes(new AwardInput(CreditsTestData.Day(database), [bridgend.Edna], "two")));
        Assert.Equal("Credits.NotCoordinator", await Codes(new AwardInput(CreditsTestData.Day(database), [bridgend.Edna]), bridgend.Megan));
        Assert.Equal("Credits.NotCoordinator", await Codes(new AwardInput(CreditsTestData.Day(database), [bridgend.Edna]), bridgend.Lowri));
        // Megan already has yesterday's credits: the register naming her again is refused, and Edna gets nothing either.
        var again = await activities.AwardAsync(bridgend.Sian, activity.Id, new AwardInput(CreditsTestData.Day(database, 1), [bridgend.Edna, bridgend.Megan]));
        var error = Assert.Single(again.Errors);
        Assert.Equal(("Credits.AlreadyAwarded", "Megan Price"), (error.Code, (string)error.Arguments[0]));

        await using var db = await database.OpenContextAsync();
        Assert.Equal(1, await db.CreditAwards.CountAsync());
        Assert.Equal(1, await db.Transfers.CountAsync());
        Assert.Equal(0, (await database.Ledger.BalanceHeldAtAsync(bridgend.Edna, bridgend.Id)).Minutes);
        Assert.Empty(await database.Invariants.CheckAsync());
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task A_partner_awards_from_its_bank_which_members_fill_by_giving_and_no_further(TestProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var bridgend = await database.SeedBridgendAsync();
        await database.EarnAsync(bridgend, 3, bridgend.Megan);
        // Megan gives two of her three credits to the garden: a cause.
        var gift = await database.Spending().GiveAsync(bridgend.Megan, bridgend.Id, new GiftInput(bridgend.Megan, null, bridgend.Garden, "2", "For the seeds"));
        Assert.True(gift.Succeeded, string.Join("; ", gift.Errors));
        var weeding = await database.Activities().CreateAsync(bridgend.Bryn, bridgend.Id, new ActivityInput(bridgend.Garden, "Weeding", null, "1", "Over 16s"));
        Assert.True(weeding.Succeeded, string.Join("; ", weeding.Errors));
        // Bryn can't set up an activity for the network, nor for a partner that doesn't award credits.
        Assert.Equal("Credits.NotCoordinator", Assert.Single((await database.Activities().CreateAsync(bridgend.Bryn, bridgend.Id,
            new ActivityInput(null, "Litter pick", null, "1", null))).Errors).Code);
        Assert.Equal("Credits.NotAnEarnPartner", Assert.Single((await database.Activities().CreateAsync(bridgend.Sian, bridgend.Id,
            new ActivityInput(bridgend.Venue, "Lifeguarding", null, "1", null))).Errors).Code);

        var three = await database.Activities().AwardAsync(bridgend.Bryn, weeding.Value!.Id, new AwardInput(CreditsTestData.Day(database), [bridgend.Edna, bridgend.Dai, bridgend.Members[3]]));
        var tooLow = Assert.Single(three.Errors);
        Assert.Equal(("Credits.BankTooLow", 2, 3), (tooLow.Code, Convert.ToInt32(tooLow.Arguments[0], System.Globalization.CultureInfo.InvariantCulture), Convert.ToInt32(tooLow.Arguments[1], System.Globalization.CultureInfo.InvariantCulture)));
        Assert.True((await database.Activities().AwardAsync(bridgend.Bryn, weeding.Value.Id, new AwardInput(CreditsTestData.Day(database), [bridgend.Edna, bridgend.Dai]))).Succeeded);

        Assert.Equal(60, (await database.Ledger.BalanceHeldAtAsync(bridgend.Edna, bridgend.Id)).Minutes);
        var partners = await database.Partners().PartnersAsync(bridgend.Id);
        Assert.Equal(0, partners.Single(p => p.Partner.OrganisationId == bridgend.Garden).Holds.Minutes);
        Assert.Empty(await database.Invariants.CheckAsync());
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task Partners_are_added_by_the_network_admin_once(TestProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var bridgend = await database.SeedBridgendAsync();
        var partners = database.Partners();

        Assert.Equal("Credits.AlreadyPartner", Assert.Single((await partners.AddAsync(bridgend.Gareth, bridgend.Id, bridgend.Venue, true, true)).Errors).Code);
        Assert.Equal("Credits.NotNetworkAdmin", Assert.Single((await partners.AddAsync(bridgend.Sian, bridgend.Id, bridgend.OtherNetwork, true, false)).Errors).Code);
        Assert.Equal("Credits.PartnerIsNetwork", Assert.Single((await partners.AddAsync(bridgend.Gareth, bridgend.Id, bridgend.Id, true, false)).Errors).Code);
        Assert.Equal("Credits.PartnerDoesNothing", Assert.Single((await partners.AddAsync(bridgend.Gareth, bridgend.Id, bridgend.OtherNetwork, false, false)).Errors).Code);

        Assert.Equal(["Garw Community Garden", "Garw Leisure Centre"], (await partners.PartnersAsync(bridgend.Id)).Select(p => p.Name));
    }
}
