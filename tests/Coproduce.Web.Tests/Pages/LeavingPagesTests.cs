using System.Net;
using Coproduce.Core.Ledger;
using Coproduce.Core.People;
using Coproduce.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Coproduce.Web.Tests.Pages;

/// <summary>Ending someone's membership, and leaving, with a reason, as a browser posts them.</summary>
public class LeavingPagesTests
{
    [Fact]
    public async Task An_admin_ends_a_membership_with_a_reason_and_an_empty_one_is_refused_in_welsh()
    {
        await using var app = await CoproduceWebApp.StartAsync(TestProvider.Sqlite);
        var (timebank, edna) = await IdsAsync(app, "Edna Price");
        using var gareth = app.CreateBrowser();
        await gareth.SignInAsync("gareth@coproduce.test");
        var path = $"/organisations/{timebank}/members/{edna}/end";

        using var empty = await gareth.PostFormAsync("/cy" + path, [new("Input.Reason", "   ")]);
        Assert.Equal(HttpStatusCode.OK, empty.StatusCode);
        Assert.Contains("Rhowch y rheswm pam mae’r aelodaeth yn dod i ben", await empty.ReadHtmlAsync(), StringComparison.Ordinal);
        Assert.NotEmpty(await ActiveRolesAsync(app, timebank, edna));

        using var ended = await gareth.PostFormAsync(path, [new("Input.Reason", "Moved into a care home in Porthcawl")]);
        Assert.Equal(HttpStatusCode.Redirect, ended.StatusCode);
        var members = WebUtility.HtmlDecode(await gareth.GetHtmlAsync(ended.Headers.Location!.OriginalString));
        Assert.Contains("Edna Price’s membership has ended", members, StringComparison.Ordinal);
        Assert.Empty(await ActiveRolesAsync(app, timebank, edna));
        Assert.Equal("Moved into a care home in Porthcawl",
            await app.Db(db => db.Memberships.Where(m => m.PersonId == edna && m.OrganisationId == timebank).Select(m => m.EndReason).FirstAsync()));
        // Her record stays, with its history.
        Assert.True(await app.Db(db => db.People.AnyAsync(p => p.Id == edna)));
    }

    [Fact]
    public async Task A_member_leaves_and_is_told_what_stays()
    {
        await using var app = await CoproduceWebApp.StartAsync(TestProvider.Sqlite);
        var (timebank, megan) = await IdsAsync(app, "Megan Price");
        using var browser = app.CreateBrowser();
        await browser.SignInAsync("megan@coproduce.test");
        var path = $"/organisations/{timebank}/leave";
        Assert.Contains("Leave this organisation", await browser.GetHtmlAsync($"/organisations/{timebank}"), StringComparison.Ordinal);
        var before = await app.Db(db => db.LedgerAccounts.SingleAsync(a => a.OwnerId == megan && a.HeldAtOrganisationId == timebank));
        var potBefore = await PotBalanceAsync(app, timebank);
        Assert.True(before.BalanceMinutes > 0);
        Assert.Contains("will move to the community pot", WebUtility.HtmlDecode(await browser.GetHtmlAsync(path)), StringComparison.Ordinal);

        using var left = await browser.PostFormAsync(path, [new("Input.Reason", "Not enough time this year")]);

        Assert.Equal(HttpStatusCode.Redirect, left.StatusCode);
        Assert.Contains("You have left Garw Valley Timebank", await browser.GetHtmlAsync(path), StringComparison.Ordinal);
        Assert.Empty(await ActiveRolesAsync(app, timebank, megan));
        Assert.Contains("You do not hold a role at Garw Valley Timebank", await browser.GetHtmlAsync(path), StringComparison.Ordinal);
        // Her hours went to the pot as the page said, and her account there closed.
        var after = await app.Db(db => db.LedgerAccounts.SingleAsync(a => a.Id == before.Id));
        Assert.Equal((false, 0L), (after.IsOpen, after.BalanceMinutes));
        Assert.Equal(potBefore + before.BalanceMinutes, await PotBalanceAsync(app, timebank));
    }

    [Fact]
    public async Task Where_balances_are_settled_first_a_coordinator_is_told_in_welsh_and_nothing_ends()
    {
        await using var app = await CoproduceWebApp.StartAsync(TestProvider.Sqlite);
        var (timebank, edna) = await IdsAsync(app, "Edna Price");
        await app.Db(db => db.Organisations.Where(o => o.Id == timebank)
            .ExecuteUpdateAsync(u => u.SetProperty(o => o.LeavingBalance, LeavingBalancePolicy.SettleFirst)));
        using var gareth = app.CreateBrowser();
        await gareth.SignInAsync("gareth@coproduce.test");
        var path = $"/cy/organisations/{timebank}/members/{edna}/end";

        var page = WebUtility.HtmlDecode(await gareth.GetHtmlAsync(path));
        Assert.Contains("yn setlo balansau cyn i aelodaeth ddod i ben", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Input.Reason", page, StringComparison.Ordinal);

        // A form posted anyway (an old tab) is refused in Welsh, and she stays a member.
        using var posted = await gareth.PostFormAsync(path, [new("Input.Reason", "Moved away")]);
        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        Assert.Contains("Mae’r sefydliad hwn yn setlo balansau", WebUtility.HtmlDecode(await posted.ReadHtmlAsync()), StringComparison.Ordinal);
        Assert.NotEmpty(await ActiveRolesAsync(app, timebank, edna));
    }

    private static Task<long> PotBalanceAsync(CoproduceWebApp app, Guid organisation) =>
        app.Db(db => db.LedgerAccounts.Where(a => a.HeldAtOrganisationId == organisation && a.Purpose == AccountPurpose.CommunityPot)
            .Select(a => a.BalanceMinutes).SingleAsync());

    private static Task<List<OrganisationRole>> ActiveRolesAsync(CoproduceWebApp app, Guid organisation, Guid person) =>
        app.Db(db => db.Memberships.Where(m => m.OrganisationId == organisation && m.PersonId == person && m.Status == MembershipStatus.Active)
            .Select(m => m.Role).ToListAsync());

    private static async Task<(Guid Timebank, Guid Person)> IdsAsync(CoproduceWebApp app, string name) =>
        (await app.Db(db => db.Organisations.Where(o => o.Name == "Garw Valley Timebank").Select(o => o.Id).SingleAsync()),
         await app.Db(db => db.People.Where(p => p.Profile.Name == name).Select(p => p.Id).SingleAsync()));
}
