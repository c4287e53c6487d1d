using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Coproduce.Browser.Tests.Support;
using Coproduce.Core.Data;
using Coproduce.Core.Notifications;
using Coproduce.Core.People;
using Coproduce.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Coproduce.Browser.Tests;

/// <summary>axe-core on every page reachable from the layout's links, in English and Welsh, signed out and as each role.</summary>
public partial class AccessibilityTests
{
    private static readonly string[] Everyone = ["/", "/accessibility", "/privacy", "/cookies", "/organisations", "/organisations/{id}"];

    private static readonly string[] SignedIn =
    [
        .. Everyone, "/dashboard", "/profile", "/profile/edit", "/account/security", "/account/security/authenticator",
        "/account/security/password", "/organisations/{id}/join",
    ];

    private static readonly string[] InTimebank =
    [
        "/timebank/{id}", "/timebank/{id}/exchanges/new", "/timebank/{id}/exchanges/{id}", "/timebank/{id}/posts", "/timebank/{id}/posts/new",
        "/timebank/{id}/posts/{id}", "/timebank/{id}/pot", "/timebank/{id}/skills", "/timebank/{id}/exchanges/group",
    ];

    private static readonly string[] InNetwork = ["/credits/{id}", "/credits/{id}/card"];

    private static readonly string[] CoordinatingCredits =
    [
        .. InNetwork, "/credits/{id}/activities", "/credits/{id}/activities/{id}", "/credits/{id}/notes", "/credits/{id}/notes/{id}",
        "/counter/{id}", "/counter/{id}/offers",
    ];

    private static readonly string[] Coordinating =
    [
        .. SignedIn, "/organisations/{id}/members", "/organisations/{id}/members/add", "/organisations/{id}/members/{id}",
        "/organisations/{id}/members/{id}/edit", "/organisations/{id}/invitations", "/organisations/{id}/members/{id}/end",
        "/organisations/{id}/leave", .. InTimebank, "/timebank/{id}/coordinate", "/timebank/{id}/categories", .. CoordinatingCredits,
    ];

    // Siân also coordinates the evening transport; Rhys drives for it.
    private static readonly string[] CoordinatingTransport =
        ["/transport/{id}", "/transport/{id}/vehicles", "/transport/{id}/drivers", "/transport/{id}/drivers/{id}", "/transport/{id}/availability?driverId=…",
            "/transport/{id}/rules", "/transport/{id}/passengers", "/transport/{id}/passenger?personId=…", "/transport/{id}/places",
            "/transport/{id}/evening", "/transport/{id}/evening?evening=…", "/transport/{id}/book?passengerId=…", "/transport/{id}/bookings/{reference}",
            "/transport/{id}/plan?evening=…"];

    /// <summary>Each visitor, where their browsing starts, and the pages their links must lead to.</summary>
    private static readonly (string Who, string? Email, string[] MustReach)[] Visitors =
    [
        ("signed out", null, [.. Everyone, "/account/register", "/account/sign-in", "/account/forgot-password", "/account/resend-confirmation",
            "/counter/{id}/sign-in"]),
        ("member (Megan)", "megan@coproduce.test", [.. SignedIn, .. InTimebank, "/timebank/{id}/choices", .. InNetwork, "/credits/{id}/give"]),
        ("coordinator (Siân)", "sian@coproduce.test", [.. Coordinating, .. CoordinatingTransport]),
        ("organisation admin (Gareth)", "gareth@coproduce.test", [.. Coordinating, "/organisations/{id}/members/{id}/roles", "/timebank/{id}/settings",
            "/credits/{id}/partners"]),
        ("driver (Rhys)", "rhys@coproduce.test", [.. SignedIn, "/transport/{id}", "/transport/{id}/availability", "/transport/{id}/runs",
            "/transport/{id}/runs/{id}"]),
        ("group facilitator (Mair)", "mair@coproduce.test", SignedIn),
        ("commissioner (Helen)", "helen@coproduce.test", SignedIn),
        ("site admin (Alex)", "admin@coproduce.test", [.. SignedIn, "/admin/outbox", "/admin/outbox/{id}", "/admin/organisations",
            "/admin/organisations/new", "/admin/organisations/{id}", "/admin/organisations/{id}/edit", "/admin/organisations/{id}/suspend",
            "/admin/organisations/{id}/reopen", "/admin/people", "/admin/people/{id}", "/admin/audit"]),
    ];

    // Pages no link leads to, but which people land on: after signing out, a refused page, a locked account, a bad link.
    private static readonly string[] LandingPages =
    [
        "/no-such-page", "/account/signed-out", "/account/access-denied", "/account/locked", "/account/check-your-email",
        "/account/confirm-email", "/account/reset-password",
    ];

    /// <summary>Forms checked a second time, submitted empty, showing the GOV.UK error summary.</summary>
    private static readonly HashSet<string> FormsWithErrors =
    [
        "/account/register", "/account/sign-in", "/account/forgot-password", "/account/resend-confirmation", "/profile/edit",
        "/account/security/password", "/account/security/authenticator", "/organisations/{id}/members/add",
        "/organisations/{id}/members/{id}/edit", "/organisations/{id}/invitations", "/organisations/{id}/members/{id}/roles", "/admin/organisations/new", "/admin/organisations/{id}/edit",
        "/admin/organisations/{id}/suspend", "/timebank/{id}/exchanges/new", "/timebank/{id}/posts/new", "/timebank/{id}/settings", "/timebank/{id}/categories",
        "/timebank/{id}/exchanges/group",
        "/credits/{id}/give", "/credits/{id}/activities", "/credits/{id}/activities/{id}", "/credits/{id}/notes", "/credits/{id}/partners",
        "/counter/{id}", "/counter/{id}/offers", "/counter/{id}/sign-in", "/transport/{id}/vehicles", "/transport/{id}/drivers/{id}",
        "/transport/{id}/availability", "/transport/{id}/rules", "/transport/{id}/passenger?personId=…", "/transport/{id}/places",
        "/transport/{id}/book?passengerId=…", "/transport/{id}/bookings/{reference}",
    ];

    [Fact]
    public async Task Axe_finds_no_violations_on_any_page_any_visitor_can_reach_in_either_language()
    {
        var cancel = TestContext.Current.CancellationToken;
        await using var app = await CoproduceWebApp.StartAsync(TestProvider.Sqlite);
        var (leisureCentre, network) = await SetUpAsync(app, cancel);
        await using var chromium = await Chromium.LaunchAsync();
        var checks = new Checks();
        var report = new List<string>();
        var missed = new List<string>();

        foreach (var (who, email, mustReach) in Visitors)
        {
            await using var context = await chromium.NewContextAsync();
            var page = await context.NewPageAsync();
            string[] start;
            if (email is null)
            {
                // A stranger at a venue's counter is sent to its shared sign-in.
                start = ["/", .. LandingPages, $"/counter/{leisureCentre}"];
            }
            else
            {
                await Browsing.SignInAsync(page, app.Address, email);
                // An organisation nobody belongs to comes first, so each person's walk reaches its "Ask to join" page.
                start = ["/dashboard", $"/organisations/{leisureCentre}"];
                if (email == "admin@coproduce.test")
                {
                    // One admin page per route is walked: the suspended network's comes first (it links to "reopen"), and
                    // the open leisure centre's "suspend" page is a start of its own, since no link reaches both.
                    start = [.. start, $"/admin/organisations/{network}", $"/admin/organisations/{leisureCentre}/suspend"];
                }
            }

            var walk = await WalkAsync(who, page, app.Address, start, checks);
            report.Add($"{who}: {walk.Routes.Count} routes");
            report.AddRange(walk.Checked.Select(c => "  " + c));
            missed.AddRange(mustReach.Where(r => !walk.Routes.Contains(r)).Select(r => $"{who} never reached {r}"));
        }

        TestContext.Current.TestOutputHelper?.WriteLine("Pages checked with axe-core:\n" + string.Join("\n", report));
        Assert.True(missed.Count == 0, string.Join(Environment.NewLine, missed));
        Assert.Equal(FormsWithErrors.Count * 2, checks.ErrorForms.Count);
        Assert.True(checks.Violations.Count == 0, string.Join(Environment.NewLine, checks.Violations));
    }

    /// <summary>
    /// Follows every link on this site from the start pages, one address per route (ids and language aside), and runs
    /// axe on each in English and in Welsh; forms in <see cref="FormsWithErrors"/> are also submitted empty, once each.
    /// A page whose markup is exactly that of a page already checked (the privacy notice, for everyone signed in
    /// without being a site admin) is listed but not checked again.
    /// </summary>
    private static async Task<(List<string> Checked, HashSet<string> Routes)> WalkAsync(string who, IPage page, Uri address,
        string[] start, Checks checks)
    {
        var routes = new HashSet<string>(StringComparer.Ordinal);
        var checkedPages = new List<string>();
        var queue = new Queue<string>(start);
        while (queue.TryDequeue(out var path))
        {
            var route = Browsing.RouteOf(path);
            if (!routes.Add(route))
            {
                continue;
            }

            foreach (var (language, visit) in new[] { ("en", path), ("cy", Browsing.Welsh(path)) })
            {
                var response = await page.GotoAsync(new Uri(address, visit).ToString());
                var landed = new Uri(page.Url).PathAndQuery;
                var type = response is null ? null : await response.HeaderValueAsync("content-type");
                if (type is null || !type.StartsWith("text/html", StringComparison.Ordinal))
                {
                    checkedPages.Add($"{visit}: not a page ({type}), skipped");
                    continue;
                }

                if (Browsing.RouteOf(landed) != route)
                {
                    // A redirect: the page it leads to is walked in its own right.
                    checkedPages.Add($"{visit}: sent to {landed}");
                    queue.Enqueue(Browsing.English(landed));
                    continue;
                }

                Assert.Equal(language, await page.GetAttributeAsync("html", "lang"));
                var title = await page.TitleAsync();
                var status = response!.Status.ToString(System.Globalization.CultureInfo.InvariantCulture);
                var markup = await MarkupOfAsync(page);
                if (checks.Markup.TryGetValue(markup, out var sameAs))
                {
                    checkedPages.Add($"{visit} ({status}): {title}; the same markup as {sameAs}, checked already");
                }
                else
                {
                    checks.Markup[markup] = $"{visit} for {who}";
                    checks.Violations.AddRange(await Browsing.AxeViolationsAsync(page, visit));
                    checkedPages.Add($"{visit} ({status}): {title}");
                }

                if (language == "en")
                {
                    // A download (a statement as CSV) is a file, not a page to check.
                    foreach (var link in await page.EvalOnSelectorAllAsync<string[]>("a[href]:not([download])", "links => links.map(a => a.href)"))
                    {
                        var uri = new Uri(link);
                        if (uri.Authority == address.Authority && uri.Scheme == address.Scheme)
                        {
                            queue.Enqueue(Browsing.English(uri.PathAndQuery));
                        }
                    }
                }

                if (FormsWithErrors.Contains(route) && checks.ErrorForms.Add($"{route} {language}"))
                {
                    try
                    {
                        await SubmitEmptyAsync(page);
                    }
                    catch (TimeoutException timeout)
                    {
                        // Seen once in CI (a load event that never came): say which form, so the next one can be found.
                        throw new TimeoutException($"Submitting {visit} empty as {who} timed out; landed on {page.Url}", timeout);
                    }

                    await Assertions.Expect(page.Locator(".govuk-error-summary")).ToBeVisibleAsync();
                    checks.Violations.AddRange(await Browsing.AxeViolationsAsync(page, visit + " submitted empty"));
                    checkedPages.Add($"{visit} submitted empty: {await page.TitleAsync()}, error summary: "
                        + string.Join("; ", await page.Locator(".govuk-error-summary__list li").AllTextContentsAsync()));
                }
            }
        }

        return (checkedPages, routes);
    }

    /// <summary>The page's markup, less what changes on every request (the anti-forgery token), as a fingerprint.</summary>
    private static async Task<string> MarkupOfAsync(IPage page)
    {
        var html = await page.EvaluateAsync<string>("document.documentElement.outerHTML");
        html = AntiForgeryToken().Replace(html, string.Empty);
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(html)));
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\"[^>]*")]
    private static partial Regex AntiForgeryToken();

    /// <summary>What the walks share: the markup checked so far, the forms submitted empty, and axe's findings.</summary>
    private sealed class Checks
    {
        public Dictionary<string, string> Markup { get; } = new(StringComparer.Ordinal);

        public HashSet<string> ErrorForms { get; } = new(StringComparer.Ordinal);

        public List<string> Violations { get; } = [];
    }

    /// <summary>Empties every box of the page's form and presses its first button.</summary>
    private static async Task SubmitEmptyAsync(IPage page)
    {
        var form = page.Locator("main form[method=post]").Last;
        // Only the boxes a person can see: one revealed under a box that isn't ticked (a person's own hours) stays as it is.
        foreach (var box in await form.Locator("input[type=text]:visible, input[type=email]:visible, input[type=password]:visible, input[type=tel]:visible, "
            + "input:not([type]):visible, textarea:visible").AllAsync())
        {
            await box.FillAsync(string.Empty);
        }

        // ":checked" is live: each box unticked leaves the list, so the first is taken until none is left.
        var ticked = form.Locator("input[type=checkbox]:checked");
        while (await ticked.CountAsync() > 0)
        {
            await ticked.First.UncheckAsync();
        }

        await form.Locator("button[type=submit]").First.ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.Load);
    }

    /// <summary>
    /// The leisure centre (which nobody belongs to), the practitioners' network (which nobody belongs to either) suspended,
    /// so its banner and "reopen" page are checked, and a message in the outbox for the site admin to read.
    /// </summary>
    private static async Task<(Guid LeisureCentre, Guid Network)> SetUpAsync(CoproduceWebApp app, CancellationToken cancel)
    {
        var contexts = app.Services.GetRequiredService<IDbContextFactory<CoproduceDbContext>>();
        await using var db = await contexts.CreateDbContextAsync(cancel);
        var leisureCentre = await db.Organisations.SingleAsync(o => o.Name == "Garw Leisure Centre", cancel);
        var timebank = await db.Organisations.SingleAsync(o => o.Name == "Garw Valley Timebank", cancel);
        var edna = await db.People.SingleAsync(p => p.Profile.Name == "Edna Price", cancel);
        var message = await app.Services.GetRequiredService<Outbox>().EnqueueEmailAsync("edna@coproduce.test", edna.Id,
            LanguageCultures.Welsh, NotificationTemplate.MembershipApproved, [edna.Profile.Name, timebank.NameWelsh!], isDemo: true, cancel);
        Assert.True(message.Succeeded);
        var network = await db.Organisations.SingleAsync(o => o.Name == "Wales Co-production Network", cancel);
        var admin = await db.People.SingleAsync(p => p.Profile.Email == "admin@coproduce.test", cancel);
        Assert.True((await app.Services.GetRequiredService<OrganisationService>().SuspendAsync(admin.Id, network.Id,
            "Its hosting agreement is being renewed.", cancel)).Succeeded);
        return (leisureCentre.Id, network.Id);
    }

    [Fact]
    public async Task The_first_tab_reaches_the_skip_link_which_moves_focus_to_the_main_content()
    {
        await using var app = await CoproduceWebApp.StartAsync(TestProvider.Sqlite);
        await using var chromium = await Chromium.LaunchAsync();
        var page = await chromium.NewPageAsync();
        await page.GotoAsync(new Uri(app.Address, "/cy").ToString());

        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("Neidio i'r prif gynnwys", await page.EvaluateAsync<string>("document.activeElement.textContent"));

        // Enter returns once the key is sent, which can be before the link's in-page navigation lands (seen once in CI).
        await page.Keyboard.PressAsync("Enter");
        await Browsing.WaitForAddressAsync(page, new Regex("#main-content$"));
        Assert.EndsWith("#main-content", page.Url, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_person_can_switch_to_Welsh_and_back_with_the_keyboard()
    {
        await using var app = await CoproduceWebApp.StartAsync(TestProvider.Sqlite);
        await using var chromium = await Chromium.LaunchAsync();
        var page = await chromium.NewPageAsync();
        await page.GotoAsync(new Uri(app.Address, "/privacy").ToString());

        await page.GetByRole(AriaRole.Link, new() { Name = "Cymraeg" }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Browsing.WaitForAddressAsync(page, new Regex("/cy/privacy$"));
        Assert.Equal("cy", await page.GetAttributeAsync("html", "lang"));
        Assert.Equal("Hysbysiad preifatrwydd", await page.Locator("h1").TextContentAsync());

        await page.GetByRole(AriaRole.Link, new() { Name = "English" }).ClickAsync();
        // Not just /privacy$: the Welsh page's address ends the same way.
        await Browsing.WaitForAddressAsync(page, new Regex("//[^/]+/privacy$"));
        Assert.Equal("en", await page.GetAttributeAsync("html", "lang"));
        Assert.Equal("Privacy notice", await page.Locator("h1").TextContentAsync());
    }
}
