using Coproduce.Core.Audit;
using Coproduce.Core.Data;
using Coproduce.Core.Ledger;
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

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task Ending_a_membership_with_a_balance_moves_it_to_the_community_pot_and_closes_the_account(TestProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var garw = await SeedAsync(database);
        var ledger = database.Services.GetRequiredService<LedgerService>();
        var here = await OpenFundedAsync(ledger, garw.Megan, garw.Id, minutes: 180);
        var elsewhere = await OpenFundedAsync(ledger, garw.Megan, garw.Elsewhere, minutes: 60);

        Assert.True((await database.Services.GetRequiredService<MembershipEnding>().EndAsync(garw.Gareth, garw.Id, garw.Megan, "Moved away")).Succeeded);

        var closed = (await ledger.FindAccountAsync(here))!;
        Assert.Equal((false, 0L), (closed.IsOpen, closed.BalanceMinutes));
        var pot = Assert.Single(await ledger.AccountsOwnedByAsync(AccountOwnerKind.Organisation, garw.Id));
        Assert.Equal((AccountPurpose.CommunityPot, 180L, garw.Id), (pot.Purpose, pot.BalanceMinutes, pot.HeldAtOrganisationId));
        var moved = (await ledger.GetStatementAsync(here, DateTimeOffset.MinValue, DateTimeOffset.MaxValue)).Value!.Lines[^1];
        Assert.Equal((TransferKind.Donation, garw.Gareth, garw.Megan), (moved.Transfer.Kind, moved.Transfer.RecordedById, moved.Transfer.OnBehalfOfId));
        // Her account at the other organisation is hers still, and the closed one takes nothing more.
        Assert.Equal((true, 60L), ((await ledger.FindAccountAsync(elsewhere))!.IsOpen, (await ledger.FindAccountAsync(elsewhere))!.BalanceMinutes));
        var late = await ledger.PostAsync(Transfer(pot.Id, here, 30, "late"));
        Assert.Equal("Ledger.AccountClosed", Assert.Single(late.Errors).Code);
        Assert.Empty(await database.Invariants.CheckAsync());
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task Hours_a_leaver_owes_are_cleared_from_the_pot(TestProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var garw = await SeedAsync(database);
        var ledger = database.Services.GetRequiredService<LedgerService>();
        var here = await OpenFundedAsync(ledger, garw.Megan, garw.Id, minutes: -120);

        Assert.True((await database.Services.GetRequiredService<MembershipEnding>().EndAsync(garw.Megan, garw.Id, garw.Megan, "Moving on")).Succeeded);

        Assert.Equal((false, 0L), ((await ledger.FindAccountAsync(here))!.IsOpen, (await ledger.FindAccountAsync(here))!.BalanceMinutes));
        var pot = (await ledger.AccountsOwnedByAsync(AccountOwnerKind.Organisation, garw.Id)).Single(a => a.Purpose == AccountPurpose.CommunityPot);
        Assert.Equal(-120L, pot.BalanceMinutes);
        Assert.Empty(await database.Invariants.CheckAsync());
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task An_organisation_that_settles_first_ends_a_membership_only_at_a_zero_balance(TestProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var garw = await SeedAsync(database);
        await using (var db = await database.OpenContextAsync())
        {
            await db.Organisations.Where(o => o.Id == garw.Id).ExecuteUpdateAsync(u => u.SetProperty(o => o.LeavingBalance, LeavingBalancePolicy.SettleFirst));
        }

        var ledger = database.Services.GetRequiredService<LedgerService>();
        var ending = database.Services.GetRequiredService<MembershipEnding>();
        var here = await OpenFundedAsync(ledger, garw.Megan, garw.Id, minutes: 90);

        var refused = await ending.EndAsync(garw.Gareth, garw.Id, garw.Megan, "Moved away");

        var error = Assert.Single(refused.Errors);
        Assert.Equal(("Leaving.SettleFirst", new Balance(90)), (error.Code, (Balance)error.Arguments[0]));
        await using (var db = await database.OpenContextAsync())
        {
            Assert.False(await db.Memberships.AnyAsync(m => m.Status == MembershipStatus.Ended));
            Assert.False(await db.OutboxMessages.AnyAsync());
        }

        Assert.Equal((true, 90L), ((await ledger.FindAccountAsync(here))!.IsOpen, (await ledger.FindAccountAsync(here))!.BalanceMinutes));

        // She gives her hours away; now the membership ends and the settled account closes, with no pot opened.
        var friend = await OpenFundedAsync(ledger, garw.Sian, garw.Id, minutes: 0);
        Assert.True((await ledger.PostAsync(Transfer(here, friend, 90, "gift"))).Succeeded);
        Assert.True((await ending.EndAsync(garw.Gareth, garw.Id, garw.Megan, "Moved away")).Succeeded);
        Assert.False((await ledger.FindAccountAsync(here))!.IsOpen);
        Assert.DoesNotContain(await ledger.AccountsOwnedByAsync(AccountOwnerKind.Organisation, garw.Id), a => a.Purpose == AccountPurpose.CommunityPot);
    }

    /// <summary>A member's account at the organisation, brought to <paramref name="minutes"/> from an issuing account.</summary>
    private static async Task<Guid> OpenFundedAsync(LedgerService ledger, Guid memberId, Guid organisationId, long minutes)
    {
        var account = (await ledger.OpenAccountAsync(new OpenAccountRequest(AccountOwnerKind.Member, "Member " + memberId, memberId,
            MinimumBalanceMinutes: Math.Min(0, minutes), HeldAtOrganisationId: organisationId))).Value!.Id;
        if (minutes != 0)
        {
            var issuer = (await ledger.OpenAccountAsync(new OpenAccountRequest(AccountOwnerKind.System, "Issued " + account, MinimumBalanceMinutes: null))).Value!.Id;
            var (from, to) = minutes > 0 ? (issuer, account) : (account, issuer);
            Assert.True((await ledger.PostAsync(Transfer(from, to, Math.Abs(minutes), "fund " + account))).Succeeded);
        }

        return account;
    }

    private static TransferRequest Transfer(Guid from, Guid to, long minutes, string key) => new()
    {
        FromAccountId = from,
        ToAccountId = to,
        Amount = Hours.FromMinutes(minutes),
        Kind = TransferKind.Grant,
        Description = "Test hours",
        IdempotencyKey = key,
    };

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
