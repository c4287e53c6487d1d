using System.Net;
using System.Text.RegularExpressions;
using Coproduce.Core.People;
using Coproduce.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Coproduce.Web.Tests.Pages;

/// <summary>The coordinator's members list for a big organisation: pages, search, and deciding a request from it.</summary>
public partial class MembersListTests
{
    [Fact]
    public async Task A_big_timebank_is_listed_fifty_at_a_time_with_govuk_pagination_and_search_in_both_languages()
    {
        await using var app = await CoproduceWebApp.StartAsync(TestProvider.Sqlite);
        var timebank = await AddMembersAsync(app, 250);
        using var sian = app.CreateBrowser();
        await sian.SignInAsync("sian@coproduce.test");
        var path = $"/organisations/{timebank}/members";

        var first = WebUtility.HtmlDecode(await sian.GetHtmlAsync(path));
        var second = WebUtility.HtmlDecode(await sian.GetHtmlAsync(path + "?page=2"));
        var last = WebUtility.HtmlDecode(await sian.GetHtmlAsync(path + "?page=6"));
        var nonsense = WebUtility.HtmlDecode(await sian.GetHtmlAsync(path + "?page=two"));

        // 250 added, plus the demo's Megan, Huw, Siân, Gareth, Edna, Glyn and Dilys, and Owen waiting: 258 people, 6 pages.
        Assert.Equal(50, MemberLinks().Count(first) + 1); // Owen waits (no link); the other 49 are members.
        Assert.Contains("Requests to join (1)", first, StringComparison.Ordinal);
        Assert.Contains("Members (257)", first, StringComparison.Ordinal);
        Assert.Contains("class=\"govuk-pagination\"", first, StringComparison.Ordinal);
        Assert.Contains($"href=\"{path}?page=2\" rel=\"next\"", first, StringComparison.Ordinal);
        Assert.Contains("aria-current=\"page\">1</a>", first, StringComparison.Ordinal);
        Assert.Contains("aria-current=\"page\">2</a>", second, StringComparison.Ordinal);
        Assert.Contains("rel=\"prev\"", second, StringComparison.Ordinal);
        Assert.Equal(50, MemberLinks().Count(second));
        Assert.Empty(MemberLinks().Matches(first).Select(m => m.Value).Intersect(MemberLinks().Matches(second).Select(m => m.Value)));
        Assert.Equal(8, MemberLinks().Count(last));
        Assert.DoesNotContain("rel=\"next\"", last, StringComparison.Ordinal);
        Assert.Contains("aria-current=\"page\">1</a>", nonsense, StringComparison.Ordinal);

        var found = WebUtility.HtmlDecode(await sian.GetHtmlAsync(path + "?q=LLOYD+0123"));
        Assert.Contains("Bethan Lloyd 0123", found, StringComparison.Ordinal);
        Assert.Single(MemberLinks().Matches(found));
        Assert.Contains("1 found for ‘LLOYD 0123’", found, StringComparison.Ordinal);
        var byPhone = WebUtility.HtmlDecode(await sian.GetHtmlAsync(path + "?q=" + Uri.EscapeDataString("01656 87 0200")));
        Assert.Contains("Bethan Lloyd 0200", byPhone, StringComparison.Ordinal);
        var manyFound = WebUtility.HtmlDecode(await sian.GetHtmlAsync(path + "?q=lloyd&page=2"));
        Assert.Contains($"href=\"{path}?q=lloyd&page=3\" rel=\"next\"", manyFound.Replace("&amp;", "&", StringComparison.Ordinal), StringComparison.Ordinal);

        var welsh = WebUtility.HtmlDecode(await sian.GetHtmlAsync("/cy" + path + "?page=2"));
        Assert.Contains("Tudalen 2", welsh, StringComparison.Ordinal);
        Assert.Contains("Nesaf", welsh, StringComparison.Ordinal);
        Assert.Contains($"href=\"/cy{path}?page=3\"", welsh, StringComparison.Ordinal);
        Assert.Contains("Chwilio am aelod", welsh, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_request_is_approved_from_a_page_of_a_big_list_and_pages_are_compressed()
    {
        await using var app = await CoproduceWebApp.StartAsync(TestProvider.Sqlite);
        var timebank = await AddMembersAsync(app, 120);
        using var sian = app.CreateBrowser();
        await sian.SignInAsync("sian@coproduce.test");
        var path = $"/organisations/{timebank}/members";
        var owen = await app.Db(db => db.Memberships.Where(m => m.OrganisationId == timebank && m.Status == MembershipStatus.Requested)
            .Select(m => m.Id).SingleAsync());

        using var approved = await sian.PostFormAsync(path + "?page=3", [new("membershipId", owen.ToString())], action: path + "?handler=Approve");

        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
        Assert.Contains("Owen Davies is now a member", WebUtility.HtmlDecode(await sian.GetHtmlAsync(path)), StringComparison.Ordinal);
        Assert.Equal(MembershipStatus.Active, await app.Db(db => db.Memberships.Where(m => m.Id == owen).Select(m => m.Status).SingleAsync()));

        using var compressed = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        compressed.Headers.AcceptEncoding.ParseAdd("br");
        using var response = await sian.SendAsync(compressed, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("br", Assert.Single(response.Content.Headers.ContentEncoding));
    }

    // 250 members with no login: "Bethan Lloyd 0001"..., phones 01656 870001... (added straight to the database: the
    // test is about listing them, and the service would take a commit each).
    private static async Task<Guid> AddMembersAsync(CoproduceWebApp app, int count) => await app.Db(async db =>
    {
        var timebank = await db.Organisations.Where(o => o.Name == "Garw Valley Timebank").Select(o => o.Id).SingleAsync();
        var now = DateTimeOffset.UtcNow;
        for (var i = 1; i <= count; i++)
        {
            var person = new Person(Guid.CreateVersion7(), new PersonProfile($"Bethan Lloyd {i:0000}", Language.English, null,
                $"01656 870{i:000}", null, null, ConsentChoices.None), now, null, isDemo: false);
            var membership = new Membership(Guid.CreateVersion7(), person.Id, timebank, OrganisationRole.Member, now, person.Id);
            membership.Approve(person.Id, now);
            db.People.Add(person);
            db.Memberships.Add(membership);
        }

        await db.SaveChangesAsync();
        return timebank;
    });

    [GeneratedRegex("members/[0-9a-f-]{36}\"")]
    private static partial Regex MemberLinks();
}
