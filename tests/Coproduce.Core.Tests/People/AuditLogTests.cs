using Coproduce.Core.Audit;
using Coproduce.Core.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Coproduce.Core.Tests.People;

/// <summary>The site admins' audit log, made by the services themselves, read on both databases.</summary>
public class AuditLogTests
{
    private const int Filler = 230;

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task A_persons_entries_name_who_did_it_for_whom_and_where_newest_first(TestProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var seed = await SeedAsync(database, filler: 0);
        var log = database.Services.GetRequiredService<AuditLog>();

        var owen = await log.PageAsync(new AuditLogFilter(seed.Owen, null), null, null, 50);

        Assert.Equal([AuditActions.MembershipDeclined, AuditActions.MembershipRequested], owen.Lines.Select(l => l.Entry.Action));
        Assert.Equal(["Alex Admin", "Owen Price"], owen.Lines.Select(l => l.ActorName));
        Assert.All(owen.Lines, l => Assert.Equal((seed.Owen, "Owen Price", OrganisationRole.Member, "Garw Valley Timebank"),
            (l.PersonId!.Value, l.PersonName, l.Role!.Value, l.Organisation!.Name)));
        Assert.False(owen.HasNewer || owen.HasOlder);

        // The command line is no person: its entries are kept, with no actor's name, and say whom they were about.
        var alex = await log.PageAsync(new AuditLogFilter(seed.Admin, null), null, null, 50);
        var byCommandLine = alex.Lines.Where(l => l.Entry.ByCommandLine).ToList();
        // Made in one act, so in one millisecond: their order between themselves is the ids' random part.
        Assert.Equal([AuditActions.PersonCreated, AuditActions.SiteAdminGranted], byCommandLine.Select(l => l.Entry.Action).Order());
        Assert.All(byCommandLine, l => Assert.Equal((null, "Alex Admin", null), (l.ActorName, l.PersonName, l.Organisation)));
        // Everything Alex did counts too: the organisations, Edna's record, Owen's decision.
        Assert.Equal(7, alex.Lines.Count);

        var edna = Assert.Single(await log.RecentForPersonAsync(seed.Edna, limit: 1));
        Assert.Equal(("Alex Admin", "Edna Price", seed.Timebank), (edna.ActorName, edna.PersonName, edna.Organisation!.Id));
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task An_organisations_entries_are_only_its_own_and_filters_combine(TestProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var seed = await SeedAsync(database, filler: 0);
        var log = database.Services.GetRequiredService<AuditLog>();

        var timebank = await log.PageAsync(new AuditLogFilter(null, seed.Timebank), null, null, 50);
        var other = await log.PageAsync(new AuditLogFilter(null, seed.Other), null, null, 50);
        var ednaThere = await log.PageAsync(new AuditLogFilter(seed.Edna, seed.Timebank), null, null, 50);
        var ednaElsewhere = await log.PageAsync(new AuditLogFilter(seed.Edna, seed.Other), null, null, 50);
        var nobody = await log.PageAsync(new AuditLogFilter(Guid.CreateVersion7(), null), null, null, 50);

        Assert.Equal(5, timebank.Lines.Count);
        Assert.All(timebank.Lines, l => Assert.Equal(seed.Timebank, l.Entry.OrganisationId));
        Assert.Equal(AuditActions.OrganisationCreated, Assert.Single(other.Lines).Entry.Action);
        Assert.Equal([AuditActions.MembershipApproved, AuditActions.PersonCreated], ednaThere.Lines.Select(l => l.Entry.Action).Order());
        Assert.Empty(ednaElsewhere.Lines);
        Assert.Empty(nobody.Lines);

        // An entry that names only her membership (no actor or on-behalf-of her) is hers too, with its role.
        await using (var db = await database.OpenContextAsync())
        {
            var membership = await db.Memberships.Where(m => m.PersonId == seed.Edna).Select(m => m.Id).SingleAsync();
            db.AuditEntries.Add(new AuditEntry(database.Clock.GetUtcNow(), AuditActions.RoleTaken, seed.Admin, null, seed.Timebank, membership));
            await db.SaveChangesAsync();
        }

        var taken = (await log.PageAsync(new AuditLogFilter(seed.Edna, null), null, null, 50)).Lines[0];
        Assert.Equal((AuditActions.RoleTaken, seed.Edna, "Edna Price", OrganisationRole.Member),
            (taken.Entry.Action, taken.PersonId!.Value, taken.PersonName, taken.Role!.Value));
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task Pages_run_back_and_forth_by_keyset_with_every_entry_once_in_time_order(TestProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var seed = await SeedAsync(database, Filler);
        var log = database.Services.GetRequiredService<AuditLog>();
        var inTimebank = new AuditLogFilter(null, seed.Timebank);

        var pages = new List<AuditLogPage> { await log.PageAsync(inTimebank, null, null, 25) };
        while (pages[^1].HasOlder)
        {
            pages.Add(await log.PageAsync(inTimebank, pages[^1].Lines[^1].Entry.Id, null, 25));
        }

        var entries = pages.SelectMany(p => p.Lines).Select(l => l.Entry).ToList();
        Assert.Equal(Filler + 5, entries.Count);
        Assert.Equal(entries.Count, entries.Select(e => e.Id).Distinct().Count());
        Assert.Equal(entries.OrderByDescending(e => e.At).Select(e => e.Id), entries.Select(e => e.Id));
        Assert.False(pages[0].HasNewer);
        Assert.All(pages.Skip(1), p => Assert.True(p.HasNewer));
        Assert.Equal(Filler + 5 - 25 * (pages.Count - 1), pages[^1].Lines.Count);

        // Back from the last page: the page before it, exactly; near the top, the newest page rather than a short one.
        var back = await log.PageAsync(inTimebank, null, pages[^1].Lines[0].Entry.Id, 25);
        Assert.Equal(pages[^2].Lines.Select(l => l.Entry.Id), back.Lines.Select(l => l.Entry.Id));
        var top = await log.PageAsync(inTimebank, null, pages[0].Lines[3].Entry.Id, 25);
        Assert.Equal(pages[0].Lines.Select(l => l.Entry.Id), top.Lines.Select(l => l.Entry.Id));

        // Any id is a place to start from; one older than everything gives an empty page with no links.
        var beforeEverything = await log.PageAsync(inTimebank, Guid.Empty, null, 25);
        Assert.Equal((0, false, false), (beforeEverything.Lines.Count, beforeEverything.HasNewer, beforeEverything.HasOlder));
        var huge = await log.PageAsync(AuditLogFilter.None, null, null, 100_000);
        Assert.Equal(AuditLog.MaximumPageSize, huge.Lines.Count);
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task A_persons_pages_run_back_and_forth_too(TestProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var seed = await SeedAsync(database, Filler);
        var log = database.Services.GetRequiredService<AuditLog>();
        var edna = new AuditLogFilter(seed.Edna, null);

        var newest = await log.PageAsync(edna, null, null, 50);
        var older = await log.PageAsync(edna, newest.Lines[^1].Entry.Id, null, 50);

        Assert.Equal((50, false, true), (newest.Lines.Count, newest.HasNewer, newest.HasOlder));
        Assert.Equal((50, true, true), (older.Lines.Count, older.HasNewer, older.HasOlder));
        Assert.True(newest.Lines[^1].Entry.At > older.Lines[0].Entry.At);
    }

    private sealed record Seeded(Guid Admin, Guid Edna, Guid Owen, Guid Timebank, Guid Other);

    /// <summary>
    /// A site admin from the command line, two organisations, a member recorded by the admin, a request to join
    /// declined, and <paramref name="filler"/> more changes to the member's details in the timebank.
    /// </summary>
    private static async Task<Seeded> SeedAsync(TestDatabase database, int filler)
    {
        var services = database.Services;
        var admin = (await services.GetRequiredService<SiteAdminService>().AddAsync("alex@example.org", "Alex Admin")).Value!.PersonId;
        var organisations = services.GetRequiredService<OrganisationService>();
        var timebank = (await organisations.CreateAsync(admin, OrganisationTestData.GarwTimebank())).Value!.Id;
        var other = (await organisations.CreateAsync(admin, OrganisationTestData.GarwTimebank("Nightrider", null, "Denbighshire"))).Value!.Id;
        var people = services.GetRequiredService<PeopleService>();
        var edna = (await people.CreateMemberWithoutLoginAsync(admin, timebank, Profile("Edna Price"))).Value!.Id;

        await using var db = await database.OpenContextAsync();
        var owen = new Person(Guid.CreateVersion7(), Profile("Owen Price"), database.Clock.GetUtcNow(), null, isDemo: false);
        db.People.Add(owen);
        await db.SaveChangesAsync();
        var request = (await people.RequestToJoinAsync(owen.Id, timebank)).Value!.Id;
        Assert.True((await people.DecideAsync(admin, request, approve: false)).Succeeded);

        for (var i = 0; i < filler; i++)
        {
            db.AuditEntries.Add(new AuditEntry(database.Clock.GetUtcNow(), AuditActions.ProfileUpdated, admin, edna, timebank, edna));
        }

        await db.SaveChangesAsync();
        return new Seeded(admin, edna, owen.Id, timebank, other);
    }

    private static PersonProfile Profile(string name) => new(name, Language.English, null, null, null, null, ConsentChoices.None);
}
