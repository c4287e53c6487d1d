using Coproduce.Core.Data;
using Coproduce.Core.People;
using Microsoft.Extensions.DependencyInjection;

namespace Coproduce.Core.Tests.People;

/// <summary>Everyone on the installation as site admins list them: paged and searched in the database, on both databases.</summary>
public class PeopleDirectoryTests
{
    private const int Members = 60;

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task Everyone_is_listed_once_in_name_order_with_their_login_site_admin_and_roles(TestProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var (directory, timebank) = await SeedAsync(database);

        var first = await directory.PageAsync(search: null, page: 1, pageSize: 25);
        var all = new List<PersonListing>(first.People);
        for (var page = 2; page <= first.PageCount; page++)
        {
            all.AddRange((await directory.PageAsync(search: null, page, pageSize: 25)).People);
        }

        // The admin, Siân, the declined, and the members.
        Assert.Equal((Members + 3, 3), (first.Total, first.PageCount));
        Assert.Equal(first.Total, all.Select(p => p.Person.Id).Distinct().Count());
        var names = all.Select(p => p.Person.SortName).ToList();
        Assert.Equal(names.Order(StringComparer.Ordinal), names);

        var alex = Assert.Single(all, p => p.Person.Profile.Name == "Alex Admin");
        Assert.True(alex.HasLogin && alex.Person.IsSiteAdmin);
        Assert.Equal([(OrganisationRole.Member, timebank), (OrganisationRole.Coordinator, timebank)],
            alex.ActiveRoles.Select(r => (r.Membership.Role, r.Organisation.Id)));
        var sian = Assert.Single(all, p => p.Person.Profile.Name == "Siân Ŵyn");
        Assert.False(sian.HasLogin || sian.Person.IsSiteAdmin);
        Assert.Equal("Garw Valley Timebank", Assert.Single(sian.ActiveRoles).Organisation.Name);
        // A declined request is no role.
        Assert.Empty(Assert.Single(all, p => p.Person.Profile.Name == "Declined Person").ActiveRoles);
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task Search_looks_in_names_emails_and_phones_folded_and_pages_out_of_range_are_the_nearest(TestProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var (directory, _) = await SeedAsync(database);

        async Task<IReadOnlyList<string>> Find(string search) =>
            [.. (await directory.PageAsync(search, page: 1, pageSize: 100)).People.Select(p => p.Person.Profile.Name)];

        Assert.Equal(["Siân Ŵyn"], await Find("SIAN wyn"));
        Assert.Equal(["Alex Admin"], await Find("ALEX@example.ORG"));
        Assert.Equal(["Member 042"], await Find("01656 870 042"));
        Assert.Empty(await Find("%"));
        Assert.Empty(await Find("nobody at all"));

        var none = await directory.PageAsync("nobody at all", page: 3, pageSize: 25);
        var zero = await directory.PageAsync(null, page: 0, pageSize: 25);
        var tooFar = await directory.PageAsync(null, page: int.MaxValue, pageSize: 25);
        var huge = await directory.PageAsync(null, page: 1, pageSize: 100_000);
        Assert.Equal((0, 1, 1), (none.Total, none.Page, none.PageCount));
        Assert.Equal(1, zero.Page);
        Assert.Equal((3, Members + 3 - 50), (tooFar.Page, tooFar.People.Count));
        Assert.Equal(Members + 3, huge.People.Count);
        Assert.Equal(PeopleDirectory.MaximumPageSize, (await directory.PageAsync(null, 1, 100_000)).PageSize);
    }

    private static async Task<(PeopleDirectory Directory, Guid Timebank)> SeedAsync(TestDatabase database)
    {
        var services = database.Services;
        var admin = (await services.GetRequiredService<SiteAdminService>().AddAsync("alex@example.org", "Alex Admin")).Value!.PersonId;
        var timebank = (await services.GetRequiredService<OrganisationService>().CreateAsync(admin, OrganisationTestData.GarwTimebank())).Value!.Id;
        var now = database.Clock.GetUtcNow();
        await using var db = await database.OpenContextAsync();
        foreach (var role in new[] { OrganisationRole.Member, OrganisationRole.Coordinator })
        {
            var membership = new Membership(Guid.CreateVersion7(), admin, timebank, role, now, admin);
            membership.Approve(admin, now);
            db.Memberships.Add(membership);
        }

        for (var i = 1; i <= Members; i++)
        {
            Add(db, timebank, now, new PersonProfile($"Member {i:000}", Language.English, $"member{i}@example.org", $"01656 870{i:000}", null,
                null, ConsentChoices.None), approve: true);
        }

        Add(db, timebank, now, new PersonProfile("Siân Ŵyn", Language.Welsh, null, null, null, null, ConsentChoices.None), approve: true);
        Add(db, timebank, now, new PersonProfile("Declined Person", Language.English, null, null, null, null, ConsentChoices.None), approve: false);
        await db.SaveChangesAsync();
        return (services.GetRequiredService<PeopleDirectory>(), timebank);
    }

    private static void Add(CoproduceDbContext db, Guid organisation, DateTimeOffset now, PersonProfile profile, bool approve)
    {
        var person = new Person(Guid.CreateVersion7(), profile, now, null, false);
        db.People.Add(person);
        var membership = new Membership(Guid.CreateVersion7(), person.Id, organisation, OrganisationRole.Member, now, person.Id);
        if (approve)
        {
            membership.Approve(person.Id, now);
        }
        else
        {
            membership.Decline(person.Id, now);
        }

        db.Memberships.Add(membership);
    }
}
