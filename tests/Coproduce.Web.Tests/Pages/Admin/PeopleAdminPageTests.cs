using System.Net;
using Coproduce.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Coproduce.Web.Tests.Pages.Admin;

/// <summary>The site admin's people pages over HTTP, on the demo community, in English and Welsh.</summary>
public class PeopleAdminPageTests
{
    [Fact]
    public async Task Everyone_is_listed_with_their_login_site_admin_and_roles_and_found_by_name_phone_or_email()
    {
        await using var app = await CoproduceWebApp.StartAsync(TestProvider.Sqlite);
        using var admin = app.CreateBrowser();
        await admin.SignInAsync("admin@coproduce.test");

        var all = await PageAsync(admin, "/admin/people");
        Assert.Contains("<h1 class=\"govuk-heading-l\">People</h1>", all, StringComparison.Ordinal);
        Assert.Contains(">Edna Price</a>", all, StringComparison.Ordinal);
        Assert.Contains(">Alex Powell</a>", all, StringComparison.Ordinal);
        Assert.Contains("<a class=\"govuk-service-navigation__link\" href=\"/admin/people\">People</a>", all, StringComparison.Ordinal);

        var edna = await PageAsync(admin, "/admin/people?q=01656+870+112");
        Assert.Contains("1 found for ‘01656 870 112’", edna, StringComparison.Ordinal);
        Assert.Contains(">Edna Price</a>", edna, StringComparison.Ordinal);
        Assert.DoesNotContain("Alex Powell</a>", edna, StringComparison.Ordinal);
        // No email, no login, no site admin; a member of the timebank.
        Assert.Contains("<td class=\"govuk-table__cell app-break-anywhere\">Not given</td>", edna, StringComparison.Ordinal);
        Assert.Equal(2, CountOf(edna, "<td class=\"govuk-table__cell\">No</td>"));
        Assert.Contains("<li><span>Garw Valley Timebank</span>: Member</li>", edna, StringComparison.Ordinal);

        var alex = await PageAsync(admin, "/admin/people?q=ADMIN%40coproduce.TEST");
        Assert.Contains(">Alex Powell</a>", alex, StringComparison.Ordinal);
        Assert.Equal(2, CountOf(alex, "<td class=\"govuk-table__cell\">Yes</td>"));
        Assert.Contains("<td class=\"govuk-table__cell\">None</td>", alex, StringComparison.Ordinal);

        var nobody = await PageAsync(admin, "/admin/people?q=zzz+nobody");
        Assert.Contains("0 found for ‘zzz nobody’", nobody, StringComparison.Ordinal);
        Assert.Contains("No one matches ‘zzz nobody’.", nobody, StringComparison.Ordinal);
        Assert.DoesNotContain("<table", nobody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_Welsh_list_names_organisations_and_roles_in_Welsh_and_odd_page_numbers_are_the_nearest_page()
    {
        await using var app = await CoproduceWebApp.StartAsync(TestProvider.Sqlite);
        using var admin = app.CreateBrowser();
        await admin.SignInAsync("admin@coproduce.test");

        var welsh = await PageAsync(admin, "/cy/admin/people?q=edna");
        Assert.Contains("<h1 class=\"govuk-heading-l\">Pobl</h1>", welsh, StringComparison.Ordinal);
        Assert.Contains("Chwilio am bobl", welsh, StringComparison.Ordinal);
        Assert.Contains("1 wedi'u canfod ar gyfer ‘edna’", welsh, StringComparison.Ordinal);
        Assert.Contains("<li><span>Banc Amser Cwm Garw</span>: Aelod</li>", welsh, StringComparison.Ordinal);
        Assert.Contains("href=\"/cy/admin/people/", welsh, StringComparison.Ordinal);
        Assert.Contains("Does neb yn cyfateb i ‘dim neb’", await PageAsync(admin, "/cy/admin/people?q=dim+neb"), StringComparison.Ordinal);

        foreach (var page in new[] { "0", "-1", "abc", "99999999999", "2147483647" })
        {
            Assert.Contains(">Edna Price</a>", await PageAsync(admin, "/admin/people?page=" + page), StringComparison.Ordinal);
        }

        // A search longer than anyone's details is cut to its first hundred characters; one given twice is read as one, joined by a comma.
        Assert.Contains("0 found for ‘" + new string('e', 100) + "’", await PageAsync(admin, "/admin/people?q=" + new string('e', 2000)), StringComparison.Ordinal);
        Assert.Contains("0 found for ‘edna,x’", await PageAsync(admin, "/admin/people?q=edna&q=x"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_persons_page_shows_their_memberships_and_recent_entries_and_links_to_the_log_filtered_to_them()
    {
        await using var app = await CoproduceWebApp.StartAsync(TestProvider.Sqlite);
        using var admin = app.CreateBrowser();
        await admin.SignInAsync("admin@coproduce.test");
        var (edna, owen) = await app.Db(async db => (
            await db.People.Where(p => p.Profile.Name == "Edna Price").Select(p => p.Id).SingleAsync(),
            await db.People.Where(p => p.Profile.Name == "Owen Davies").Select(p => p.Id).SingleAsync()));

        var page = await PageAsync(admin, $"/admin/people/{edna}");
        Assert.Contains("<h1 class=\"govuk-heading-l\">Edna Price</h1>", page, StringComparison.Ordinal);
        Assert.Contains("01656 870112", page, StringComparison.Ordinal);
        Assert.Contains(">Garw Valley Timebank</a></td>", page, StringComparison.Ordinal);
        Assert.Contains("<td class=\"govuk-table__cell\">Active</td>", page, StringComparison.Ordinal);
        Assert.Contains("A record for Edna Price was made by Siân Jones.", page, StringComparison.Ordinal);
        Assert.Contains($"href=\"/admin/audit?person={edna}\">See every entry for Edna Price in the audit log</a>", page, StringComparison.Ordinal);

        var owensPage = await PageAsync(admin, $"/cy/admin/people/{owen}");
        Assert.Contains("<td class=\"govuk-table__cell\">Wedi gofyn am gael ymuno</td>", owensPage, StringComparison.Ordinal);
        Assert.Contains("Gwnaed cais i Owen Davies ymuno fel aelod gan Owen Davies.", owensPage, StringComparison.Ordinal);

        using var unknown = await admin.GetAsync(new Uri($"/admin/people/{Guid.CreateVersion7()}", UriKind.Relative), TestContext.Current.CancellationToken);
        using var notAnId = await admin.GetAsync(new Uri("/admin/people/edna", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound), (unknown.StatusCode, notAnId.StatusCode));
    }

    private static async Task<string> PageAsync(HttpClient browser, string path) => WebUtility.HtmlDecode(await browser.GetHtmlAsync(path));

    private static int CountOf(string html, string part) => (html.Length - html.Replace(part, string.Empty, StringComparison.Ordinal).Length) / part.Length;
}
