using System.Net;
using System.Text.RegularExpressions;
using Coproduce.Core.People;
using Coproduce.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Coproduce.Web.Tests.Pages;

/// <summary>An organisation admin's page for giving and taking someone's roles, posted as a browser does.</summary>
public partial class RolesPageTests
{
    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task An_admin_gives_a_role_and_a_second_change_from_the_old_page_is_shown_the_roles_as_they_now_are(TestProvider provider)
    {
        await using var app = await CoproduceWebApp.StartAsync(provider);
        var (timebank, megan, _) = await DemoIdsAsync(app);
        using var gareth = app.CreateBrowser();
        await gareth.SignInAsync("gareth@coproduce.test");
        var path = $"/organisations/{timebank}/members/{megan}/roles";

        var form = await gareth.GetHtmlAsync(path);
        var seen = Seen(form);
        // A timebank has no drivers, so none is offered.
        Assert.Contains("value=\"Member\" checked", form, StringComparison.Ordinal);
        Assert.DoesNotContain("value=\"Driver\"", form, StringComparison.Ordinal);

        using var saved = await gareth.PostFormAsync(path, [new("Roles", "Member"), new("Roles", "Coordinator"), new("Seen", seen)]);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var member = await gareth.GetHtmlAsync($"/organisations/{timebank}/members/{megan}");
        Assert.Contains("roles have been saved", member, StringComparison.Ordinal);
        Assert.Contains("Member, Coordinator", member, StringComparison.Ordinal);

        using var stale = await gareth.PostFormAsync(path, [new("Roles", "Member"), new("Seen", seen)]);
        var staleHtml = await stale.ReadHtmlAsync();
        Assert.Contains("Someone else changed their roles while you were choosing", staleHtml, StringComparison.Ordinal);
        Assert.Contains("value=\"Coordinator\" checked", staleHtml, StringComparison.Ordinal);
        Assert.NotEqual(seen, Seen(staleHtml));
        Assert.Equal([OrganisationRole.Member, OrganisationRole.Coordinator], await ActiveRolesAsync(app, timebank, megan));
    }

    [Fact]
    public async Task Bad_choices_get_a_message_in_the_pages_language_and_change_nothing()
    {
        await using var app = await CoproduceWebApp.StartAsync(TestProvider.Sqlite);
        var (timebank, megan, garethId) = await DemoIdsAsync(app);
        using var gareth = app.CreateBrowser();
        await gareth.SignInAsync("gareth@coproduce.test");
        var path = $"/cy/organisations/{timebank}/members/{megan}/roles";
        var seen = Seen(await gareth.GetHtmlAsync(path));

        async Task<string> Post(string personPath, KeyValuePair<string, string>[] fields)
        {
            using var response = await gareth.PostFormAsync(personPath, fields);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            return await response.ReadHtmlAsync();
        }

        Assert.Contains("Nid oes rôl gyrrwr gan y math hwn o sefydliad", await Post(path, [new("Roles", "Member"), new("Roles", "Driver"), new("Seen", seen)]),
            StringComparison.Ordinal);
        Assert.Contains("Dewiswch o leiaf un rôl", await Post(path, [new("Seen", seen)]), StringComparison.Ordinal);
        Assert.Contains("Dewiswch rolau o’r rhestr", await Post(path, [new("Roles", "Mayor"), new("Seen", seen)]), StringComparison.Ordinal);
        var own = $"/cy/organisations/{timebank}/members/{garethId}/roles";
        var ownSeen = Seen(await gareth.GetHtmlAsync(own));
        Assert.Contains("Nhw yw unig weinyddwr y sefydliad hwn", await Post(own, [new("Roles", "Member"), new("Seen", ownSeen)]), StringComparison.Ordinal);

        Assert.Equal([OrganisationRole.Member], await ActiveRolesAsync(app, timebank, megan));
        Assert.Contains(OrganisationRole.OrganisationAdmin, await ActiveRolesAsync(app, timebank, garethId));
    }

    [Fact]
    public async Task A_coordinator_sees_the_roles_but_cannot_change_them()
    {
        await using var app = await CoproduceWebApp.StartAsync(TestProvider.Sqlite);
        var (timebank, megan, _) = await DemoIdsAsync(app);
        using var sian = app.CreateBrowser();
        await sian.SignInAsync("sian@coproduce.test", DemoCommunityPassword);

        var member = await sian.GetHtmlAsync($"/organisations/{timebank}/members/{megan}");
        using var posted = await sian.PostAsync(new Uri($"/organisations/{timebank}/members/{megan}/roles", UriKind.Relative),
            new FormUrlEncodedContent([new("Roles", "OrganisationAdmin"), new("Seen", "")]), TestContext.Current.CancellationToken);

        Assert.Contains("<p class=\"govuk-body\">Member</p>", member, StringComparison.Ordinal);
        Assert.DoesNotContain("/roles\"", member, StringComparison.Ordinal);
        Assert.NotEqual(HttpStatusCode.OK, posted.StatusCode);
        Assert.Equal([OrganisationRole.Member], await ActiveRolesAsync(app, timebank, megan));
    }

    private const string DemoCommunityPassword = Core.Demo.DemoCommunity.Password;

    [GeneratedRegex("name=\"Seen\" value=\"([^\"]*)\"")]
    private static partial Regex SeenField();

    private static string Seen(string html)
    {
        var match = SeenField().Match(html);
        Assert.True(match.Success, "the form carries the version of the roles it shows");
        return match.Groups[1].Value;
    }

    private static Task<List<OrganisationRole>> ActiveRolesAsync(CoproduceWebApp app, Guid organisation, Guid person) =>
        app.Db(db => db.Memberships.Where(m => m.OrganisationId == organisation && m.PersonId == person && m.Status == MembershipStatus.Active)
            .OrderBy(m => m.Role).Select(m => m.Role).ToListAsync());

    private static async Task<(Guid Timebank, Guid Megan, Guid Gareth)> DemoIdsAsync(CoproduceWebApp app) =>
        (await app.Db(db => db.Organisations.Where(o => o.Name == "Garw Valley Timebank").Select(o => o.Id).SingleAsync()),
         await app.Db(db => db.People.Where(p => p.Profile.Name == "Megan Price").Select(p => p.Id).SingleAsync()),
         await app.Db(db => db.People.Where(p => p.Profile.Name == "Gareth Evans").Select(p => p.Id).SingleAsync()));
}
