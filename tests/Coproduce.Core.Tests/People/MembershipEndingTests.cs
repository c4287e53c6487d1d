using Coproduce.Core.Audit;
using Coproduce.Core.Data;
using Coproduce.Core.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Coproduce.Core.Tests.People.PeopleTestData;

namespace Coproduce.Core.Tests.People;

/// <summary>Leaving an organisation, or a coordinator ending a membership, with a reason, on both databases.</summary>
public class MembershipEndingTests
{
    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task An_admin_ends_a_membership_every_role_ends_and_the_rest_stays(TestProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var garw = await SeedAsync(database);
        var ending = database.Services.GetRequiredService<MembershipEnding>();

        var ended = await ending.EndAsync(garw.Gareth, garw.Id, garw.Megan, "  Moved to Cardiff  ");

        Assert.True(ended.Succeeded);
        await using var db = await database.OpenContextAsync();
        var hers = await db.Memberships.Where(m => m.PersonId == garw.Megan).ToListAsync();
        var here = hers.Where(m => m.OrganisationId == garw.Id).ToList();
        Assert.Equal(2, here.Count);
        Assert.All(here, m => Assert.Equal((MembershipStatus.Ended, garw.Gareth, "Moved to Cardiff"), (m.Status, m.EndedById, m.EndReason)));
        // Her membership elsewhere carries on, and her record stays.
        Assert.Equal(MembershipStatus.Active, hers.Single(m => m.OrganisationId == garw.Elsewhere).Status);
        Assert.True(await db.People.AnyAsync(p => p.Id == garw.Megan));
        Assert.Equal(2, await db.AuditEntries.CountAsync(a => a.Action == AuditActions.MembershipEnded && a.OnBehalfOfId == garw.Megan));
        var email = await db.OutboxMessages.SingleAsync(m => m.PersonId == garw.Megan);
        Assert.Equal("cy", email.Language);
        Assert.Contains("Moved to Cardiff", email.Body, StringComparison.Ordinal);
        Assert.Contains("Banc Amser Cwm Garw", email.Subject, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task A_member_leaves_of_their_own_accord(TestProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var garw = await SeedAsync(database);
        var ending = database.Services.GetRequiredService<MembershipEnding>();

        Assert.True((await ending.EndAsync(garw.Megan, garw.Elsewhere, garw.Megan, "Too far to travel")).Succeeded);

        await using var db = await database.OpenContextAsync();
        Assert.Equal(MembershipStatus.Ended, (await db.Memberships.SingleAsync(m => m.PersonId == garw.Megan && m.OrganisationId == garw.Elsewhere)).Status);
        Assert.Equal(2, await db.Memberships.CountAsync(m => m.PersonId == garw.Megan && m.OrganisationId == garw.Id && m.Status == MembershipStatus.Active));
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task Refusals_end_nothing(TestProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var garw = await SeedAsync(database);
        var ending = database.Services.GetRequiredService<MembershipEnding>();

        async Task<string> Refusal(Guid actor, Guid person, string? reason)
        {
            var result = await ending.EndAsync(actor, garw.Id, person, reason);
            Assert.False(result.Succeeded);
            return Assert.Single(result.Errors).Code;
        }

        Assert.Equal("Leaving.ReasonRequired", await Refusal(garw.Gareth, garw.Megan, " \u200B "));
        Assert.Equal("Leaving.ReasonTooLong", await Refusal(garw.Gareth, garw.Megan, new string('a', MembershipEnding.MaximumReasonLength + 1)));
        Assert.Equal("Text.DirectionControl", await Refusal(garw.Gareth, garw.Megan, "Moved\u202E away"));
        Assert.Equal("People.NotCoordinator", await Refusal(garw.Megan, garw.Sian, "No reason"));
        // A coordinator can't end an admin's or another coordinator's membership; that takes an admin.
        Assert.Equal("People.NotCoordinator", await Refusal(garw.Sian, garw.Gareth, "No reason"));
        Assert.Equal("Leaving.LastAdmin", await Refusal(garw.Gareth, garw.Gareth, "Retiring"));
        Assert.Equal("People.NotOnList", await Refusal(garw.Gareth, garw.Stranger, "Never joined"));

        await using var db = await database.OpenContextAsync();
        Assert.False(await db.Memberships.AnyAsync(m => m.Status == MembershipStatus.Ended));
        Assert.False(await db.OutboxMessages.AnyAsync());
        await db.Organisations.Where(o => o.Id == garw.Id).ExecuteUpdateAsync(u => u
            .SetProperty(o => o.Status, OrganisationStatus.Suspended).SetProperty(o => o.SuspendedAt, database.Clock.GetUtcNow())
            .SetProperty(o => o.SuspensionReason, "Under review"));
        Assert.Equal("Organisation.Suspended", await Refusal(garw.Gareth, garw.Megan, "Moved away"));
    }

    private static async Task<Garw> SeedAsync(TestDatabase database)
    {
        await using var db = await database.OpenContextAsync();
        var now = database.Clock.GetUtcNow();
        var timebank = AddOrganisation(db, now, OrganisationKind.Timebank, "Garw Valley Timebank", "Banc Amser Cwm Garw");
        var elsewhere = AddOrganisation(db, now, OrganisationKind.CommunityGroup, "My Life My Way");
        var gareth = Add(db, now, "Gareth Evans", Language.English, (timebank.Id, OrganisationRole.OrganisationAdmin));
        var sian = Add(db, now, "Siân Jones", Language.Welsh, (timebank.Id, OrganisationRole.Coordinator));
        var megan = Add(db, now, "Megan Price", Language.Welsh, (timebank.Id, OrganisationRole.Member), (timebank.Id, OrganisationRole.Coordinator),
            (elsewhere.Id, OrganisationRole.Member));
        var stranger = Add(db, now, "Rhys Hughes", Language.English);
        await db.SaveChangesAsync();
        return new Garw(timebank.Id, elsewhere.Id, gareth, sian, megan, stranger);
    }

    private static Guid Add(CoproduceDbContext db, DateTimeOffset now, string name, Language language, params (Guid, OrganisationRole)[] roles) =>
        AddPerson(db, now, name, language, EmailOf(name), login: null, roles).Id;

    private sealed record Garw(Guid Id, Guid Elsewhere, Guid Gareth, Guid Sian, Guid Megan, Guid Stranger);
}
