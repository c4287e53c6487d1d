using Coproduce.Core.Data;
using Coproduce.Core.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Coproduce.Core.Tests.People;

/// <summary>An organisation of a few hundred people, listed a page at a time, searched and counted by the database.</summary>
public class MembersPageTests
{
    private const int Members = 300;
    private const int Waiting = 4;

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task Pages_are_cut_in_the_database_with_the_waiting_requests_first_and_every_person_once(TestProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var (people, timebank) = await SeedAsync(database);

        var first = await people.MembersPageAsync(timebank, search: null, page: 1, pageSize: 50);
        var all = new List<MemberListing>(first.Members);
        for (var page = 2; page <= first.PageCount; page++)
        {
            var next = await people.MembersPageAsync(timebank, search: null, page, pageSize: 50);
            Assert.True(next.Members.Count <= 50);
            all.AddRange(next.Members);
        }

        Assert.Equal((Members + Waiting, Waiting, Members, 7), (first.Total, first.Waiting, first.Active, first.PageCount));
        Assert.Equal(50, first.Members.Count);
        Assert.All(first.Members.Take(Waiting), m => Assert.NotNull(m.Request));
        Assert.All(all.Skip(Waiting), m => Assert.Null(m.Request));
        Assert.Equal(Members + Waiting, all.Select(m => m.Person.Id).Distinct().Count());
        var names = all.Skip(Waiting).Select(m => m.Person.SortName).ToList();
        Assert.Equal(names.Order(StringComparer.Ordinal), names);
        // The coordinator's two roles are one row, not two.
        Assert.Equal([OrganisationRole.Member, OrganisationRole.Coordinator],
            Assert.Single(all, m => m.Person.Profile.Name == "Aled Coordinator").Memberships.Select(r => r.Role));

        var tooFar = await people.MembersPageAsync(timebank, search: null, page: 99, pageSize: 50);
        var huge = await people.MembersPageAsync(timebank, search: null, page: 1, pageSize: 100_000);
        var activeOnly = await people.MembersPageAsync(timebank, search: null, page: 1, pageSize: 50, activeOnly: true);
        Assert.Equal(7, tooFar.Page);
        Assert.Equal(PeopleService.MaximumPageSize, huge.Members.Count);
        Assert.Equal((Members, 0), (activeOnly.Total, activeOnly.Waiting));
        Assert.All(activeOnly.Members, m => Assert.Null(m.Request));
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task A_member_asking_for_another_role_is_listed_once_among_the_waiting_and_pages_run_on_past_them(TestProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var (people, timebank) = await SeedAsync(database);
        Guid driverToBe;
        await using (var db = await database.OpenContextAsync())
        {
            driverToBe = await db.People.Where(p => p.Profile.Name == "Member 200").Select(p => p.Id).SingleAsync();
            db.Memberships.Add(new Membership(Guid.CreateVersion7(), driverToBe, timebank, OrganisationRole.Driver,
                database.Clock.GetUtcNow(), driverToBe));
            await db.SaveChangesAsync();
        }

        // Three a page: the five waiting fill page 1 and start page 2, and the members go on from there in name order.
        var first = await people.MembersPageAsync(timebank, search: null, page: 1, pageSize: 3);
        var second = await people.MembersPageAsync(timebank, search: null, page: 2, pageSize: 3);
        var third = await people.MembersPageAsync(timebank, search: null, page: 3, pageSize: 3);
        Assert.Equal((Members + Waiting, Waiting + 1, Members), (first.Total, first.Waiting, first.Active));
        Assert.All(first.Members.Concat(second.Members.Take(2)), m => Assert.NotNull(m.Request));
        Assert.Contains(driverToBe, first.Members.Concat(second.Members).Select(m => m.Person.Id));
        Assert.Equal(["Aled Coordinator", "Member 001", "Member 002", "Member 003"],
            second.Members.Skip(2).Concat(third.Members).Select(m => m.Person.Profile.Name));
        var everyone = new List<Guid>();
        for (var page = 1; page <= first.PageCount; page++)
        {
            everyone.AddRange((await people.MembersPageAsync(timebank, search: null, page, pageSize: 3)).Members.Select(m => m.Person.Id));
        }

        Assert.Equal(Members + Waiting, everyone.Distinct().Count());
        Assert.Equal(everyone.Count, everyone.Distinct().Count());

        // The API's list leaves the request out but keeps the member; a search counts the same way.
        var api = await people.MembersPageAsync(timebank, search: "member 200", page: 1, pageSize: 10, activeOnly: true);
        var search = await people.MembersPageAsync(timebank, search: "member 200", page: 1, pageSize: 10);
        Assert.Equal([OrganisationRole.Member], Assert.Single(api.Members).Memberships.Select(m => m.Role));
        Assert.Equal((1, 1, 1), (search.Total, search.Waiting, search.Active));
        Assert.Equal([OrganisationRole.Member, OrganisationRole.Driver], Assert.Single(search.Members).Memberships.Select(m => m.Role));
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task Search_finds_names_phones_emails_and_postcodes_in_any_case_on_both_databases(TestProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var (people, timebank) = await SeedAsync(database);

        async Task<IReadOnlyList<string>> Find(string search) =>
            [.. (await people.MembersPageAsync(timebank, search, page: 1, pageSize: 100)).Members.Select(m => m.Person.Profile.Name)];

        Assert.Equal(["Siân Ŵyn"], await Find("SIÂN"));
        Assert.Equal(["Siân Ŵyn"], await Find("sian wyn"));
        Assert.Equal(["Member 123"], await Find("01656 870 123"));
        Assert.Equal(["Member 123"], await Find("(01656) 870123"));
        Assert.Equal(["Member 007"], await Find("MEMBER7@Example.org"));
        Assert.Equal(["Member 042"], await Find("cf32 8aw"));
        Assert.Equal(["Member 042"], await Find("CF328AW"));
        Assert.Equal(["Waiting 2"], await Find("waiting 2"));
        Assert.Empty(await Find("%"));
        Assert.Empty(await Find("_"));
        Assert.Empty(await Find("nobody at all"));
        var many = await people.MembersPageAsync(timebank, "member 1", page: 1, pageSize: 20);
        // Names "Member 100" to "Member 199", and emails member1, member10-19 and member100-199 (the search without its
        // space): 111 people, 20 to a page.
        Assert.Equal((111, 20, 6), (many.Total, many.Members.Count, many.PageCount));
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task People_recorded_before_search_existed_are_filled_in_on_start(TestProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var (people, timebank) = await SeedAsync(database);
        await using (var db = await database.OpenContextAsync())
        {
            await db.People.ExecuteUpdateAsync(set => set.SetProperty(p => p.SearchText, string.Empty).SetProperty(p => p.SortName, string.Empty));
        }

        await DatabaseInitializer.InitializeAsync(database.Services.GetRequiredService<IDbContextFactory<CoproduceDbContext>>());

        Assert.Equal(["Member 123"], (await people.MembersPageAsync(timebank, "01656870123", 1, 10)).Members.Select(m => m.Person.Profile.Name));
        await using var after = await database.OpenContextAsync();
        Assert.False(await after.People.AnyAsync(p => p.SearchText == string.Empty || p.SortName == string.Empty));
    }

    private static async Task<(PeopleService People, Guid Timebank)> SeedAsync(TestDatabase database)
    {
        await using var db = await database.OpenContextAsync();
        var now = database.Clock.GetUtcNow();
        var timebank = new Organisation(Guid.CreateVersion7(), new OrganisationDetails(OrganisationKind.Timebank, "Garw Valley Timebank", null, "Bridgend"),
            now, createdById: null, isDemo: false);
        db.Organisations.Add(timebank);
        var coordinator = Add(db, timebank.Id, now, new PersonProfile("Aled Coordinator", Language.Welsh, null, null, null, null, ConsentChoices.None),
            OrganisationRole.Member, OrganisationRole.Coordinator);
        for (var i = 1; i < Members - 1; i++)
        {
            Add(db, timebank.Id, now, new PersonProfile($"Member {i:000}", Language.English, $"member{i}@example.org",
                $"01656 870{i:000}", i == 42 ? "3 Oxford Street, Blaengarw, CF32 8AW" : null, null, ConsentChoices.None), OrganisationRole.Member);
        }

        Add(db, timebank.Id, now, new PersonProfile("Siân Ŵyn", Language.Welsh, null, null, null, null, ConsentChoices.None), OrganisationRole.Member);
        for (var i = 1; i <= Waiting; i++)
        {
            var person = new Person(Guid.CreateVersion7(), new PersonProfile($"Waiting {i}", Language.English, null, null, null, null,
                ConsentChoices.None), now, null, false);
            db.People.Add(person);
            db.Memberships.Add(new Membership(Guid.CreateVersion7(), person.Id, timebank.Id, OrganisationRole.Member, now, person.Id));
        }

        // Someone who was declined, and a member elsewhere: neither is on this list.
        var declined = new Person(Guid.CreateVersion7(), new PersonProfile("Declined", Language.English, null, null, null, null, ConsentChoices.None), now, null, false);
        db.People.Add(declined);
        var refusal = new Membership(Guid.CreateVersion7(), declined.Id, timebank.Id, OrganisationRole.Member, now, declined.Id);
        refusal.Decline(coordinator, now);
        db.Memberships.Add(refusal);
        await db.SaveChangesAsync();
        return (database.Services.GetRequiredService<PeopleService>(), timebank.Id);
    }

    private static Guid Add(CoproduceDbContext db, Guid organisation, DateTimeOffset now, PersonProfile profile, params OrganisationRole[] roles)
    {
        var person = new Person(Guid.CreateVersion7(), profile, now, null, false);
        db.People.Add(person);
        foreach (var role in roles)
        {
            var membership = new Membership(Guid.CreateVersion7(), person.Id, organisation, role, now, person.Id);
            membership.Approve(person.Id, now);
            db.Memberships.Add(membership);
        }

        return person.Id;
    }
}
