using System.Net;
using Coproduce.Core.Data;
using Coproduce.Core.Notifications;
using Coproduce.Core.People;
using Coproduce.Web.Tests.Support;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Coproduce.Web.Tests.Security;

/// <summary>
/// Walks every endpoint the app maps, as an anonymous visitor and as each demo role, and checks who gets in.
/// An endpoint missing from <see cref="Expected"/> fails the test, so a new page can't ship without someone deciding
/// who may open it.
/// </summary>
public class RouteAccessTests
{
    private const string Ok = "200";
    private const string SignIn = "sign-in";
    private const string Denied = "denied";
    private const string Unauthorised = "401";
    private const string SentBack = "sent back";

    private static readonly string[] Visitors = ["anonymous", "member", "coordinator", "admin", "driver", "facilitator", "commissioner", "site admin"];

    private static string[] Everyone(string outcome) => [.. Visitors.Select(_ => outcome)];

    private static readonly string[] SignedIn = [SignIn, Ok, Ok, Ok, Ok, Ok, Ok, Ok];

    // Siân coordinates and Gareth runs the timebank in the route; the others have no role there.
    private static readonly string[] TimebankCoordinators = [SignIn, Denied, Ok, Ok, Denied, Denied, Denied, Ok];

    private static readonly string[] TimebankAdmins = [SignIn, Denied, Denied, Ok, Denied, Denied, Denied, Ok];

    // Megan is a member of the timebank too; its pages are for the people in it.
    private static readonly string[] InTimebank = [SignIn, Ok, Ok, Ok, Denied, Denied, Denied, Ok];

    private static readonly string[] SiteAdmins = [SignIn, Denied, Denied, Denied, Denied, Denied, Denied, Ok];

    private const string CounterSignIn = "counter sign-in";

    // The credits pages are filled with the time-credit network, where Megan is a member, Siân coordinates and Gareth runs it.
    private static readonly string[] InNetwork = InTimebank;

    // The counter pages are filled with the leisure centre: the network's coordinators (Siân, Gareth) work its counter.
    private static readonly string[] VenueStaff = TimebankCoordinators;

    // The transport pages are filled with the evening transport service: Siân coordinates it and Rhys drives for it.
    private static readonly string[] TransportCoordinators = [SignIn, Denied, Ok, Denied, Denied, Denied, Denied, Ok];

    private static readonly string[] InTransport = [SignIn, Denied, Ok, Denied, Ok, Denied, Denied, Ok];

    /// <summary>Each endpoint's route pattern and what each visitor (in <see cref="Visitors"/> order) gets from GET.</summary>
    private static readonly Dictionary<string, string[]> Expected = new()
    {
        // The home page answers at its folder and by its file name.
        [""] = Everyone(Ok),
        ["Index"] = Everyone(Ok),
        ["accessibility"] = Everyone(Ok),
        ["privacy"] = Everyone(Ok),
        ["cookies"] = Everyone(Ok),
        ["error/{status:int?}"] = Everyone(Ok),
        ["/health"] = Everyone(Ok),
        ["account/sign-in"] = Everyone(Ok),
        ["account/signed-out"] = Everyone(Ok),
        ["account/locked"] = Everyone(Ok),
        ["account/access-denied"] = Everyone(Ok),
        ["account/register"] = Everyone(Ok),
        ["account/check-your-email"] = Everyone(Ok),
        ["account/confirm-email"] = Everyone(Ok),
        ["account/resend-confirmation"] = Everyone(Ok),
        ["account/forgot-password"] = Everyone(Ok),
        ["account/reset-password"] = Everyone(Ok),
        // Only reachable half-way through signing in; otherwise they send people back to the start.
        ["account/sign-in/code"] = Everyone(SignIn),
        ["account/sign-in/recovery-code"] = Everyone(SignIn),
        ["account/sign-out"] = SignedIn,
        ["account/security"] = SignedIn,
        ["account/security/authenticator"] = SignedIn,
        ["account/security/password"] = SignedIn,
        ["account/security/passkeys"] = SignedIn,
        ["dashboard"] = SignedIn,
        // Edna's account: she never signs in, so only those who look after her (the timebank's coordinators) may read it.
        ["statement/{accountId:guid}"] = TimebankCoordinators,
        ["profile"] = SignedIn,
        ["profile/edit"] = SignedIn,
        ["organisations"] = Everyone(Ok),
        ["organisations/{organisationId:guid}"] = Everyone(Ok),
        ["organisations/{organisationId:guid}/join"] = SignedIn,
        ["organisations/{organisationId:guid}/members"] = TimebankCoordinators,
        ["organisations/{organisationId:guid}/members/add"] = TimebankCoordinators,
        ["organisations/{organisationId:guid}/members/{personId:guid}"] = TimebankCoordinators,
        ["organisations/{organisationId:guid}/members/{personId:guid}/edit"] = TimebankCoordinators,
        ["organisations/{organisationId:guid}/members/{personId:guid}/roles"] = TimebankAdmins,
        ["organisations/{organisationId:guid}/members/{personId:guid}/end"] = TimebankCoordinators,
        // Anyone signed in may open it; someone with no role there is told so.
        ["organisations/{organisationId:guid}/leave"] = SignedIn,
        ["organisations/{organisationId:guid}/api-tokens"] = TimebankAdmins,
        ["organisations/{organisationId:guid}/invitations"] = TimebankCoordinators,
        // Anyone may follow an invitation's link; without its secret it is a missing page, with a message.
        ["invitations/{invitationId:guid}"] = Everyone("404"),
        ["timebank/{organisationId:guid}"] = InTimebank,
        ["timebank/{organisationId:guid}/exchanges/new"] = InTimebank,
        // Megan's exchange with Dilys: hers to see, and the coordinators'.
        ["timebank/{organisationId:guid}/exchanges/{exchangeId:guid}"] = InTimebank,
        ["timebank/{organisationId:guid}/coordinate"] = TimebankCoordinators,
        // A member records one with themselves at the centre; a coordinator, for anyone.
        ["timebank/{organisationId:guid}/exchanges/group"] = InTimebank,
        ["timebank/{organisationId:guid}/categories"] = TimebankCoordinators,
        ["timebank/{organisationId:guid}/settings"] = TimebankAdmins,
        ["timebank/{organisationId:guid}/pot"] = InTimebank,
        ["timebank/{organisationId:guid}/choices"] = InTimebank,
        // A member's own; a coordinator chooses whose.
        ["timebank/{organisationId:guid}/skills"] = InTimebank,
        ["timebank/{organisationId:guid}/posts"] = InTimebank,
        ["timebank/{organisationId:guid}/posts/new"] = InTimebank,
        // Megan's offer of gardening help.
        ["timebank/{organisationId:guid}/posts/{postId:guid}"] = InTimebank,
        ["credits/{organisationId:guid}"] = InNetwork,
        // A member's own card; a coordinator chooses whose.
        ["credits/{organisationId:guid}/card"] = InNetwork,
        // Giving is for the network's members: a coordinator who is none has nothing to give, and finds no page.
        ["credits/{organisationId:guid}/give"] = [SignIn, Ok, "404", "404", Denied, Denied, Denied, "404"],
        ["credits/{organisationId:guid}/activities"] = TimebankCoordinators,
        // The library helpers' register.
        ["credits/{organisationId:guid}/activities/{activityId:guid}"] = TimebankCoordinators,
        ["credits/{organisationId:guid}/notes"] = TimebankCoordinators,
        // The demo's batch of printed notes.
        ["credits/{organisationId:guid}/notes/{batchId:guid}"] = TimebankCoordinators,
        ["credits/{organisationId:guid}/partners"] = TimebankAdmins,
        ["transport/{organisationId:guid}"] = InTransport,
        // A driver's own; a coordinator opens a driver's from the driver's page (?driverId=), and has none of their own.
        ["transport/{organisationId:guid}/availability"] = [SignIn, Denied, "404", Denied, Ok, Denied, Denied, "404"],
        ["transport/{organisationId:guid}/vehicles"] = TransportCoordinators,
        ["transport/{organisationId:guid}/rules"] = TransportCoordinators,
        ["transport/{organisationId:guid}/passengers"] = TransportCoordinators,
        // Anyone signed in may register themselves as a passenger; a coordinator opens someone else's with ?personId=.
        ["transport/{organisationId:guid}/passenger"] = SignedIn,
        // Anyone signed in may open the booking page (it tells them to register first); ?passengerId= is for coordinators.
        ["transport/{organisationId:guid}/book"] = SignedIn,
        // A demo passenger's booking: only they (who never sign in) and the service's coordinators may see it; anyone else hears there is none.
        ["transport/{organisationId:guid}/bookings/{reference}"] = [SignIn, "404", Ok, "404", "404", "404", "404", Ok],
        ["transport/{organisationId:guid}/evening"] = TransportCoordinators,
        ["transport/{organisationId:guid}/places"] = TransportCoordinators,
        ["transport/{organisationId:guid}/plan"] = TransportCoordinators,
        // Anyone signed in has a list of their own runs, empty unless they drive.
        ["transport/{organisationId:guid}/runs"] = SignedIn,
        // Rhys's run on the demo's published Friday: he and the service's coordinators see it; anyone else hears there is none.
        ["transport/{organisationId:guid}/runs/{runId:guid}"] = [SignIn, "404", Ok, "404", Ok, "404", "404", Ok],
        ["transport/{organisationId:guid}/drivers"] = TransportCoordinators,
        ["transport/{organisationId:guid}/drivers/{personId:guid}"] = TransportCoordinators,
        // A stranger at the counter is sent to the venue's own sign-in, not the personal one.
        ["counter/{organisationId:guid}"] = [CounterSignIn, Denied, Ok, Ok, Denied, Denied, Denied, Ok],
        ["counter/{organisationId:guid}/offers"] = VenueStaff,
        ["counter/{organisationId:guid}/sign-in"] = Everyone(Ok),
        ["admin/organisations"] = SiteAdmins,
        ["admin/organisations/new"] = SiteAdmins,
        ["admin/organisations/{organisationId:guid}"] = SiteAdmins,
        ["admin/organisations/{organisationId:guid}/edit"] = SiteAdmins,
        // The timebank is open, so its suspend page answers; reopening sends the site admin back to its page.
        ["admin/organisations/{organisationId:guid}/suspend"] = SiteAdmins,
        ["admin/organisations/{organisationId:guid}/reopen"] = [SignIn, Denied, Denied, Denied, Denied, Denied, Denied, SentBack],
        ["admin/outbox"] = SiteAdmins,
        ["admin/people"] = SiteAdmins,
        ["admin/people/{personId:guid}"] = SiteAdmins,
        ["admin/audit"] = SiteAdmins,
        ["admin/outbox/{id:guid}"] = SiteAdmins,
        // Public documentation of the API; the API itself wants an organisation's token, never a browser's cookie.
        ["/openapi/{documentName}.json"] = Everyone(Ok),
        ["/api/reference/{documentName?}"] = Everyone(Ok),
        ["/api/reference/favicon.svg"] = Everyone(Ok),
        ["/api/reference/scalar.aspnetcore.js"] = Everyone(Ok),
        ["/api/reference/scalar.js"] = Everyone(Ok),
        ["/api/v1/organisation/"] = Everyone(Unauthorised),
        ["/api/v1/organisation/members"] = Everyone(Unauthorised),
        ["/api/v1/organisation/members/{personId:uuid}"] = Everyone(Unauthorised),
        ["/api/v1/organisation/exchanges/"] = Everyone(Unauthorised),
        ["/api/v1/organisation/exchanges/{exchangeId:uuid}"] = Everyone(Unauthorised),
        // Posted to, never read: a GET is told which method the address takes.
        ["/api/v1/organisation/exchanges/{exchangeId:uuid}/confirm"] = Everyone("405"),
        ["/api/v1/organisation/exchanges/{exchangeId:uuid}/decline"] = Everyone("405"),
        ["/api/v1/organisation/credits/awards"] = Everyone("405"),
        ["/api/v1/organisation/credits/redemptions"] = Everyone("405"),
        ["/api/v1/organisation/credits/notes"] = Everyone("405"),
        // Anything else under /api is a 404 problem (or a 405 for another method), token or not.
        ["/api/{**rest}"] = Everyone("404"),
    };

    [Fact]
    public async Task Every_endpoint_lets_in_exactly_the_roles_it_should()
    {
        await using var app = await CoproduceWebApp.StartAsync(TestProvider.Sqlite);
        var values = await RouteValuesAsync(app);
        var patterns = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Select(e => e.RoutePattern.RawText ?? string.Empty).Distinct().Order(StringComparer.Ordinal).ToList();

        var unlisted = patterns.Where(p => !Expected.ContainsKey(p)).ToList();
        Assert.True(unlisted.Count == 0, "Decide who may open these, and add them to Expected: " + string.Join(", ", unlisted));
        var gone = Expected.Keys.Where(k => !patterns.Contains(k)).ToList();
        Assert.True(gone.Count == 0, "No longer mapped; take them out of Expected: " + string.Join(", ", gone));

        var browsers = new List<HttpClient> { app.CreateBrowser() };
        foreach (var email in new[] { "megan", "sian", "gareth", "rhys", "mair", "helen", "admin" })
        {
            var browser = app.CreateBrowser();
            await browser.SignInAsync($"{email}@coproduce.test");
            browsers.Add(browser);
        }

        var wrong = new List<string>();
        foreach (var pattern in patterns)
        {
            var path = Fill(pattern, ForPattern(pattern, values));
            for (var i = 0; i < Visitors.Length; i++)
            {
                using var response = await browsers[i].GetAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);
                var outcome = Outcome(response);
                if (outcome != Expected[pattern][i])
                {
                    wrong.Add($"{Visitors[i]} GET {path}: expected {Expected[pattern][i]}, got {outcome}");
                }
            }
        }

        Assert.True(wrong.Count == 0, string.Join(Environment.NewLine, wrong));
        TestContext.Current.SendDiagnosticMessage($"Checked {patterns.Count} endpoints as {Visitors.Length} visitors each.");
        foreach (var browser in browsers)
        {
            browser.Dispose();
        }
    }

    private static string Outcome(HttpResponseMessage response)
    {
        var location = response.Headers.Location?.OriginalString ?? string.Empty;
        return response.StatusCode switch
        {
            HttpStatusCode.OK => Ok,
            HttpStatusCode.Redirect when location.Contains("/account/sign-in", StringComparison.Ordinal) => SignIn,
            HttpStatusCode.Redirect when location.StartsWith("/counter/", StringComparison.Ordinal) && location.EndsWith("/sign-in", StringComparison.Ordinal) => CounterSignIn,
            HttpStatusCode.Redirect when location.Contains("/account/access-denied", StringComparison.Ordinal) => Denied,
            // A page that doesn't apply now (reopening an open organisation) sends the visitor back to the one that does.
            HttpStatusCode.Redirect when location.StartsWith("/admin/organisations/", StringComparison.Ordinal) => SentBack,
            // Scalar's page answers its bare address with a redirect to the same address with a slash.
            HttpStatusCode.Redirect or HttpStatusCode.MovedPermanently when location.EndsWith("reference/", StringComparison.Ordinal) => Ok,
            _ => $"{(int)response.StatusCode} {location}".Trim(),
        };
    }

    // The timebank fills every organisation in a route, but the credits pages take the network, the counter's the venue,
    // and the transport pages the evening transport service and one of its drivers.
    private static IReadOnlyDictionary<string, string> ForPattern(string pattern, IReadOnlyDictionary<string, string> values) =>
        pattern.StartsWith("credits/", StringComparison.Ordinal) ? new Dictionary<string, string>(values) { ["organisationId:guid"] = values["network"] }
        : pattern.StartsWith("counter/", StringComparison.Ordinal) ? new Dictionary<string, string>(values) { ["organisationId:guid"] = values["venue"] }
        : pattern.StartsWith("transport/", StringComparison.Ordinal)
            ? new Dictionary<string, string>(values) { ["organisationId:guid"] = values["transport"], ["personId:guid"] = values["driver"] }
        : values;

    private static string Fill(string pattern, IReadOnlyDictionary<string, string> values)
    {
        var path = "/" + pattern.TrimStart('/');
        foreach (var (name, value) in values)
        {
            path = path.Replace("{" + name + "}", value, StringComparison.Ordinal);
        }

        // Optional and catch-all parameters are left out, as a visitor would.
        return System.Text.RegularExpressions.Regex.Replace(path, @"/?\{[^}]*\?\}|\{\*\*[^}]*\}", string.Empty) switch
        {
            "" => "/",
            var filled => filled,
        };
    }

    private static async Task<IReadOnlyDictionary<string, string>> RouteValuesAsync(CoproduceWebApp app)
    {
        var contexts = app.Services.GetRequiredService<IDbContextFactory<CoproduceDbContext>>();
        await using var db = await contexts.CreateDbContextAsync(TestContext.Current.CancellationToken);
        var timebank = await db.Organisations.SingleAsync(o => o.Name == "Garw Valley Timebank", TestContext.Current.CancellationToken);
        var edna = await db.People.SingleAsync(p => p.Profile.Name == "Edna Price", TestContext.Current.CancellationToken);
        var message = await app.Services.GetRequiredService<Outbox>().EnqueueEmailAsync("edna@coproduce.test", edna.Id,
            LanguageCultures.English, NotificationTemplate.MembershipApproved, [edna.Profile.Name, timebank.Name], isDemo: true,
            TestContext.Current.CancellationToken);
        return new Dictionary<string, string>
        {
            ["organisationId:guid"] = timebank.Id.ToString(),
            ["personId:guid"] = edna.Id.ToString(),
            ["accountId:guid"] = (await db.LedgerAccounts.SingleAsync(a => a.OwnerId == edna.Id, TestContext.Current.CancellationToken)).Id.ToString(),
            ["personId:uuid"] = edna.Id.ToString(),
            ["exchangeId:uuid"] = Guid.CreateVersion7().ToString(),
            ["invitationId:guid"] = Guid.CreateVersion7().ToString(),
            ["postId:guid"] = (await db.TimebankPosts.SingleAsync(p => p.Title == "Help in your garden", TestContext.Current.CancellationToken)).Id.ToString(),
            ["exchangeId:guid"] = (await db.TimebankExchanges.SingleAsync(e => e.Status == Core.Timebank.ExchangeStatus.Pending,
                TestContext.Current.CancellationToken)).Id.ToString(),
            ["id:guid"] = message.Value!.Id.ToString(),
            ["network"] = (await db.Organisations.SingleAsync(o => o.Name == "Bridgend Time Credits", TestContext.Current.CancellationToken)).Id.ToString(),
            ["venue"] = (await db.Organisations.SingleAsync(o => o.Name == "Garw Leisure Centre", TestContext.Current.CancellationToken)).Id.ToString(),
            ["transport"] = (await db.Organisations.SingleAsync(o => o.Name == "Vale Evening Rider", TestContext.Current.CancellationToken)).Id.ToString(),
            ["driver"] = (await db.People.SingleAsync(p => p.Profile.Name == "Aled Roberts", TestContext.Current.CancellationToken)).Id.ToString(),
            ["reference"] = (await db.TransportBookings.OrderBy(b => b.BookedAt).FirstAsync(TestContext.Current.CancellationToken)).Reference,
            ["runId:guid"] = (await db.PlannedRuns.SingleAsync(r => r.DriverId == db.People.Single(p => p.Profile.Name == "Rhys Hughes").Id,
                TestContext.Current.CancellationToken)).Id.ToString(),
            ["activityId:guid"] = (await db.CreditActivities.SingleAsync(a => a.Title == "Library helpers", TestContext.Current.CancellationToken)).Id.ToString(),
            ["batchId:guid"] = (await db.CreditNoteBatches.SingleAsync(TestContext.Current.CancellationToken)).Id.ToString(),
            ["documentName"] = "v1",
            ["status:int?"] = "404",
        };
    }
}
