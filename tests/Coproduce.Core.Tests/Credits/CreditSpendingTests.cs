using Coproduce.Core.Credits;
using Coproduce.Core.Ledger;
using Microsoft.EntityFrameworkCore;

namespace Coproduce.Core.Tests.Credits;

/// <summary>Spending at a partner's counter and giving credits away, on both databases.</summary>
public class CreditSpendingTests
{
    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task A_member_spends_at_the_counter_by_the_code_on_their_card_and_the_credits_move_at_once(TestProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var bridgend = await database.SeedBridgendAsync();
        await database.EarnAsync(bridgend, 4, bridgend.Megan);
        var swim = await database.SwimAsync(bridgend);
        var card = (await database.Spending().CardAsync(bridgend.Megan, bridgend.Id)).Value!;
        Assert.Equal(card.Code, (await database.Spending().CardAsync(bridgend.Megan, bridgend.Id)).Value!.Code);

        // Typed as people type it: lower case, with a space, at the venue's shared counter.
        var spent = await database.Spending().SpendAsync(CounterActor.Counter(bridgend.Venue), swim.Id,
            new SpendInput(CreditCodes.Grouped(card.Code).ToLowerInvariant(), "1", "1"));

        Assert.True(spent.Succeeded, string.Join("; ", spent.Errors));
        Assert.Equal((3, RedemptionMethod.MemberCode, (Guid?)null), (spent.Value!.Credits, spent.Value.Method, spent.Value.RecordedById));
        Assert.Equal(60, (await database.Ledger.BalanceHeldAtAsync(bridgend.Megan, bridgend.Id)).Minutes);
        var venue = (await database.Partners().PartnersAsync(bridgend.Id)).Single(p => p.Partner.OrganisationId == bridgend.Venue);
        Assert.Equal(180, venue.Holds.Minutes);
        // Lowri, the venue's staff, records one for Edna too, who told her code over the desk.
        await database.EarnAsync(bridgend, 2, bridgend.Edna);
        var edna = (await database.Spending().CardAsync(bridgend.Edna, bridgend.Id)).Value!;
        Assert.True((await database.Spending().SpendAsync(CounterActor.Person(bridgend.Lowri), swim.Id, new SpendInput(edna.Code, "1", null))).Succeeded);
        var activity = await database.Spending().ActivityAtAsync(bridgend.Venue);
        Assert.Equal((5, 3, 2), (activity.Credits, activity.People, activity.Lines.Count));
        Assert.Empty(await database.Invariants.CheckAsync());
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task Spending_beyond_what_a_member_holds_or_on_an_ended_or_full_offer_is_refused_and_changes_nothing(TestProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var bridgend = await database.SeedBridgendAsync();
        await database.EarnAsync(bridgend, 3, bridgend.Megan, bridgend.Edna);
        var swim = await database.SwimAsync(bridgend, places: "2");
        var megan = (await database.Spending().CardAsync(bridgend.Megan, bridgend.Id)).Value!.Code;
        var edna = (await database.Spending().CardAsync(bridgend.Edna, bridgend.Id)).Value!.Code;
        var at = CounterActor.Person(bridgend.Lowri);
        async Task<string> Codes(SpendInput input, CounterActor? actor = null, Guid? offer = null) =>
            string.Join(",", (await database.Spending().SpendAsync(actor ?? at, offer ?? swim.Id, input)).Errors.Select(e => e.Code));

        Assert.Equal("Credits.NotEnoughCredits", await Codes(new SpendInput(megan, "2", null)));
        Assert.Equal("Credits.UnknownMemberCode", await Codes(new SpendInput("ZZZZ ZZZZ", "1", null)));
        Assert.Equal("Credits.MemberCodeRequired", await Codes(new SpendInput(" ", "1", null)));
        Assert.Equal("Credits.NobodyInParty", await Codes(new SpendInput(megan, "0", "0")));
        Assert.Equal("Credits.WholeNumber", await Codes(new SpendInput(megan, "-1", null)));
        Assert.Equal("Credits.NotAtThisCounter", await Codes(new SpendInput(megan, "1", null), CounterActor.Counter(bridgend.Garden)));
        Assert.Equal("Credits.NotAtThisCounter", await Codes(new SpendInput(megan, "1", null), CounterActor.Person(bridgend.Megan)));
        await using (var db = await database.OpenContextAsync())
        {
            Assert.False(await db.CreditRedemptions.AnyAsync());
            Assert.Equal(0, await db.Transfers.CountAsync(t => t.Kind == TransferKind.Spend));
        }

        // Two places a day: Megan takes one, and Edna's party of two is one too many.
        Assert.True((await database.Spending().SpendAsync(at, swim.Id, new SpendInput(megan, "1", null))).Succeeded);
        var full = Assert.Single((await database.Spending().SpendAsync(at, swim.Id, new SpendInput(edna, "1", "1"))).Errors);
        Assert.Equal(("Credits.OfferFull", 1), (full.Code, (int)full.Arguments[0]));

        // An offer that ended yesterday.
        var ended = await database.SwimAsync(bridgend, endsOn: CreditsTestData.Day(database));
        database.Clock.Advance(TimeSpan.FromDays(1));
        Assert.Equal("Credits.OfferEnded", await Codes(new SpendInput(edna, "1", null), offer: ended.Id));
        Assert.DoesNotContain(await database.Spending().OffersAsync(bridgend.Id), o => o.Offer.Id == ended.Id);
        Assert.Equal(180, (await database.Ledger.BalanceHeldAtAsync(bridgend.Edna, bridgend.Id)).Minutes);
        Assert.Empty(await database.Invariants.CheckAsync());
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task A_member_gives_credits_to_another_by_their_code_and_the_other_is_told(TestProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var bridgend = await database.SeedBridgendAsync();
        await database.EarnAsync(bridgend, 2, bridgend.Megan);
        var edna = (await database.Spending().CardAsync(bridgend.Edna, bridgend.Id)).Value!.Code;
        var megan = (await database.Spending().CardAsync(bridgend.Megan, bridgend.Id)).Value!.Code;
        async Task<string> Codes(GiftInput input, Guid? actor = null) =>
            string.Join(",", (await database.Spending().GiveAsync(actor ?? bridgend.Megan, bridgend.Id, input)).Errors.Select(e => e.Code));

        Assert.Equal("Credits.GiftMoreThanHeld", await Codes(new GiftInput(bridgend.Megan, edna, null, "3", null)));
        Assert.Equal("Credits.GiftToYourself", await Codes(new GiftInput(bridgend.Megan, megan, null, "1", null)));
        Assert.Equal("Credits.UnknownCause", await Codes(new GiftInput(bridgend.Megan, null, bridgend.Venue, "1", null)));
        Assert.Equal("Credits.NotYourGift", await Codes(new GiftInput(bridgend.Megan, edna, null, "1", null), bridgend.Edna));

        var given = await database.Spending().GiveAsync(bridgend.Megan, bridgend.Id, new GiftInput(bridgend.Megan, edna, null, "1", "For the bus"));

        Assert.True(given.Succeeded, string.Join("; ", given.Errors));
        Assert.Equal(60, (await database.Ledger.BalanceHeldAtAsync(bridgend.Edna, bridgend.Id)).Minutes);
        await using var db = await database.OpenContextAsync();
        var told = await db.OutboxMessages.SingleAsync(m => m.PersonId == bridgend.Edna && m.Subject.Contains("gave you"));
        Assert.Contains("For the bus", told.Body, StringComparison.Ordinal);
        Assert.Empty(await database.Invariants.CheckAsync());
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task The_venue_admin_sets_a_counter_passcode_that_opens_only_that_counter(TestProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var bridgend = await database.SeedBridgendAsync();
        var partners = database.Partners();

        Assert.Equal("Credits.PasscodeTooShort", Assert.Single((await partners.SetCounterPasscodeAsync(bridgend.Tom, bridgend.Venue, "short")).Errors).Code);
        Assert.Equal("Credits.NotVenueAdmin", Assert.Single((await partners.SetCounterPasscodeAsync(bridgend.Lowri, bridgend.Venue, "swim-and-gym-2027")).Errors).Code);
        Assert.False(await partners.OpensCounterAsync(bridgend.Venue, "swim-and-gym-2027"));

        Assert.True((await partners.SetCounterPasscodeAsync(bridgend.Tom, bridgend.Venue, "swim-and-gym-2027")).Succeeded);

        Assert.True(await partners.OpensCounterAsync(bridgend.Venue, "swim-and-gym-2027"));
        Assert.False(await partners.OpensCounterAsync(bridgend.Venue, "swim-and-gym-2028"));
        Assert.False(await partners.OpensCounterAsync(bridgend.Garden, "swim-and-gym-2027"));
    }
}
