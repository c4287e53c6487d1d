using System.Net;
using Coproduce.Core.Audit;
using Coproduce.Core.Data;
using Coproduce.Core.People;
using Coproduce.Web.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Coproduce.Web.Tests.Pages.Admin;

/// <summary>The site admin's organisation pages, posted as a browser does, in English and Welsh.</summary>
public class OrganisationAdminPageTests
{
    private static KeyValuePair<string, string>[] Venue(string name = "Pontycymer Community Cinema", string area = "Bridgend") =>
    [
        new("Input.Kind", "PartnerVenue"), new("Input.Name", name), new("Input.NameWelsh", "Sinema Gymunedol Pontycymer"),
        new("Input.Area", area), new("Input.Email", "hello@pontycinema.example"), new("Input.Phone", "01656 870 222"),
        new("Input.Address", "Oxford Street\nPontycymer"), new("Input.Description", "Films on Fridays; time credits accepted."),
        new("Input.DescriptionWelsh", "Ffilmiau ar ddydd Gwener; credydau amser yn cael eu derbyn."),
    ];

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task A_site_admin_creates_an_organisation_from_the_Welsh_page_and_it_is_listed_searched_and_public(TestProvider provider)
    {
        await using var app = await CoproduceWebApp.StartAsync(provider);
        using var admin = app.CreateBrowser();
        await admin.SignInAsync("admin@coproduce.test");
        var before = await app.Db(db => db.Organisations.CountAsync());

        using var bad = await admin.PostFormAsync("/cy/admin/organisations/new", [new("Input.Kind", "CouncilService"), new("Input.Name", "\u200B"),
            new("Input.Area", " "), new("Input.Email", "nid-ebost"), new("Input.Phone", "12"), new("Input.LeavingBalance", "2")]);
        var badHtml = await bad.ReadHtmlAsync();
        Assert.Contains("Mae problem wedi codi", badHtml, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#Input_Kind\">Dewiswch pa fath o sefydliad ydyw</a>", badHtml, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#Input_Name\">Rhowch enw'r sefydliad yn Saesneg</a>", badHtml, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#Input_Area\">Rhowch yr ardal y mae'n gweithio ynddi", badHtml, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#Input_Email\">Rhowch gyfeiriad e-bost y sefydliad yn y fformat cywir", badHtml, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#Input_Phone\">Rhowch rif ffôn", badHtml, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#Input_LeavingBalance\">Dewiswch beth sy'n digwydd i falans rhywun sy'n gadael</a>", badHtml, StringComparison.Ordinal);
        Assert.Contains("value=\"nid-ebost\"", badHtml, StringComparison.Ordinal);
        Assert.Equal(before, await app.Db(db => db.Organisations.CountAsync()));

        using var created = await admin.PostFormAsync("/cy/admin/organisations/new", [.. Venue(), new("Input.LeavingBalance", "SettleFirst")]);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var location = created.Headers.Location!.OriginalString;
        Assert.StartsWith("/cy/admin/organisations/", location, StringComparison.Ordinal);
        var page = await admin.GetHtmlAsync(location);
        Assert.Contains("Mae Sinema Gymunedol Pontycymer wedi cael ei greu", System.Net.WebUtility.HtmlDecode(page), StringComparison.Ordinal);
        Assert.Contains("Lleoliad partner", page, StringComparison.Ordinal);
        // On the Welsh page, the English name and description are marked as English.
        Assert.Contains("lang=\"en\">Pontycymer Community Cinema</dd>", page, StringComparison.Ordinal);
        var cinema = await app.Db(db => db.Organisations.SingleAsync(o => o.Name == "Pontycymer Community Cinema"));
        Assert.Equal((OrganisationKind.PartnerVenue, "Bridgend", "Oxford Street\nPontycymer", LeavingBalancePolicy.SettleFirst),
            (cinema.Kind, cinema.Area, cinema.Address, cinema.LeavingBalance));
        Assert.Contains("Setlo'r balans yn gyntaf", System.Net.WebUtility.HtmlDecode(page), StringComparison.Ordinal);
        Assert.Equal(AuditActions.OrganisationCreated, await app.Db(db => db.AuditEntries.Where(e => e.SubjectId == cinema.Id).Select(e => e.Action).SingleAsync()));

        using var again = await admin.PostFormAsync("/admin/organisations/new", Venue("PONTYCYMER community cinema", area: "bridgend"));
        Assert.Contains("<a href=\"#Input_Name\">There is already an organisation called PONTYCYMER community cinema in bridgend</a>",
            await again.ReadHtmlAsync(), StringComparison.Ordinal);
        using var elsewhere = await admin.PostFormAsync("/admin/organisations/new", Venue(area: "Denbighshire"));
        Assert.Equal(HttpStatusCode.Redirect, elsewhere.StatusCode);

        var found = await admin.GetHtmlAsync("/admin/organisations?q=sinema+gymunedol");
        Assert.Contains("2 found for ‘sinema gymunedol’", System.Net.WebUtility.HtmlDecode(found), StringComparison.Ordinal);
        Assert.DoesNotContain("Garw Valley Timebank", found, StringComparison.Ordinal);
        var byArea = System.Net.WebUtility.HtmlDecode(await admin.GetHtmlAsync("/admin/organisations?q=DENBIGH"));
        Assert.Contains("Vale Evening Rider", byArea, StringComparison.Ordinal);
        Assert.Contains("Pontycymer Community Cinema", byArea, StringComparison.Ordinal);

        using var visitor = app.CreateBrowser();
        var publicPage = System.Net.WebUtility.HtmlDecode(await visitor.GetHtmlAsync($"/organisations/{cinema.Id}"));
        Assert.Contains("Partner venue, Bridgend", publicPage, StringComparison.Ordinal);
        Assert.Contains("hello@pontycinema.example", publicPage, StringComparison.Ordinal);
        Assert.DoesNotContain("Manage this organisation", publicPage, StringComparison.Ordinal);
        var publicList = System.Net.WebUtility.HtmlDecode(await visitor.GetHtmlAsync("/cy/organisations"));
        Assert.Contains("Rhwydwaith credydau amser, Bridgend", publicList, StringComparison.Ordinal);
        Assert.Contains("Sinema Gymunedol Pontycymer", publicList, StringComparison.Ordinal);
        // A name in the page's own language carries no lang attribute at all, not an empty one.
        Assert.DoesNotContain("lang=\"\"", publicList, StringComparison.Ordinal);
        // One with no Welsh name shows its English name on the Welsh page, marked as English.
        var hall = await app.Services.GetRequiredService<OrganisationService>().CreateAsync(cinema.CreatedById!.Value,
            new OrganisationDetails(OrganisationKind.CommunityGroup, "Blaengarw Hall", null, "Bridgend"), TestContext.Current.CancellationToken);
        Assert.Contains("lang=\"en\">Blaengarw Hall</h1>", await visitor.GetHtmlAsync($"/cy/organisations/{hall.Value!.Id}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_change_is_saved_and_a_name_taken_in_the_area_is_refused_with_what_was_typed_kept()
    {
        await using var app = await CoproduceWebApp.StartAsync(TestProvider.Sqlite);
        var (timebank, _) = await IdsAsync(app);
        using var admin = app.CreateBrowser();
        await admin.SignInAsync("admin@coproduce.test");
        var path = $"/admin/organisations/{timebank}/edit";
        var form = await admin.GetHtmlAsync(path);
        Assert.Contains("value=\"Banc Amser Cwm Garw\"", form, StringComparison.Ordinal);
        Assert.Contains("value=\"Timebank\" checked", form, StringComparison.Ordinal);

        KeyValuePair<string, string>[] taken = [new("Input.Kind", "Timebank"), new("Input.Name", "Garw Valley Timebank"),
            new("Input.NameWelsh", "canolfan hamdden garw"), new("Input.Area", "Bridgend"), new("Input.Description", "Kept as typed")];
        using var refused = await admin.PostFormAsync(path, taken);
        var refusedHtml = await refused.ReadHtmlAsync();
        Assert.Contains("<a href=\"#Input_NameWelsh\">There is already an organisation called canolfan hamdden garw in Bridgend</a>",
            refusedHtml, StringComparison.Ordinal);
        Assert.Contains(">Kept as typed</textarea>", refusedHtml, StringComparison.Ordinal);
        Assert.Equal("Banc Amser Cwm Garw", await app.Db(db => db.Organisations.Where(o => o.Id == timebank).Select(o => o.NameWelsh).SingleAsync()));

        using var saved = await admin.PostFormAsync(path, [.. taken.Where(f => f.Key is not ("Input.NameWelsh" or "Input.Kind")),
            new("Input.NameWelsh", "Banc Amser Cwm Garw"), new("Input.Kind", "TimeCreditNetwork")]);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var details = System.Net.WebUtility.HtmlDecode(await admin.GetHtmlAsync(saved.Headers.Location!.OriginalString));
        Assert.Contains("The details of Garw Valley Timebank have been saved", details, StringComparison.Ordinal);
        Assert.Contains("Details changed, by Alex Powell", details, StringComparison.Ordinal);
        var organisation = await app.Db(db => db.Organisations.SingleAsync(o => o.Id == timebank));
        Assert.Equal((OrganisationKind.TimeCreditNetwork, "Kept as typed", (string?)null), (organisation.Kind, organisation.Description, organisation.Email));
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task A_suspension_needs_a_reason_shows_on_the_organisations_pages_stops_its_acts_and_reopening_ends_it(TestProvider provider)
    {
        await using var app = await CoproduceWebApp.StartAsync(provider);
        var (timebank, owensRequest) = await IdsAsync(app);
        using var admin = app.CreateBrowser();
        await admin.SignInAsync("admin@coproduce.test");
        var suspend = $"/admin/organisations/{timebank}/suspend";

        using var noReason = await admin.PostFormAsync("/cy" + suspend, [new("Input.Reason", " ")]);
        Assert.Contains("<a href=\"#Input_Reason\">Rhowch y rheswm dros atal y sefydliad</a>", await noReason.ReadHtmlAsync(), StringComparison.Ordinal);
        using var suspended = await admin.PostFormAsync(suspend, [new("Input.Reason", "Safeguarding review under way")]);
        Assert.Equal(HttpStatusCode.Redirect, suspended.StatusCode);
        var details = System.Net.WebUtility.HtmlDecode(await admin.GetHtmlAsync(suspended.Headers.Location!.OriginalString));
        Assert.Contains("Garw Valley Timebank has been suspended", details, StringComparison.Ordinal);
        Assert.Contains("Reopen this organisation", details, StringComparison.Ordinal);
        // Suspending twice isn't offered: the page sends the admin back to the organisation.
        using var secondTab = await admin.GetAsync(new Uri(suspend, UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Redirect, secondTab.StatusCode);

        using var sian = app.CreateBrowser();
        await sian.SignInAsync("sian@coproduce.test");
        var members = System.Net.WebUtility.HtmlDecode(await sian.GetHtmlAsync($"/cy/organisations/{timebank}/members"));
        Assert.Contains("Cafodd y sefydliad hwn ei atal ar", members, StringComparison.Ordinal);
        Assert.Contains("Safeguarding review under way", members, StringComparison.Ordinal);
        Assert.DoesNotContain("handler=Approve", members, StringComparison.Ordinal);
        Assert.DoesNotContain($"/organisations/{timebank}/members/add\"", members, StringComparison.Ordinal);
        // A form from before the suspension, posted anyway, is refused by Core and changes nothing.
        using var approve = await sian.PostFormAsync($"/organisations/{timebank}/members", [new("membershipId", owensRequest.ToString())],
            action: $"/organisations/{timebank}/members?handler=Approve");
        Assert.Contains("This organisation is suspended: nothing can be changed in it until a site admin reopens it",
            await approve.ReadHtmlAsync(), StringComparison.Ordinal);
        Assert.Equal(MembershipStatus.Requested, await app.Db(db => db.Memberships.Where(m => m.Id == owensRequest).Select(m => m.Status).SingleAsync()));

        using var mair = app.CreateBrowser();
        await mair.SignInAsync("mair@coproduce.test");
        var publicPage = await mair.GetHtmlAsync($"/organisations/{timebank}");
        Assert.Contains("This organisation was suspended on", publicPage, StringComparison.Ordinal);
        Assert.DoesNotContain($"/organisations/{timebank}/join\"", publicPage, StringComparison.Ordinal);
        using var joinAnyway = await mair.PostFormAsync($"/organisations/{timebank}/join", []);
        Assert.Contains("This organisation is suspended", await joinAnyway.ReadHtmlAsync(), StringComparison.Ordinal);
        Assert.Contains("Suspended", System.Net.WebUtility.HtmlDecode(await mair.GetHtmlAsync("/organisations")), StringComparison.Ordinal);

        using var reopened = await admin.PostFormAsync($"/admin/organisations/{timebank}/reopen", []);
        Assert.Equal(HttpStatusCode.Redirect, reopened.StatusCode);
        Assert.Contains("Garw Valley Timebank has been reopened", System.Net.WebUtility.HtmlDecode(
            await admin.GetHtmlAsync(reopened.Headers.Location!.OriginalString)), StringComparison.Ordinal);
        var membersAgain = await sian.GetHtmlAsync($"/organisations/{timebank}/members");
        Assert.DoesNotContain("This organisation was suspended", membersAgain, StringComparison.Ordinal);
        Assert.Contains("handler=Approve", membersAgain, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_installation_without_organisations_says_so_and_then_lists_them_a_page_at_a_time()
    {
        await using var app = await CoproduceWebApp.StartAsync(TestProvider.Sqlite, new Dictionary<string, string> { ["Demo:Enabled"] = "false" });
        var admin = await AddSiteAdminAsync(app);
        using var browser = app.CreateBrowser();
        await browser.SignInAsync("first-admin@example.org", "a long passphrase for the first admin");

        var empty = System.Net.WebUtility.HtmlDecode(await browser.GetHtmlAsync("/admin/organisations"));
        Assert.Contains("No organisations yet — <a class=\"govuk-link\" href=\"/admin/organisations/new\">create the first</a>", empty, StringComparison.Ordinal);
        Assert.DoesNotContain("govuk-pagination", empty, StringComparison.Ordinal);
        Assert.Contains("Dim sefydliadau eto", await browser.GetHtmlAsync("/cy/admin/organisations"), StringComparison.Ordinal);

        var organisations = app.Services.GetRequiredService<OrganisationService>();
        for (var i = 1; i <= 30; i++)
        {
            var created = await organisations.CreateAsync(admin, new OrganisationDetails(OrganisationKind.CommunityGroup,
                $"Group {i:00}", null, i % 2 == 0 ? "Bridgend" : "Conwy"), TestContext.Current.CancellationToken);
            Assert.True(created.Succeeded, string.Join("; ", created.Errors));
        }

        var first = await browser.GetHtmlAsync("/admin/organisations");
        Assert.Contains("30 organisations", first, StringComparison.Ordinal);
        Assert.Contains("Group 25", first, StringComparison.Ordinal);
        Assert.DoesNotContain("Group 26", first, StringComparison.Ordinal);
        Assert.Contains("href=\"/admin/organisations?page=2\" rel=\"next\"", first, StringComparison.Ordinal);
        var second = await browser.GetHtmlAsync("/admin/organisations?page=2");
        Assert.Contains("Group 30", second, StringComparison.Ordinal);
        Assert.DoesNotContain("Group 01", second, StringComparison.Ordinal);
        Assert.Contains("aria-current=\"page\">2</a>", second, StringComparison.Ordinal);
        var conwy = await browser.GetHtmlAsync("/admin/organisations?q=conwy");
        Assert.Contains("15 found for", System.Net.WebUtility.HtmlDecode(conwy), StringComparison.Ordinal);
        Assert.DoesNotContain("govuk-pagination", conwy, StringComparison.Ordinal);

        // The public list pages too, at 20 a page, in either language.
        var publicSecond = await browser.GetHtmlAsync("/cy/organisations?page=2");
        Assert.Contains("Tudalen 2 o 2", publicSecond, StringComparison.Ordinal);
        Assert.Contains("Group 21", publicSecond, StringComparison.Ordinal);
        Assert.DoesNotContain("Group 20", publicSecond, StringComparison.Ordinal);
        Assert.Contains("href=\"/cy/organisations\" rel=\"prev\"", publicSecond, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Someone_who_is_not_a_site_admin_cannot_post_the_forms()
    {
        await using var app = await CoproduceWebApp.StartAsync(TestProvider.Sqlite);
        var (timebank, _) = await IdsAsync(app);
        using var gareth = app.CreateBrowser();
        await gareth.SignInAsync("gareth@coproduce.test");
        var before = await app.Db(db => db.Organisations.CountAsync());

        // Gareth's own token from a page he can open, sent to the site admin's forms.
        using var create = await gareth.PostFormAsync("/profile/edit", Venue(), action: "/admin/organisations/new");
        using var suspend = await gareth.PostFormAsync("/profile/edit", [new("Input.Reason", "Mine now")],
            action: $"/admin/organisations/{timebank}/suspend");

        Assert.All(new[] { create, suspend }, r => Assert.Contains("/account/access-denied", r.Headers.Location?.OriginalString, StringComparison.Ordinal));
        Assert.Equal(before, await app.Db(db => db.Organisations.CountAsync()));
        Assert.Equal(OrganisationStatus.Active, await app.Db(db => db.Organisations.Where(o => o.Id == timebank).Select(o => o.Status).SingleAsync()));
        Assert.DoesNotContain("/admin/organisations", await gareth.GetHtmlAsync("/dashboard"), StringComparison.Ordinal);
        using var admin = app.CreateBrowser();
        await admin.SignInAsync("admin@coproduce.test");
        Assert.Contains("href=\"/admin/organisations\">Manage organisations</a>", await admin.GetHtmlAsync("/dashboard"), StringComparison.Ordinal);
    }

    private static Task<(Guid Timebank, Guid OwensRequest)> IdsAsync(CoproduceWebApp app) => app.Db(async db =>
    {
        var timebank = await db.Organisations.Where(o => o.Name == "Garw Valley Timebank").Select(o => o.Id).SingleAsync();
        var request = await db.Memberships.Where(m => m.OrganisationId == timebank && m.Status == MembershipStatus.Requested).Select(m => m.Id).SingleAsync();
        return (timebank, request);
    });

    // A real installation's first site admin, made as the command line makes one: a person with a confirmed login.
    private static async Task<Guid> AddSiteAdminAsync(CoproduceWebApp app)
    {
        const string Email = "first-admin@example.org";
        var contexts = app.Services.GetRequiredService<IDbContextFactory<CoproduceDbContext>>();
        await using var db = await contexts.CreateDbContextAsync(TestContext.Current.CancellationToken);
        var person = new Person(Guid.CreateVersion7(), new PersonProfile("Nia Rees", Language.English, Email, null, null, null, ConsentChoices.None),
            DateTimeOffset.UtcNow, null, isDemo: false);
        person.MakeSiteAdmin();
        var user = new UserAccount
        {
            Id = Guid.CreateVersion7(),
            PersonId = person.Id,
            UserName = Email,
            NormalizedUserName = Email.ToUpperInvariant(),
            Email = Email,
            NormalizedEmail = Email.ToUpperInvariant(),
            EmailConfirmed = true,
            LockoutEnabled = true,
            SecurityStamp = Guid.NewGuid().ToString("N"),
        };
        user.PasswordHash = new PasswordHasher<UserAccount>().HashPassword(user, "a long passphrase for the first admin");
        db.People.Add(person);
        db.Users.Add(user);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return person.Id;
    }
}
