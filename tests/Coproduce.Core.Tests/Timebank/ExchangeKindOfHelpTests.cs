using System.Globalization;
using Coproduce.Core.Common;
using Coproduce.Core.Timebank;
using Microsoft.EntityFrameworkCore;
using static Coproduce.Core.Tests.Timebank.TimebankTestData;

namespace Coproduce.Core.Tests.Timebank;

/// <summary>An exchange says what kind of help it was and the offer or request it came from, on both databases.</summary>
public class ExchangeKindOfHelpTests
{
    private static readonly Guid Gardening = new("5b1c2a10-0000-4000-8000-000000000001");
    private static readonly Guid Lifts = new("5b1c2a10-0000-4000-8000-000000000003");

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task An_exchange_from_an_offer_takes_its_kind_of_help_unless_another_is_chosen(TestProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var garw = await database.SeedGarwAsync();
        var offer = await OfferAsync(database, garw.Megan, garw.Id);
        var exchanges = database.Exchanges();

        var fromOffer = await exchanges.RecordAsync(garw.Edna, garw.Id, Details(database, garw.Megan, garw.Edna) with { PostId = offer });
        var chosen = await exchanges.RecordAsync(garw.Sian, garw.Id, Details(database, garw.Megan, garw.Edna) with { PostId = offer, CategoryId = Lifts });
        var plain = await exchanges.RecordAsync(garw.Edna, garw.Id, Details(database, garw.Megan, garw.Edna));

        Assert.True(fromOffer.Succeeded, string.Join("; ", fromOffer.Errors));
        var view = (await exchanges.FindAsync(garw.Edna, fromOffer.Value!.Id))!;
        Assert.Equal(("Gardening", "Help in your garden"), (view.Category?.Name, view.PostTitle));
        Assert.Equal((Lifts, offer), (chosen.Value!.CategoryId, chosen.Value.PostId));
        Assert.Equal(((Guid?)null, (Guid?)null), (plain.Value!.CategoryId, plain.Value.PostId));
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task Someone_elses_post_or_a_kind_of_help_this_timebank_lacks_is_refused_and_nothing_is_recorded(TestProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var garw = await database.SeedGarwAsync();
        var dais = await OfferAsync(database, garw.Dai, garw.Id);
        var exchanges = database.Exchanges();

        var notTheirs = await exchanges.RecordAsync(garw.Edna, garw.Id, Details(database, garw.Megan, garw.Edna) with { PostId = dais });
        var noSuchPost = await exchanges.RecordAsync(garw.Edna, garw.Id, Details(database, garw.Megan, garw.Edna) with { PostId = Guid.NewGuid() });
        var noSuchKind = await exchanges.RecordAsync(garw.Edna, garw.Id, Details(database, garw.Megan, garw.Edna) with { CategoryId = Guid.NewGuid() });

        Assert.Equal(("PostId", "Timebank.NotTheirPost"), (Assert.Single(notTheirs.Errors).Field, notTheirs.Errors[0].Code));
        Assert.Equal("Timebank.NotTheirPost", Assert.Single(noSuchPost.Errors).Code);
        Assert.Equal(("CategoryId", "Timebank.UnknownCategory"), (Assert.Single(noSuchKind.Errors).Field, noSuchKind.Errors[0].Code));
        await using var db = await database.OpenContextAsync();
        Assert.False(await db.TimebankExchanges.AnyAsync());
    }

    private static async Task<Guid> OfferAsync(TestDatabase database, Guid author, Guid timebank)
    {
        var endsOn = UkTime.Today(database.Clock).AddDays(21).ToString("yyyy-M-d", CultureInfo.InvariantCulture);
        var posted = await database.Posts().CreateAsync(author, timebank, new PostDetails(author, PostKind.Offer, Gardening, "Help in your garden", null, null,
            null, endsOn));
        return posted.Value?.Id ?? throw new InvalidOperationException(string.Join("; ", posted.Errors));
    }
}
