using Coproduce.Core.Credits;
using Coproduce.Core.People;
using Microsoft.Extensions.DependencyInjection;
using static Coproduce.Core.Tests.People.PeopleTestData;

namespace Coproduce.Core.Tests.Credits;

/// <summary>
/// A time-credit network for the credits tests: Gareth runs it and Siân coordinates it; the leisure centre accepts
/// credits (Tom runs it, Lowri works its counter); the community garden awards them (Bryn coordinates it). Twelve
/// members: Megan writes in Welsh and Dai has no email. Rhys belongs to another network.
/// </summary>
internal sealed record Bridgend(Guid Id, Guid Venue, Guid Garden, Guid OtherNetwork, Guid Gareth, Guid Sian, Guid Tom, Guid Lowri, Guid Bryn,
    IReadOnlyList<Guid> Members, Guid Rhys)
{
    public Guid Megan => Members[0];

    public Guid Edna => Members[1];

    public Guid Dai => Members[2];
}

internal static class CreditsTestData
{
    private static readonly string[] MemberNames =
    [
        "Megan Price", "Edna Hughes", "Dai Morgan", "Alun Bevan", "Beca Rees", "Cerys Owen", "Dylan Parry", "Eleri Watkins", "Ffion Jenkins",
        "Gwyn Lloyd", "Heledd Vaughan", "Iwan Griffiths",
    ];

    public static async Task<Bridgend> SeedBridgendAsync(this TestDatabase database)
    {
        Bridgend bridgend;
        await using (var db = await database.OpenContextAsync())
        {
            var now = database.Clock.GetUtcNow();
            var network = AddOrganisation(db, now, OrganisationKind.TimeCreditNetwork, "Bridgend Time Credits", "Credydau Amser Pen-y-bont");
            var venue = AddOrganisation(db, now, OrganisationKind.PartnerVenue, "Garw Leisure Centre", "Canolfan Hamdden Garw");
            var garden = AddOrganisation(db, now, OrganisationKind.CommunityGroup, "Garw Community Garden");
            var other = AddOrganisation(db, now, OrganisationKind.TimeCreditNetwork, "Ogmore Time Credits");
            Guid Add(string name, params (Guid, OrganisationRole)[] roles) =>
                AddPerson(db, now, name, name.StartsWith("Megan", StringComparison.Ordinal) ? Language.Welsh : Language.English,
                    name.StartsWith("Dai", StringComparison.Ordinal) ? null : EmailOf(name), login: null, roles).Id;
            bridgend = new Bridgend(network.Id, venue.Id, garden.Id, other.Id,
                Add("Gareth Evans", (network.Id, OrganisationRole.OrganisationAdmin)),
                Add("Siân Jones", (network.Id, OrganisationRole.Coordinator)),
                Add("Tom Harris", (venue.Id, OrganisationRole.OrganisationAdmin)),
                Add("Lowri Davies", (venue.Id, OrganisationRole.Coordinator)),
                Add("Bryn Thomas", (garden.Id, OrganisationRole.Coordinator)),
                [.. MemberNames.Select(name => Add(name, (network.Id, OrganisationRole.Member)))],
                Add("Rhys Bowen", (other.Id, OrganisationRole.Member)));
            await db.SaveChangesAsync();
        }

        var partners = database.Partners();
        Assert.True((await partners.AddAsync(bridgend.Gareth, bridgend.Id, bridgend.Venue, earns: false, accepts: true)).Succeeded);
        Assert.True((await partners.AddAsync(bridgend.Gareth, bridgend.Id, bridgend.Garden, earns: true, accepts: false)).Succeeded);
        return bridgend;
    }

    public static CreditPartnerService Partners(this TestDatabase database) => database.Services.GetRequiredService<CreditPartnerService>();

    public static CreditActivityService Activities(this TestDatabase database) => database.Services.GetRequiredService<CreditActivityService>();

    public static CreditSpendingService Spending(this TestDatabase database) => database.Services.GetRequiredService<CreditSpendingService>();

    public static CreditNoteService Notes(this TestDatabase database) => database.Services.GetRequiredService<CreditNoteService>();

    /// <summary>A day as a form sends it: <paramref name="daysAgo"/> before today in the UK.</summary>
    public static string Day(TestDatabase database, int daysAgo = 0) =>
        Coproduce.Core.Common.UkTime.Today(database.Clock).AddDays(-daysAgo).ToString("yyyy-M-d", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Sets up a network-run activity and awards its credits to <paramref name="people"/> for yesterday's session.</summary>
    public static async Task<CreditActivity> EarnAsync(this TestDatabase database, Bridgend bridgend, int credits, params Guid[] people)
    {
        var activity = (await database.Activities().CreateAsync(bridgend.Sian, bridgend.Id,
            new ActivityInput(null, "Litter pick", "Casglu sbwriel", credits.ToString(System.Globalization.CultureInfo.InvariantCulture), null))).Value!;
        var awarded = await database.Activities().AwardAsync(bridgend.Sian, activity.Id, new AwardInput(Day(database, 1), people));
        Assert.True(awarded.Succeeded, string.Join("; ", awarded.Errors));
        return activity;
    }

    /// <summary>The swim the leisure centre offers: two credits an adult, one an under-16.</summary>
    public static async Task<CreditOffer> SwimAsync(this TestDatabase database, Bridgend bridgend, string? places = null, string? endsOn = null)
    {
        var offer = await database.Spending().CreateOfferAsync(bridgend.Lowri, bridgend.Id, bridgend.Venue,
            new OfferInput("A swim", "Nofio", "2", "1", places, "Off-peak", endsOn));
        Assert.True(offer.Succeeded, string.Join("; ", offer.Errors));
        return offer.Value!;
    }
}
