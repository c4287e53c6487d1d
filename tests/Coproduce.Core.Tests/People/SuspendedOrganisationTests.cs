using Coproduce.Core.Demo;
using Coproduce.Core.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Coproduce.Core.Tests.People;

/// <summary>
/// A suspended organisation on both databases: every act in it is refused with one clear message, whoever tries,
/// everything in it can still be read, and once it is reopened its people act again.
/// </summary>
public class SuspendedOrganisationTests
{
    private static PersonProfile Profile(string name) => new(name, Language.English, null, "01656 870999", null, null, ConsentChoices.None);

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task Nothing_can_be_done_in_a_suspended_organisation_but_everything_can_be_read(TestProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var world = await DemoAsync(database);
        var (people, tokens) = (world.People, world.Tokens);
        var token = (await tokens.CreateAsync(world.Gareth, world.Timebank, "Council CRM")).Value!;
        var owensRequest = await OwensRequestAsync(database);
        Assert.True((await world.Organisations.SuspendAsync(world.Admin, world.Timebank, "Safeguarding review")).Succeeded);
        var counts = await CountsAsync(database);

        var refusals = new (string Act, IReadOnlyList<Coproduce.Core.Common.FieldError> Errors)[]
        {
            ("join", (await people.RequestToJoinAsync(world.Mair, world.Timebank)).Errors),
            ("approve", (await people.DecideAsync(world.Sian, owensRequest, approve: true)).Errors),
            ("decline, as a site admin", (await people.DecideAsync(world.Admin, owensRequest, approve: false)).Errors),
            ("add a member", (await people.CreateMemberWithoutLoginAsync(world.Sian, world.Timebank, Profile("Bethan Lloyd"))).Errors),
            ("add a member, as a site admin", (await people.CreateMemberWithoutLoginAsync(world.Admin, world.Timebank, Profile("Bethan Lloyd"))).Errors),
            ("edit a member", (await people.UpdateProfileAsync(world.Sian, world.Edna, Profile("Edna Price-Jones"))).Errors),
            ("make an API token", (await tokens.CreateAsync(world.Gareth, world.Timebank, "Partner bookings")).Errors),
        };

        Assert.All(refusals, r => Assert.True(r.Errors.Count == 1 && r.Errors[0].Code == "Organisation.Suspended",
            $"{r.Act}: {string.Join("; ", r.Errors)}"));
        Assert.Equal("Mae'r sefydliad hwn wedi'i atal: ni ellir newid dim ynddo nes bydd gweinyddwr y safle yn ei ailagor",
            refusals[0].Errors[0].Message(LanguageCultures.Welsh));
        // Someone with no say there hears that first: the suspension is not theirs to know about.
        Assert.Equal("People.NotCoordinator",
            Assert.Single((await people.CreateMemberWithoutLoginAsync(world.Megan, world.Timebank, Profile("Bethan Lloyd"))).Errors).Code);
        Assert.Equal(counts, await CountsAsync(database));

        // Reading goes on: the coordinator's list, a member's record, the API's reads, a member's own profile.
        Assert.True((await people.MembersPageAsync(world.Timebank, null, 1, 50)).Total > 0);
        Assert.NotNull(await people.FindMemberAsync(world.Timebank, world.Edna));
        Assert.True(await people.CanLookAfterAsync(world.Sian, world.Edna));
        Assert.True(await tokens.CreatorStillHoldsAuthorityAsync((await tokens.AuthenticateAsync(token.Secret))!));
        Assert.True((await people.UpdateProfileAsync(world.Megan, world.Megan, Profile("Megan Price") with { Email = "megan@coproduce.test" })).Succeeded);
        // Taking a system's access away is what a suspension is for, so a token can still be revoked.
        Assert.True((await tokens.RevokeAsync(world.Gareth, token.Token.Id)).Succeeded);

        Assert.True((await world.Organisations.ReopenAsync(world.Admin, world.Timebank)).Succeeded);
        Assert.True((await people.DecideAsync(world.Sian, owensRequest, approve: true)).Succeeded);
        Assert.True((await people.UpdateProfileAsync(world.Sian, world.Edna, Profile("Edna Price-Jones"))).Succeeded);
        Assert.True((await tokens.CreateAsync(world.Gareth, world.Timebank, "Partner bookings")).Succeeded);
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task A_coordinator_keeps_their_say_through_another_organisation_that_is_open(TestProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var world = await DemoAsync(database);
        // Megan belongs to the timebank and to the time-credit network, and Siân coordinates both.
        Assert.True((await world.Organisations.SuspendAsync(world.Admin, world.Timebank, "Safeguarding review")).Succeeded);

        var throughTheNetwork = await world.People.UpdateProfileAsync(world.Sian, world.Megan,
            Profile("Megan Price") with { Email = "megan@coproduce.test" });

        Assert.True(throughTheNetwork.Succeeded, string.Join("; ", throughTheNetwork.Errors));
        Assert.True((await world.Organisations.SuspendAsync(world.Admin, world.Network, "Agreement lapsed")).Succeeded);
        Assert.Equal("Organisation.Suspended", Assert.Single((await world.People.UpdateProfileAsync(world.Sian, world.Megan,
            Profile("Megan Price") with { Email = "megan@coproduce.test" })).Errors).Code);
    }

    private sealed record World(PeopleService People, ApiTokenService Tokens, OrganisationService Organisations, Guid Timebank, Guid Network,
        Guid Admin, Guid Sian, Guid Gareth, Guid Megan, Guid Mair, Guid Edna);

    private static async Task<World> DemoAsync(TestDatabase database)
    {
        Assert.True(await database.Services.GetRequiredService<DemoCommunity>().SeedIfEmptyAsync());
        await using var db = await database.OpenContextAsync();
        var people = await db.People.ToDictionaryAsync(p => p.Profile.Name, p => p.Id);
        var organisations = await db.Organisations.ToDictionaryAsync(o => o.Name, o => o.Id);
        return new World(database.Services.GetRequiredService<PeopleService>(), database.Services.GetRequiredService<ApiTokenService>(),
            database.Services.GetRequiredService<OrganisationService>(), organisations["Garw Valley Timebank"], organisations["Bridgend Time Credits"],
            people["Alex Powell"], people["Siân Jones"], people["Gareth Evans"], people["Megan Price"], people["Mair Williams"], people["Edna Price"]);
    }

    private static async Task<Guid> OwensRequestAsync(TestDatabase database)
    {
        await using var db = await database.OpenContextAsync();
        return await db.Memberships.Where(m => m.Status == MembershipStatus.Requested).Select(m => m.Id).SingleAsync();
    }

    private static async Task<(int People, int Memberships, int Waiting, int Tokens, int Audit, string EdnasName)> CountsAsync(TestDatabase database)
    {
        await using var db = await database.OpenContextAsync();
        return (await db.People.CountAsync(), await db.Memberships.CountAsync(), await db.Memberships.CountAsync(m => m.Status == MembershipStatus.Requested),
            await db.ApiTokens.CountAsync(), await db.AuditEntries.CountAsync(),
            await db.People.Where(p => p.Profile.Name.StartsWith("Edna")).Select(p => p.Profile.Name).SingleAsync());
    }
}
