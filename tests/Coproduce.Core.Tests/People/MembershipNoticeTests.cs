using Coproduce.Core.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Coproduce.Core.Tests.People;

/// <summary>
/// A join request tells the organisation's coordinators, and a decision tells the person, in their own languages and in
/// the act that makes it: Core queues the message, so every page and API that asks or decides behaves alike.
/// </summary>
public class MembershipNoticeTests
{
    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task A_request_and_its_decision_are_each_told_in_the_same_act(TestProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var people = database.Services.GetRequiredService<PeopleService>();
        var timebank = await CreateOrganisationAsync(database);
        var sian = await AddPersonAsync(database, "Siân Jones", "sian@example.org", Language.Welsh, timebank, OrganisationRole.Coordinator);
        var mair = await AddPersonAsync(database, "Mair Williams", "mair@example.org", Language.English, organisationId: null, role: null);

        var request = await people.RequestToJoinAsync(mair, timebank, TestContext.Current.CancellationToken);
        var toCoordinator = Assert.Single(await MessagesAsync(database));
        var decision = await people.DecideAsync(sian, request.Value!.Id, approve: true, cancellationToken: TestContext.Current.CancellationToken);
        var twice = await people.DecideAsync(sian, request.Value.Id, approve: false, cancellationToken: TestContext.Current.CancellationToken);

        Assert.True(decision.Succeeded);
        Assert.Equal("sian@example.org", toCoordinator.To);
        Assert.Equal("cy", toCoordinator.Language);
        Assert.Contains("Mair Williams", toCoordinator.Body, StringComparison.Ordinal);
        Assert.Contains($"/cy/organisations/{timebank}/members", toCoordinator.Body, StringComparison.Ordinal);
        Assert.Equal("People.RequestAlreadyDecided", Assert.Single(twice.Errors).Code);
        var messages = await MessagesAsync(database);
        Assert.Equal(2, messages.Count); // the refused second decision told nobody
        Assert.Contains(messages, m => m.To == "mair@example.org" && m.Language == "en");
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task A_refused_request_tells_nobody(TestProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var people = database.Services.GetRequiredService<PeopleService>();
        var timebank = await CreateOrganisationAsync(database);
        await AddPersonAsync(database, "Siân Jones", "sian@example.org", Language.Welsh, timebank, OrganisationRole.Coordinator);
        var megan = await AddPersonAsync(database, "Megan Price", "megan@example.org", Language.English, timebank, OrganisationRole.Member);

        var alreadyMember = await people.RequestToJoinAsync(megan, timebank, TestContext.Current.CancellationToken);

        Assert.Equal("People.AlreadyMember", Assert.Single(alreadyMember.Errors).Code);
        Assert.Empty(await MessagesAsync(database));
    }

    private static async Task<List<Core.Notifications.OutboxMessage>> MessagesAsync(TestDatabase database)
    {
        await using var db = await database.OpenContextAsync();
        return await db.OutboxMessages.AsNoTracking().OrderBy(m => m.CreatedAt).ToListAsync();
    }

    private static async Task<Guid> CreateOrganisationAsync(TestDatabase database)
    {
        await using var db = await database.OpenContextAsync();
        var organisation = new Organisation(Guid.CreateVersion7(),
            new OrganisationDetails(OrganisationKind.Timebank, "Garw Valley Timebank", "Banc Amser Cwm Garw", "Bridgend"),
            database.Clock.GetUtcNow(), createdById: null, isDemo: false);
        db.Organisations.Add(organisation);
        await db.SaveChangesAsync();
        return organisation.Id;
    }

    private static async Task<Guid> AddPersonAsync(TestDatabase database, string name, string email, Language language,
        Guid? organisationId, OrganisationRole? role)
    {
        await using var db = await database.OpenContextAsync();
        var now = database.Clock.GetUtcNow();
        var person = new Person(Guid.CreateVersion7(), new PersonProfile(name, language, email, null, null, null, ConsentChoices.None), now, null, false);
        db.People.Add(person);
        if (organisationId is { } organisation && role is { } inRole)
        {
            var membership = new Membership(Guid.CreateVersion7(), person.Id, organisation, inRole, now, person.Id);
            membership.Approve(person.Id, now);
            db.Memberships.Add(membership);
        }

        await db.SaveChangesAsync();
        return person.Id;
    }
}
