using Coproduce.Core.People;
using Microsoft.Extensions.DependencyInjection;

namespace Coproduce.Core.Tests.People;

/// <summary>A site admin and someone who is not one, made directly, for the organisation tests.</summary>
internal static class OrganisationTestData
{
    public static OrganisationDetails GarwTimebank(string name = "Garw Valley Timebank", string? welsh = "Banc Amser Cwm Garw", string area = "Bridgend") =>
        new(OrganisationKind.Timebank, name, welsh, area);

    public static async Task<(OrganisationService Organisations, Guid SiteAdmin, Guid SomeoneElse)> SeedAsync(TestDatabase database)
    {
        await using var db = await database.OpenContextAsync();
        var now = database.Clock.GetUtcNow();
        var admin = new Person(Guid.CreateVersion7(), Profile("Alex Powell"), now, null, isDemo: false);
        admin.MakeSiteAdmin();
        var someoneElse = new Person(Guid.CreateVersion7(), Profile("Gareth Evans"), now, null, isDemo: false);
        db.People.AddRange(admin, someoneElse);
        await db.SaveChangesAsync();
        return (database.Services.GetRequiredService<OrganisationService>(), admin.Id, someoneElse.Id);
    }

    private static PersonProfile Profile(string name) => new(name, Language.English, null, null, null, null, ConsentChoices.None);
}
