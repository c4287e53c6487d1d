using System.Text.RegularExpressions;
using Coproduce.Core.Audit;
using Coproduce.Core.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Coproduce.Core.Tests.People.PeopleTestData;

namespace Coproduce.Core.Tests.People;

/// <summary>Invitations sent, resent, withdrawn, expired and accepted, on both databases.</summary>
public partial class InvitationServiceTests
{
    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task An_invitation_is_emailed_in_its_language_and_accepting_it_gives_the_role_once(TestProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var garw = await SeedAsync(database);
        var invitations = database.Services.GetRequiredService<InvitationService>();

        var sent = await invitations.InviteAsync(garw.Sian, garw.Id, " Nia@Example.org ", OrganisationRole.Member, Language.Welsh);

        Assert.True(sent.Succeeded);
        var (invitationId, secret, body) = await LinkInEmailAsync(database, "Nia@Example.org");
        Assert.Contains("Banc Amser Cwm Garw", body, StringComparison.Ordinal);
        Assert.Contains("Siân Jones", body, StringComparison.Ordinal);
        Assert.Contains("aelod", body, StringComparison.Ordinal);
        Assert.Contains("11 Ebrill 2026", body, StringComparison.Ordinal);
        var opened = await invitations.OpenAsync(invitationId, secret);
        Assert.Equal(InvitationStanding.Open, opened!.Standing);
        Assert.Null(await invitations.OpenAsync(invitationId, secret + "0"));

        var nia = await AddPersonAsync(database, "Nia Thomas", withLoginAt: "nia@example.org");
        var accepted = await invitations.AcceptAsync(invitationId, secret, nia);
        var again = await invitations.AcceptAsync(invitationId, secret, nia);

        Assert.True(accepted.Succeeded);
        Assert.Equal("Invitation.AlreadyAccepted", Assert.Single(again.Errors).Code);
        await using var db = await database.OpenContextAsync();
        var membership = await db.Memberships.SingleAsync(m => m.PersonId == nia);
        Assert.Equal((MembershipStatus.Active, OrganisationRole.Member, garw.Sian), (membership.Status, membership.Role, membership.DecidedById));
        Assert.Equal(InvitationStatus.Accepted, (await db.Invitations.SingleAsync()).Status);
        Assert.Equal([AuditActions.InvitationSent, AuditActions.InvitationAccepted],
            await db.AuditEntries.Where(a => a.Action.StartsWith("Invitation")).OrderBy(a => a.At).Select(a => a.Action).ToListAsync());
        Assert.Equal(InvitationStanding.AlreadyAccepted, (await invitations.OpenAsync(invitationId, secret))!.Standing);

        // She holds the role now, so a second invitation to it is refused.
        var twice = await invitations.InviteAsync(garw.Gareth, garw.Id, "NIA@example.org", OrganisationRole.Member, Language.English);
        Assert.Equal("Invitation.AlreadyHoldsRole", Assert.Single(twice.Errors).Code);
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task An_expired_invitation_is_refused_until_resent_and_a_resend_retires_the_old_link(TestProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var garw = await SeedAsync(database);
        var invitations = database.Services.GetRequiredService<InvitationService>();
        var nia = await AddPersonAsync(database, "Nia Thomas", withLoginAt: "nia@example.org");
        var sent = await invitations.InviteAsync(garw.Gareth, garw.Id, "nia@example.org", OrganisationRole.Coordinator, Language.English);
        var (invitationId, oldSecret, _) = await LinkInEmailAsync(database, "nia@example.org");

        database.Clock.Advance(Invitation.Lifetime);

        Assert.Equal(InvitationStanding.Expired, (await invitations.OpenAsync(invitationId, oldSecret))!.Standing);
        Assert.True(Assert.Single(await invitations.WaitingAsync(garw.Id)).IsExpired);
        Assert.Equal("Invitation.Expired", Assert.Single((await invitations.AcceptAsync(invitationId, oldSecret, nia)).Errors).Code);
        await using (var db = await database.OpenContextAsync())
        {
            Assert.False(await db.Memberships.AnyAsync(m => m.PersonId == nia));
        }

        Assert.True((await invitations.ResendAsync(garw.Gareth, sent.Value!.Id)).Succeeded);
        var (_, newSecret, _) = await LinkInEmailAsync(database, "nia@example.org", latest: true);

        Assert.NotEqual(oldSecret, newSecret);
        Assert.Null(await invitations.OpenAsync(invitationId, oldSecret));
        Assert.Equal("Invitation.NotFound", Assert.Single((await invitations.AcceptAsync(invitationId, oldSecret, nia)).Errors).Code);
        Assert.True((await invitations.AcceptAsync(invitationId, newSecret, nia)).Succeeded);
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task A_withdrawn_invitation_can_not_be_accepted_and_the_address_can_be_invited_again(TestProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var garw = await SeedAsync(database);
        var invitations = database.Services.GetRequiredService<InvitationService>();
        var nia = await AddPersonAsync(database, "Nia Thomas", withLoginAt: null);
        var sent = await invitations.InviteAsync(garw.Sian, garw.Id, "nia@example.org", OrganisationRole.Member, Language.English);
        var (invitationId, secret, _) = await LinkInEmailAsync(database, "nia@example.org");

        Assert.True((await invitations.WithdrawAsync(garw.Sian, sent.Value!.Id)).Succeeded);

        Assert.Equal(InvitationStanding.Withdrawn, (await invitations.OpenAsync(invitationId, secret))!.Standing);
        Assert.Equal("Invitation.Withdrawn", Assert.Single((await invitations.AcceptAsync(invitationId, secret, nia)).Errors).Code);
        Assert.Equal("Invitation.Withdrawn", Assert.Single((await invitations.ResendAsync(garw.Sian, invitationId)).Errors).Code);
        Assert.Empty(await invitations.WaitingAsync(garw.Id));
        Assert.True((await invitations.InviteAsync(garw.Sian, garw.Id, "nia@example.org", OrganisationRole.Member, Language.English)).Succeeded);
        await using var db = await database.OpenContextAsync();
        Assert.False(await db.Memberships.AnyAsync(m => m.PersonId == nia));
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task Refused_invitations_store_and_send_nothing(TestProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var garw = await SeedAsync(database);
        var invitations = database.Services.GetRequiredService<InvitationService>();
        await AddPersonAsync(database, "Megan Price", withLoginAt: "megan@example.org", (garw.Id, OrganisationRole.Member));
        Assert.True((await invitations.InviteAsync(garw.Sian, garw.Id, "nia@example.org", OrganisationRole.Member, Language.English)).Succeeded);

        async Task<string> Refusal(Guid actor, string email, OrganisationRole role)
        {
            var result = await invitations.InviteAsync(actor, garw.Id, email, role, Language.English);
            Assert.False(result.Succeeded);
            return Assert.Single(result.Errors).Code;
        }

        Assert.Equal("Invitation.RoleNotYours", await Refusal(garw.Sian, "rhodri@example.org", OrganisationRole.Coordinator));
        Assert.Equal("Invitation.NotCoordinator", await Refusal(garw.OtherAdmin, "rhodri@example.org", OrganisationRole.Member));
        Assert.Equal("People.RoleNotInKind", await Refusal(garw.Gareth, "rhodri@example.org", OrganisationRole.Driver));
        Assert.Equal("Notifications.AddressInvalid", await Refusal(garw.Gareth, "rhodri at example", OrganisationRole.Member));
        Assert.Equal("Notifications.AddressRequired", await Refusal(garw.Gareth, "  ", OrganisationRole.Member));
        Assert.Equal("Invitation.AlreadyHoldsRole", await Refusal(garw.Gareth, "Megan@Example.org", OrganisationRole.Member));
        Assert.Equal("Invitation.AlreadyWaiting", await Refusal(garw.Gareth, "NIA@example.org", OrganisationRole.Member));
        Assert.Equal("Invitation.NotCoordinator", Assert.Single((await invitations.ResendAsync(garw.OtherAdmin,
            (await invitations.WaitingAsync(garw.Id))[0].Invitation.Id)).Errors).Code);
        Assert.Equal([OrganisationRole.Member], await invitations.RolesInvitableByAsync(garw.Sian, garw.Id));
        Assert.Empty(await invitations.RolesInvitableByAsync(garw.OtherAdmin, garw.Id));

        await using var db = await database.OpenContextAsync();
        await db.Organisations.Where(o => o.Id == garw.Id).ExecuteUpdateAsync(u => u
            .SetProperty(o => o.Status, OrganisationStatus.Suspended).SetProperty(o => o.SuspendedAt, database.Clock.GetUtcNow())
            .SetProperty(o => o.SuspensionReason, "Under review"));
        Assert.Equal("Organisation.Suspended", await Refusal(garw.Gareth, "rhodri@example.org", OrganisationRole.Member));

        Assert.Equal(1, await db.Invitations.CountAsync());
        Assert.Equal(1, await db.OutboxMessages.CountAsync());
        Assert.Equal(1, await db.AuditEntries.CountAsync(a => a.Action == AuditActions.InvitationSent));
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task A_site_admin_invites_a_new_organisations_first_coordinator(TestProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var garw = await SeedAsync(database);
        var invitations = database.Services.GetRequiredService<InvitationService>();
        var alex = await AddPersonAsync(database, "Alex Morgan", withLoginAt: "alex@example.org");
        await using (var db = await database.OpenContextAsync())
        {
            await db.People.Where(p => p.Id == alex).ExecuteUpdateAsync(u => u.SetProperty(p => p.IsSiteAdmin, true));
        }

        var sent = await invitations.InviteAsync(alex, garw.Empty, "sian@example.org", OrganisationRole.Coordinator, Language.English);

        Assert.True(sent.Succeeded);
        Assert.Contains(OrganisationRole.OrganisationAdmin, await invitations.RolesInvitableByAsync(alex, garw.Empty));
        var (invitationId, secret, _) = await LinkInEmailAsync(database, "sian@example.org");
        Assert.True((await invitations.AcceptAsync(invitationId, secret, garw.Sian)).Succeeded);
        await using var check = await database.OpenContextAsync();
        Assert.True(await check.Memberships.AnyAsync(m => m.PersonId == garw.Sian && m.OrganisationId == garw.Empty
            && m.Role == OrganisationRole.Coordinator && m.Status == MembershipStatus.Active));
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task Two_servers_inviting_the_same_address_at_once_send_one_invitation(TestProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var garw = await SeedAsync(database);
        var here = database.Services.GetRequiredService<InvitationService>();
        var there = database.StartAppServer().GetRequiredService<InvitationService>();

        var outcomes = await Task.WhenAll(
            Task.Run(() => here.InviteAsync(garw.Gareth, garw.Id, "nia@example.org", OrganisationRole.Member, Language.English)),
            Task.Run(() => there.InviteAsync(garw.Ffion, garw.Id, "nia@example.org", OrganisationRole.Member, Language.English)));

        Assert.Equal(1, outcomes.Count(o => o.Succeeded));
        Assert.Equal("Invitation.AlreadyWaiting", Assert.Single(outcomes.Single(o => !o.Succeeded).Errors).Code);
        await using var db = await database.OpenContextAsync();
        Assert.Equal(1, await db.Invitations.CountAsync());
        Assert.Equal(1, await db.OutboxMessages.CountAsync());
    }

    private static async Task<(Guid InvitationId, string Secret, string Body)> LinkInEmailAsync(TestDatabase database, string to, bool latest = false)
    {
        await using var db = await database.OpenContextAsync();
        var emails = await db.OutboxMessages.Where(m => m.To == to).OrderBy(m => m.CreatedAt).ToListAsync();
        var email = latest ? emails[^1] : Assert.Single(emails);
        var link = LinkPattern().Match(email.Body);
        Assert.True(link.Success, email.Body);
        return (Guid.Parse(link.Groups["id"].Value), link.Groups["code"].Value, email.Body);
    }

    [GeneratedRegex("/invitations/(?<id>[0-9a-f-]{36})\\?code=(?<code>[0-9a-f]+)")]
    private static partial Regex LinkPattern();

    private static async Task<Garw> SeedAsync(TestDatabase database)
    {
        await using var db = await database.OpenContextAsync();
        var now = database.Clock.GetUtcNow();
        var timebank = AddOrganisation(db, now, OrganisationKind.Timebank, "Garw Valley Timebank", "Banc Amser Cwm Garw");
        var elsewhere = AddOrganisation(db, now, OrganisationKind.TransportService, "Vale Evening Rider", area: "Denbighshire");
        var empty = AddOrganisation(db, now, OrganisationKind.Timebank, "Maesteg Timebank");
        await db.SaveChangesAsync();
        var gareth = await AddPersonAsync(database, "Gareth Evans", "gareth@example.org", (timebank.Id, OrganisationRole.OrganisationAdmin));
        var ffion = await AddPersonAsync(database, "Ffion Rees", "ffion@example.org", (timebank.Id, OrganisationRole.OrganisationAdmin));
        var sian = await AddPersonAsync(database, "Siân Jones", "sian@example.org", (timebank.Id, OrganisationRole.Coordinator));
        var other = await AddPersonAsync(database, "Rhys Hughes", "rhys@example.org", (elsewhere.Id, OrganisationRole.OrganisationAdmin));
        return new Garw(timebank.Id, empty.Id, gareth, ffion, sian, other);
    }

    private static async Task<Guid> AddPersonAsync(TestDatabase database, string name, string? withLoginAt, params (Guid Organisation, OrganisationRole Role)[] roles)
    {
        await using var db = await database.OpenContextAsync();
        var person = AddPerson(db, database.Clock.GetUtcNow(), name, Language.English, withLoginAt, withLoginAt, roles);
        await db.SaveChangesAsync();
        return person.Id;
    }

    private sealed record Garw(Guid Id, Guid Empty, Guid Gareth, Guid Ffion, Guid Sian, Guid OtherAdmin);
}
