using Coproduce.Core.Audit;
using Coproduce.Core.Common;
using Coproduce.Core.Data;
using Coproduce.Core.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Coproduce.Core.Tests.People.PeopleTestData;

namespace Coproduce.Core.Tests.People;

/// <summary>An organisation admin gives and takes roles, on both databases.</summary>
public class RoleServiceTests
{
    private static readonly OrganisationRole[] MemberAndCoordinator = [OrganisationRole.Member, OrganisationRole.Coordinator];

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task An_admin_gives_and_takes_a_role_audited_and_the_person_is_told_in_their_language(TestProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var garw = await SeedAsync(database);
        var roles = database.Services.GetRequiredService<RoleService>();

        var seen = (await roles.RolesOfAsync(garw.Id, garw.Megan))!;
        var given = await roles.ChangeRolesAsync(garw.Gareth, garw.Id, garw.Megan, MemberAndCoordinator, seen.Version);
        var taken = await roles.ChangeRolesAsync(garw.Gareth, garw.Id, garw.Megan, [OrganisationRole.Member], given.Value!.Version);
        var again = await roles.ChangeRolesAsync(garw.Gareth, garw.Id, garw.Megan, MemberAndCoordinator, taken.Value!.Version);

        Assert.Equal(MemberAndCoordinator, given.Value.Roles);
        Assert.Equal([OrganisationRole.Member], taken.Value.Roles);
        Assert.Equal(MemberAndCoordinator, again.Value!.Roles);
        await using var db = await database.OpenContextAsync();
        // One row per role however often it comes and goes; the audit log keeps each change, by whom.
        Assert.Equal(2, await db.Memberships.CountAsync(m => m.PersonId == garw.Megan && m.OrganisationId == garw.Id));
        var changes = await db.AuditEntries.Where(a => a.OnBehalfOfId == garw.Megan && a.ActorId == garw.Gareth)
            .OrderBy(a => a.At).Select(a => a.Action).ToListAsync();
        Assert.Equal([AuditActions.RoleGranted, AuditActions.RoleTaken, AuditActions.RoleGranted], changes);
        var emails = await db.OutboxMessages.Where(m => m.PersonId == garw.Megan).OrderBy(m => m.CreatedAt).ToListAsync();
        Assert.Equal(3, emails.Count);
        Assert.All(emails, e => Assert.Equal("cy", e.Language));
        Assert.Contains("aelod, cydlynydd", emails[0].Body, StringComparison.Ordinal);
        Assert.Contains("Banc Amser Cwm Garw", emails[0].Subject, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task Refusals_change_nothing(TestProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var garw = await SeedAsync(database);
        var roles = database.Services.GetRequiredService<RoleService>();
        var seen = (await roles.RolesOfAsync(garw.Id, garw.Megan))!.Version;

        async Task<string> Refusal(Guid actor, Guid person, OrganisationRole[] wanted, string? version = null)
        {
            var result = await roles.ChangeRolesAsync(actor, garw.Id, person, wanted, version ?? (await roles.RolesOfAsync(garw.Id, person))?.Version ?? "");
            Assert.False(result.Succeeded);
            return Assert.Single(result.Errors).Code;
        }

        Assert.Equal("People.RoleNotInKind", await Refusal(garw.Gareth, garw.Megan, [OrganisationRole.Member, OrganisationRole.Driver]));
        Assert.Equal("People.NoRolesLeft", await Refusal(garw.Gareth, garw.Megan, []));
        Assert.Equal("People.NotOrganisationAdmin", await Refusal(garw.Sian, garw.Megan, MemberAndCoordinator));
        Assert.Equal("People.NotOrganisationAdmin", await Refusal(garw.OtherAdmin, garw.Megan, MemberAndCoordinator));
        Assert.Equal("People.NotOnList", await Refusal(garw.Gareth, garw.OtherAdmin, [OrganisationRole.Member]));

        await using var db = await database.OpenContextAsync();
        Assert.Equal(seen, (await roles.RolesOfAsync(garw.Id, garw.Megan))!.Version);
        Assert.False(await db.AuditEntries.AnyAsync(a => a.Action == AuditActions.RoleGranted || a.Action == AuditActions.RoleTaken));
        Assert.False(await db.OutboxMessages.AnyAsync());
        var message = new FieldError("Roles", "People.RoleNotInKind", new RoleName(OrganisationRole.Driver));
        Assert.Equal("This kind of organisation has no driver role", message.Message(System.Globalization.CultureInfo.GetCultureInfo("en-GB")));
        Assert.Equal("Nid oes rôl gyrrwr gan y math hwn o sefydliad", message.Message(System.Globalization.CultureInfo.GetCultureInfo("cy")));

        // With Ffion no longer an admin, Gareth is the last, and can't give it up.
        Assert.True((await roles.ChangeRolesAsync(garw.Gareth, garw.Id, garw.Ffion, [OrganisationRole.Member],
            (await roles.RolesOfAsync(garw.Id, garw.Ffion))!.Version)).Succeeded);
        Assert.Equal("People.LastOrganisationAdmin", await Refusal(garw.Gareth, garw.Gareth, [OrganisationRole.Member]));
        Assert.Contains(OrganisationRole.OrganisationAdmin, (await roles.RolesOfAsync(garw.Id, garw.Gareth))!.Roles);

        // Nothing changes in a suspended organisation, roles included.
        await db.Organisations.Where(o => o.Id == garw.Id).ExecuteUpdateAsync(u => u
            .SetProperty(o => o.Status, OrganisationStatus.Suspended).SetProperty(o => o.SuspendedAt, database.Clock.GetUtcNow())
            .SetProperty(o => o.SuspensionReason, "Under review"));
        Assert.Equal("Organisation.Suspended", await Refusal(garw.Gareth, garw.Megan, MemberAndCoordinator));
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task The_second_of_two_admins_working_from_the_same_picture_is_refused_as_out_of_date(TestProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var garw = await SeedAsync(database);
        var roles = database.Services.GetRequiredService<RoleService>();
        var seen = (await roles.RolesOfAsync(garw.Id, garw.Megan))!.Version;

        var first = await roles.ChangeRolesAsync(garw.Gareth, garw.Id, garw.Megan, MemberAndCoordinator, seen);
        var second = await roles.ChangeRolesAsync(garw.Ffion, garw.Id, garw.Megan, [OrganisationRole.Member, OrganisationRole.OrganisationAdmin], seen);

        Assert.True(first.Succeeded);
        Assert.Equal("People.RolesOutOfDate", Assert.Single(second.Errors).Code);
        Assert.Equal(MemberAndCoordinator, (await roles.RolesOfAsync(garw.Id, garw.Megan))!.Roles);
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task Two_admins_at_once_on_two_app_servers_one_wins_and_the_organisation_keeps_an_admin(TestProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var garw = await SeedAsync(database);
        var here = database.Services.GetRequiredService<RoleService>();
        var there = database.StartAppServer().GetRequiredService<RoleService>();

        for (var round = 0; round < 5; round++)
        {
            // Each admin takes the other's admin role away, from the same picture: only one may.
            var gareth = (await here.RolesOfAsync(garw.Id, garw.Gareth))!;
            var ffion = (await here.RolesOfAsync(garw.Id, garw.Ffion))!;
            var outcomes = await Task.WhenAll(
                here.ChangeRolesAsync(garw.Gareth, garw.Id, garw.Ffion, [OrganisationRole.Member], ffion.Version),
                there.ChangeRolesAsync(garw.Ffion, garw.Id, garw.Gareth, [OrganisationRole.Member], gareth.Version));

            Assert.Equal(1, outcomes.Count(o => o.Succeeded));
            await using (var db = await database.OpenContextAsync())
            {
                var admins = await db.Memberships.Where(m => m.OrganisationId == garw.Id && m.Role == OrganisationRole.OrganisationAdmin
                    && m.Status == MembershipStatus.Active).Select(m => m.PersonId).ToListAsync();
                var winner = Assert.Single(admins);
                var loser = winner == garw.Gareth ? garw.Ffion : garw.Gareth;
                var restored = await here.ChangeRolesAsync(winner, garw.Id, loser, [OrganisationRole.Member, OrganisationRole.OrganisationAdmin],
                    (await here.RolesOfAsync(garw.Id, loser))!.Version);
                Assert.True(restored.Succeeded);
            }
        }
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task A_change_waits_for_another_in_flight_and_then_will_not_take_the_last_admin(TestProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var garw = await SeedAsync(database);
        var roles = database.Services.GetRequiredService<RoleService>();
        var ffion = (await roles.RolesOfAsync(garw.Id, garw.Ffion))!;
        var cancel = TestContext.Current.CancellationToken;

        // Ffion, half way through taking Gareth's admin role: his row is changed in a transaction not yet committed.
        await using var other = await database.OpenContextAsync();
        await using var inFlight = await other.Database.BeginTransactionAsync(cancel);
        await other.Memberships.Where(m => m.PersonId == garw.Gareth && m.Role == OrganisationRole.OrganisationAdmin)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.Status, MembershipStatus.Ended), cancel);

        // On a thread of its own: SQLite waits for its lock without yielding.
        var change = Task.Run(() => roles.ChangeRolesAsync(garw.Gareth, garw.Id, garw.Ffion, [OrganisationRole.Member], ffion.Version, cancel), cancel);
        await Task.WhenAny(change, Task.Delay(TimeSpan.FromSeconds(1), cancel));
        // Seeing Gareth still an admin now, before Ffion's change commits, is the mistake that would leave none.
        Assert.False(change.IsCompleted, "the change should wait for the one in flight");
        await inFlight.CommitAsync(cancel);

        // SQLite's act starts once Ffion's commits, and finds Gareth no longer an admin at all; PostgreSQL's has checked
        // that already and waits at the lock, then finds Ffion the last admin. Either way she stays one.
        var refusal = Assert.Single((await change).Errors).Code;
        Assert.True(refusal is "People.LastOrganisationAdmin" or "People.NotOrganisationAdmin", refusal);
        Assert.Contains(OrganisationRole.OrganisationAdmin, (await roles.RolesOfAsync(garw.Id, garw.Ffion))!.Roles);
    }

    private sealed record Garw(Guid Id, Guid Gareth, Guid Ffion, Guid Sian, Guid Megan, Guid OtherAdmin);

    private static async Task<Garw> SeedAsync(TestDatabase database)
    {
        await using var db = await database.OpenContextAsync();
        var now = database.Clock.GetUtcNow();
        var timebank = AddOrganisation(db, now, OrganisationKind.Timebank, "Garw Valley Timebank", "Banc Amser Cwm Garw");
        var elsewhere = AddOrganisation(db, now, OrganisationKind.TransportService, "Vale Evening Rider", area: "Denbighshire");
        var gareth = Add(db, timebank.Id, now, "Gareth Evans", Language.English, OrganisationRole.Member, OrganisationRole.OrganisationAdmin);
        var ffion = Add(db, timebank.Id, now, "Ffion Rees", Language.English, OrganisationRole.OrganisationAdmin);
        var sian = Add(db, timebank.Id, now, "Siân Jones", Language.Welsh, OrganisationRole.Coordinator);
        var megan = Add(db, timebank.Id, now, "Megan Price", Language.Welsh, OrganisationRole.Member);
        var other = Add(db, elsewhere.Id, now, "Rhys Hughes", Language.English, OrganisationRole.OrganisationAdmin);
        await db.SaveChangesAsync();
        return new Garw(timebank.Id, gareth, ffion, sian, megan, other);
    }

    private static Guid Add(CoproduceDbContext db, Guid organisation, DateTimeOffset now, string name, Language language, params OrganisationRole[] roles) =>
        AddPerson(db, now, name, language, EmailOf(name), login: null, [.. roles.Select(role => (organisation, role))]).Id;
}
