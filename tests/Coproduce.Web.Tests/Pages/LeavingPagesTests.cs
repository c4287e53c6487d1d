using System.Net;
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

        using var left = await browser.PostFormAsync(path, [new("Input.Reason", "Not enough time this year")]);

        Assert.Equal(HttpStatusCode.Redirect, left.StatusCode);
        Assert.Contains("You have left Garw Valley Timebank", await browser.GetHtmlAsync(path), StringComparison.Ordinal);
        Assert.Empty(await ActiveRolesAsync(app, timebank, megan));
        Assert.Contains("You do not hold a role at Garw Valley Timebank", await browser.GetHtmlAsync(path), StringComparison.Ordinal);
    }

    private static Task<List<OrganisationRole>> ActiveRolesAsync(CoproduceWebApp app, Guid organisation, Guid person) =>
        app.Db(db => db.Memberships.Where(m => m.OrganisationId == organisation && m.PersonId == person && m.Status == MembershipStatus.Active)
            .Select(m => m.Role).ToListAsync());

    private static async Task<(Guid Timebank, Guid Person)> IdsAsync(CoproduceWebApp app, string name) =>
        (await app.Db(db => db.Organisations.Where(o => o.Name == "Garw Valley Timebank").Select(o => o.Id).SingleAsync()),
         await app.Db(db => db.People.Where(p => p.Profile.Name == name).Select(p => p.Id).SingleAsync()));
}
