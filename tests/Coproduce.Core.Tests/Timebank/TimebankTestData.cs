using Coproduce.Core.Common;
using Coproduce.Core.People;
using Coproduce.Core.Timebank;
using Microsoft.Extensions.DependencyInjection;
using static Coproduce.Core.Tests.People.PeopleTestData;

namespace Coproduce.Core.Tests.Timebank;

/// <summary>
/// A timebank for the exchange tests: Megan and Edna are members (Megan writes in Welsh), Siân and Carys coordinate (Carys is a member too),
/// Gareth runs it, Rhys is a member elsewhere and Dai has no email (a coordinator records for him).
/// </summary>
internal sealed record Garw(Guid Id, Guid Elsewhere, Guid Gareth, Guid Sian, Guid Carys, Guid Megan, Guid Edna, Guid Dai, Guid Rhys);

/// <summary>The timebank, its services and exchanges as a page sends them.</summary>
internal static class TimebankTestData
{
    public static async Task<Garw> SeedGarwAsync(this TestDatabase database)
    {
        await using var db = await database.OpenContextAsync();
        var now = database.Clock.GetUtcNow();
        var timebank = AddOrganisation(db, now, OrganisationKind.Timebank, "Garw Valley Timebank", "Banc Amser Cwm Garw");
        var elsewhere = AddOrganisation(db, now, OrganisationKind.Timebank, "Ogmore Timebank");
        Guid Add(string name, Language language, Guid organisation, params OrganisationRole[] roles) =>
            AddPerson(db, now, name, language, name.StartsWith("Dai", StringComparison.Ordinal) ? null : EmailOf(name), login: null,
                [.. roles.Select(role => (organisation, role))]).Id;
        var garw = new Garw(timebank.Id, elsewhere.Id,
            Add("Gareth Evans", Language.English, timebank.Id, OrganisationRole.OrganisationAdmin),
            Add("Siân Jones", Language.Welsh, timebank.Id, OrganisationRole.Coordinator),
            Add("Carys Lewis", Language.English, timebank.Id, OrganisationRole.Coordinator, OrganisationRole.Member),
            Add("Megan Price", Language.Welsh, timebank.Id, OrganisationRole.Member),
            Add("Edna Hughes", Language.English, timebank.Id, OrganisationRole.Member),
            Add("Dai Morgan", Language.English, timebank.Id, OrganisationRole.Member),
            Add("Rhys Bowen", Language.English, elsewhere.Id, OrganisationRole.Member));
        await db.SaveChangesAsync();
        return garw;
    }

    public static ExchangeService Exchanges(this TestDatabase database) => database.Services.GetRequiredService<ExchangeService>();

    public static PostService Posts(this TestDatabase database) => database.Services.GetRequiredService<PostService>();

    /// <summary>An exchange's details as a page would send them: yesterday in the UK, unless told otherwise.</summary>
    public static ExchangeDetails Details(TestDatabase database, Guid giver, Guid receiver, string hours = "1", string what = "Weeded the front garden",
        int daysAgo = 1) =>
        new(giver, receiver, hours, UkTime.Today(database.Clock).AddDays(-daysAgo).ToString("yyyy-M-d", System.Globalization.CultureInfo.InvariantCulture), what);
}
