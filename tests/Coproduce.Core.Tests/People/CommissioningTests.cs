using Coproduce.Core.Audit;
using Coproduce.Core.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Coproduce.Core.Tests.People.PeopleTestData;

namespace Coproduce.Core.Tests.People;

/// <summary>Commissioning bodies linked to what they commission, and what their commissioners may read, on both databases.</summary>
public class CommissioningTests
{
    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task A_commissioner_reads_the_reports_of_what_their_body_commissions_and_nothing_else(TestProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var world = await SeedAsync(database);
        var commissioning = database.Services.GetRequiredService<CommissioningService>();

        Assert.True((await commissioning.LinkAsync(world.Admin, world.Council, world.Timebank)).Succeeded);

        Assert.Equal([world.Timebank], (await commissioning.ReportsReadableByAsync(world.Helen)).Select(o => o.Id));
        Assert.True(await commissioning.MayReadReportsAsync(world.Helen, world.Timebank));
        Assert.False(await commissioning.MayReadReportsAsync(world.Helen, world.Transport));
        // A member of the timebank is not its commissioner.
        Assert.Empty(await commissioning.ReportsReadableByAsync(world.Megan));

        Assert.True((await commissioning.UnlinkAsync(world.Admin, world.Council, world.Timebank)).Succeeded);
        Assert.False(await commissioning.MayReadReportsAsync(world.Helen, world.Timebank));
        await using var db = await database.OpenContextAsync();
        Assert.Equal([AuditActions.CommissionLinked, AuditActions.CommissionUnlinked],
            await db.AuditEntries.Where(a => a.Action.StartsWith("Commission")).OrderBy(a => a.At).Select(a => a.Action).ToListAsync());
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task Only_a_site_admin_links_only_a_body_to_what_is_not_one_and_once(TestProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var world = await SeedAsync(database);
        var commissioning = database.Services.GetRequiredService<CommissioningService>();
        Assert.True((await commissioning.LinkAsync(world.Admin, world.Council, world.Timebank)).Succeeded);

        async Task<string> Refusal(Guid actor, Guid body, Guid organisation) =>
            Assert.Single((await commissioning.LinkAsync(actor, body, organisation)).Errors).Code;

        Assert.Equal("Organisation.NotSiteAdmin", await Refusal(world.Helen, world.Council, world.Transport));
        Assert.Equal("Commission.NotABody", await Refusal(world.Admin, world.Timebank, world.Transport));
        Assert.Equal("Commission.BodyCommissionsBody", await Refusal(world.Admin, world.Council, world.Council));
        Assert.Equal("Commission.ChooseOrganisation", await Refusal(world.Admin, world.Council, Guid.CreateVersion7()));
        Assert.Equal("Commission.AlreadyLinked", await Refusal(world.Admin, world.Council, world.Timebank));
        Assert.Equal("Commission.NotLinked", Assert.Single((await commissioning.UnlinkAsync(world.Admin, world.Council, world.Transport)).Errors).Code);
        await using var db = await database.OpenContextAsync();
        Assert.Equal(1, await db.Commissions.CountAsync());
        // Commissioners belong to commissioning bodies only.
        Assert.Contains(OrganisationRole.Commissioner, OrganisationRoles.AvailableIn(OrganisationKind.CommissioningBody));
        Assert.DoesNotContain(OrganisationRole.Commissioner, OrganisationRoles.AvailableIn(OrganisationKind.TimeCreditNetwork));
    }

    private static async Task<World> SeedAsync(TestDatabase database)
    {
        await using var db = await database.OpenContextAsync();
        var now = database.Clock.GetUtcNow();
        var council = AddOrganisation(db, now, OrganisationKind.CommissioningBody, "Bridgend County Borough Council");
        var timebank = AddOrganisation(db, now, OrganisationKind.Timebank, "Garw Valley Timebank");
        var transport = AddOrganisation(db, now, OrganisationKind.TransportService, "Vale Evening Rider");
        var admin = AddPerson(db, now, "Alex Site", Language.English, email: null, login: null);
        admin.MakeSiteAdmin();
        var helen = AddPerson(db, now, "Helen Morgan", Language.English, email: null, login: null, (council.Id, OrganisationRole.Commissioner));
        var megan = AddPerson(db, now, "Megan Price", Language.English, email: null, login: null, (timebank.Id, OrganisationRole.Member));
        await db.SaveChangesAsync();
        return new World(council.Id, timebank.Id, transport.Id, admin.Id, helen.Id, megan.Id);
    }

    private sealed record World(Guid Council, Guid Timebank, Guid Transport, Guid Admin, Guid Helen, Guid Megan);
}
