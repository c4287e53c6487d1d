using System.Globalization;
using System.Net;
using Coproduce.Core.Common;
using Coproduce.Core.Credits;
using Coproduce.Core.Demo;
using Coproduce.Core.Ledger;
using Coproduce.Core.People;
using Coproduce.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Coproduce.Web.Tests.Pages.Credits;

/// <summary>Time credits through the pages, as a browser posts them, in English and Welsh, on the demo community.</summary>
public class CreditsPagesTests
{
    [Fact]
    public async Task A_member_sees_their_credits_their_code_and_where_to_spend_in_either_language()
    {
        await using var app = await CoproduceWebApp.StartAsync(TestProvider.Sqlite);
        var (network, _) = await PlacesAsync(app);
        using var megan = app.CreateBrowser();
        await megan.SignInAsync("megan@coproduce.test");

        var page = WebUtility.HtmlDecode(await megan.GetHtmlAsync($"/credits/{network}"));
        var welsh = WebUtility.HtmlDecode(await megan.GetHtmlAsync($"/cy/credits/{network}"));

        // The garden's two credits and the library's one.
        Assert.Contains("You have <strong>3 credits</strong>", page, StringComparison.Ordinal);
        var code = await app.Db(db => db.MemberCards.Where(c => c.NetworkId == network && db.People.Any(p => p.Id == c.PersonId && p.Profile.Name == "Megan Price"))
            .Select(c => c.Code).SingleAsync());
        Assert.Contains($"id=\"member-code\">{CreditCodes.Grouped(code)}</p>", page, StringComparison.Ordinal);
        Assert.Contains("A swim", page, StringComparison.Ordinal);
        Assert.Contains("Mae gennych chi <strong>3 credyd</strong>", welsh, StringComparison.Ordinal);
        Assert.Contains("Nofio", welsh, StringComparison.Ordinal);
        // A member doesn't coordinate: no registers or notes for her.
        Assert.DoesNotContain("/activities", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_member_prints_her_card_a_coordinator_prints_one_for_a_member_with_no_phone_and_no_one_else_can()
    {
        await using var app = await CoproduceWebApp.StartAsync(TestProvider.Sqlite);
        var (network, _) = await PlacesAsync(app);
        var dilys = await PersonAsync(app, "Dilys Morgan");
        using var megan = app.CreateBrowser();
        await megan.SignInAsync("megan@coproduce.test");
        using var sian = app.CreateBrowser();
        await sian.SignInAsync("sian@coproduce.test");

        var credits = await megan.GetHtmlAsync($"/credits/{network}");
        var own = WebUtility.HtmlDecode(await megan.GetHtmlAsync($"/cy/credits/{network}/card"));
        var forDilys = WebUtility.HtmlDecode(await sian.GetHtmlAsync($"/credits/{network}/card?memberId={dilys}"));
        using var guessed = await megan.GetAsync(new Uri($"/credits/{network}/card?memberId={dilys}", UriKind.Relative), TestContext.Current.CancellationToken);

        var codes = await app.Db(db => db.MemberCards.Where(c => c.NetworkId == network)
            .ToDictionaryAsync(c => db.People.Where(p => p.Id == c.PersonId).Select(p => p.Profile.Name).Single(), c => c.Code));
        Assert.Contains($"href=\"/credits/{network}/card\"", credits, StringComparison.Ordinal);
        Assert.Contains("Cerdyn aelod", own, StringComparison.Ordinal);
        Assert.Contains($"id=\"member-code\">{CreditCodes.Grouped(codes["Megan Price"])}</strong>", own, StringComparison.Ordinal);
        Assert.Contains("Dilys Morgan", forDilys, StringComparison.Ordinal);
        Assert.Contains($"id=\"member-code\">{CreditCodes.Grouped(codes["Dilys Morgan"])}</strong>", forDilys, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, guessed.StatusCode);
    }

    [Fact]
    public async Task A_coordinator_takes_a_register_and_everyone_ticked_earns_at_once_but_a_bad_one_is_refused_in_welsh()
    {
        await using var app = await CoproduceWebApp.StartAsync(TestProvider.Sqlite);
        var (network, _) = await PlacesAsync(app);
        var library = await app.Db(db => db.CreditActivities.Where(a => a.Title == "Library helpers").Select(a => a.Id).SingleAsync());
        var (megan, huw) = (await PersonAsync(app, "Megan Price"), await PersonAsync(app, "Huw Jenkins"));
        using var sian = app.CreateBrowser();
        await sian.SignInAsync("sian@coproduce.test");
        var path = $"/credits/{network}/activities/{library}";
        var before = await app.Db(db => db.CreditAwards.CountAsync());

        using var empty = await sian.PostFormAsync("/cy" + path, Day(UkTime.Today(TimeProvider.System)));
        var refused = await empty.ReadHtmlAsync();
        Assert.Contains("Mae problem wedi codi", refused, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#Input_People\">Ticiwch bawb a gymerodd ran</a>", refused, StringComparison.Ordinal);
        using var future = await sian.PostFormAsync("/cy" + path, [.. Day(UkTime.Today(TimeProvider.System).AddDays(1)), new("Input.People", megan.ToString())]);
        Assert.Contains("Rhaid i'r sesiwn fod heddiw neu yn y gorffennol", await future.ReadHtmlAsync(), StringComparison.Ordinal);
        Assert.Equal(before, await app.Db(db => db.CreditAwards.CountAsync()));

        using var taken = await sian.PostFormAsync(path,
            [.. Day(UkTime.Today(TimeProvider.System)), new("Input.People", megan.ToString()), new("Input.People", huw.ToString())]);

        Assert.Equal(HttpStatusCode.Redirect, taken.StatusCode);
        Assert.Contains("2 people earned 2 credits in all", WebUtility.HtmlDecode(await sian.GetHtmlAsync(taken.Headers.Location!.OriginalString)),
            StringComparison.Ordinal);
        Assert.Equal(4 * 60, await BalanceAsync(app, megan, network));
        // Huw reads Welsh, and is told so.
        Assert.True(await app.Db(db => db.OutboxMessages.AnyAsync(m => m.PersonId == huw && m.Subject == "Rydych chi wedi ennill 1 credyd amser")));
    }

    [Fact]
    public async Task An_earn_partners_coordinator_sets_up_its_activity_and_takes_its_register_but_not_the_networks()
    {
        await using var app = await CoproduceWebApp.StartAsync(TestProvider.Sqlite);
        var (network, _) = await PlacesAsync(app);
        var group = await app.Db(db => db.Organisations.Where(o => o.Name == "Our Lives, Our Way").Select(o => o.Id).SingleAsync());
        var library = await app.Db(db => db.CreditActivities.Where(a => a.Title == "Library helpers").Select(a => a.Id).SingleAsync());
        var (mair, megan, admin) = (await PersonAsync(app, "Mair Williams"), await PersonAsync(app, "Megan Price"), await PersonAsync(app, "Alex Powell"));
        // The peer group earns credits for the network, and Mair coordinates it as well as facilitating.
        var roles = app.Services.GetRequiredService<RoleService>();
        var held = await roles.RolesOfAsync(group, mair, TestContext.Current.CancellationToken);
        Assert.True((await roles.ChangeRolesAsync(admin, group, mair, [OrganisationRole.GroupFacilitator, OrganisationRole.Coordinator], held!.Version,
            TestContext.Current.CancellationToken)).Succeeded);
        Assert.True((await app.Services.GetRequiredService<CreditPartnerService>().AddAsync(admin, network, group, earns: true, accepts: false,
            TestContext.Current.CancellationToken)).Succeeded);
        // A partner awards from its bank: Megan gives it one of her three credits.
        Assert.True((await app.Services.GetRequiredService<CreditSpendingService>().GiveAsync(megan, network, new GiftInput(megan, null, group, "1", null),
            TestContext.Current.CancellationToken)).Succeeded);
        using var browser = app.CreateBrowser();
        await browser.SignInAsync("mair@coproduce.test");

        var dashboard = await browser.GetHtmlAsync("/cy/dashboard");
        using var created = await browser.PostFormAsync($"/credits/{network}/activities",
            [new("Input.Title", "Tea and chat volunteers"), new("Input.Credits", "1")]);
        var tea = await app.Db(db => db.CreditActivities.Where(a => a.Title == "Tea and chat volunteers").SingleAsync());
        var list = WebUtility.HtmlDecode(await browser.GetHtmlAsync($"/credits/{network}/activities"));
        using var taken = await browser.PostFormAsync($"/credits/{network}/activities/{tea.Id}",
            [.. Day(UkTime.Today(TimeProvider.System)), new("Input.People", megan.ToString())]);
        using var networks = await browser.GetAsync(new Uri($"/credits/{network}/activities/{library}", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Contains($"href=\"/cy/credits/{network}/activities\"", dashboard, StringComparison.Ordinal);
        Assert.Contains("Gweithgareddau a chofrestrau ar gyfer Credydau Amser Pen-y-bont", WebUtility.HtmlDecode(dashboard), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Equal(group, tea.RunById);
        // Mair sees her group's activity, not the network's own.
        Assert.Contains("Tea and chat volunteers", list, StringComparison.Ordinal);
        Assert.DoesNotContain("Library helpers", list, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, taken.StatusCode);
        Assert.Equal(3 * 60, await BalanceAsync(app, megan, network));
        Assert.True(await app.Db(db => db.CreditAwards.AnyAsync(a => a.ActivityId == tea.Id && a.PersonId == megan)));
        Assert.Equal(HttpStatusCode.Redirect, networks.StatusCode);
        Assert.Contains("/account/access-denied", networks.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_networks_admin_follows_a_partners_credits_to_its_statement()
    {
        await using var app = await CoproduceWebApp.StartAsync(TestProvider.Sqlite);
        var (network, venue) = await PlacesAsync(app);
        var takings = await app.Db(db => db.CreditPartners.Where(p => p.OrganisationId == venue).Select(p => p.AccountId).SingleAsync());
        using var gareth = app.CreateBrowser();
        await gareth.SignInAsync("gareth@coproduce.test");

        var partners = await gareth.GetHtmlAsync($"/credits/{network}/partners");
        var statement = WebUtility.HtmlDecode(await gareth.GetHtmlAsync($"/statement/{takings}"));

        Assert.Contains($"href=\"/statement/{takings}\"", partners, StringComparison.Ordinal);
        // Glyn's swim, taken at the counter, and the printed note handed in there.
        Assert.Contains("Garw Leisure Centre", statement, StringComparison.Ordinal);
        Assert.Contains("A swim", statement, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_venue_counter_signs_in_with_its_passcode_and_takes_a_members_credits_by_their_code()
    {
        await using var app = await CoproduceWebApp.StartAsync(TestProvider.Sqlite);
        var (network, venue) = await PlacesAsync(app);
        var megan = await PersonAsync(app, "Megan Price");
        var code = await app.Services.GetRequiredService<CreditSpendingService>().CardAsync(megan, network, TestContext.Current.CancellationToken);
        var dilys = await app.Services.GetRequiredService<CreditSpendingService>().CardAsync(await PersonAsync(app, "Dilys Morgan"), network,
            TestContext.Current.CancellationToken);
        var swim = await app.Db(db => db.CreditOffers.Where(o => o.Title == "A swim").Select(o => o.Id).SingleAsync());
        using var counter = app.CreateBrowser();

        using var stranger = await counter.GetAsync(new Uri($"/counter/{venue}", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Equal($"/counter/{venue}/sign-in", stranger.Headers.Location!.OriginalString);
        using var wrong = await counter.PostFormAsync($"/cy/counter/{venue}/sign-in", [new("Passcode", "not-the-passcode")]);
        Assert.Contains("Nid yw'r cod pas yn gywir", await wrong.ReadHtmlAsync(), StringComparison.Ordinal);
        using var signedIn = await counter.PostFormAsync($"/counter/{venue}/sign-in", [new("Passcode", DemoCredits.CounterPasscode)]);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        // The counter's sign-in is the venue's, not a person's: it opens nothing else.
        using var elsewhere = await counter.GetAsync(new Uri("/dashboard", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Contains("/account/sign-in", elsewhere.Headers.Location!.OriginalString, StringComparison.Ordinal);

        // Dilys has two credits: two adults' swims are four.
        using var tooMany = await counter.PostFormAsync($"/cy/counter/{venue}", Spend(dilys.Value!.Code, swim, "2"), $"/cy/counter/{venue}?handler=Spend");
        Assert.Contains("Mae gan yr aelod 2 credyd, ac mae hyn yn costio 4", await tooMany.ReadHtmlAsync(), StringComparison.Ordinal);
        using var spent = await counter.PostFormAsync($"/counter/{venue}", Spend(CreditCodes.Grouped(code.Value!.Code).ToLowerInvariant(), swim, "1"),
            $"/counter/{venue}?handler=Spend");

        Assert.Equal(HttpStatusCode.Redirect, spent.StatusCode);
        Assert.Contains("Took 2 credits for A swim. Megan Price has 1 credit left.",
            WebUtility.HtmlDecode(await counter.GetHtmlAsync(spent.Headers.Location!.OriginalString)), StringComparison.Ordinal);
        Assert.Equal(60, await BalanceAsync(app, megan, network));
        var redemption = await app.Db(db => db.CreditRedemptions.SingleAsync(r => r.PersonId == megan));
        Assert.Equal((RedemptionMethod.MemberCode, (Guid?)null), (redemption.Method, redemption.RecordedById));
    }

    [Fact]
    public async Task A_new_passcode_signs_out_the_counters_opened_with_the_old_one_and_the_new_one_opens_it()
    {
        await using var app = await CoproduceWebApp.StartAsync(TestProvider.Sqlite);
        var (_, venue) = await PlacesAsync(app);
        using var counter = app.CreateBrowser();
        using var signedIn = await counter.PostFormAsync($"/counter/{venue}/sign-in", [new("Passcode", DemoCredits.CounterPasscode)]);
        using (var before = await counter.GetAsync(new Uri($"/counter/{venue}", UriKind.Relative), TestContext.Current.CancellationToken))
        {
            Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        }

        using var admin = app.CreateBrowser();
        await admin.SignInAsync("admin@coproduce.test");

        using var changed = await admin.PostFormAsync($"/counter/{venue}/offers", [new("Input.Passcode", "swim-desk-2027")], $"/counter/{venue}/offers?handler=Passcode");
        using var after = await counter.GetAsync(new Uri($"/counter/{venue}", UriKind.Relative), TestContext.Current.CancellationToken);
        using var old = await counter.PostFormAsync($"/counter/{venue}/sign-in", [new("Passcode", DemoCredits.CounterPasscode)]);
        using var renewed = await counter.PostFormAsync($"/counter/{venue}/sign-in", [new("Passcode", "swim-desk-2027")]);
        using var open = await counter.GetAsync(new Uri($"/counter/{venue}", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        Assert.Equal($"/counter/{venue}/sign-in", after.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.OK, old.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, renewed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, open.StatusCode);
    }

    [Fact]
    public async Task Printed_notes_are_issued_printed_and_handed_in_once()
    {
        await using var app = await CoproduceWebApp.StartAsync(TestProvider.Sqlite);
        var (network, venue) = await PlacesAsync(app);
        using var sian = app.CreateBrowser();
        await sian.SignInAsync("sian@coproduce.test");

        using var issued = await sian.PostFormAsync($"/credits/{network}/notes", [new("Input.Count", "2"), new("Input.CreditsEach", "3")],
            $"/credits/{network}/notes?handler=Issue");

        Assert.Equal(HttpStatusCode.Redirect, issued.StatusCode);
        var sheet = WebUtility.HtmlDecode(await sian.GetHtmlAsync(issued.Headers.Location!.OriginalString));
        var batch = await app.Db(db => db.CreditNoteBatches.OrderByDescending(b => b.IssuedAt).FirstAsync());
        var printed = (await app.Services.GetRequiredService<CreditNoteService>().SheetAsync(network, batch.Id, TestContext.Current.CancellationToken))!;
        Assert.Equal(2, printed.Count);
        Assert.All(printed, n => Assert.Contains(CreditCodes.Grouped(n.Note.Serial), sheet, StringComparison.Ordinal));
        Assert.Equal(2, CountOf(sheet, "class=\"app-note__qr\""));
        Assert.DoesNotContain("PIN", sheet, StringComparison.Ordinal);

        // Siân coordinates the network, so she may work the leisure centre's counter herself.
        var typed = CreditCodes.Grouped(printed[0].Note.Serial) + " " + CreditCodes.Grouped(printed[0].Token[13..]);
        using var first = await sian.PostFormAsync($"/counter/{venue}", [new("Input.Note", typed)], $"/counter/{venue}?handler=Note");
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Contains($"Took note {CreditCodes.Grouped(printed[0].Note.Serial)}: 3 credits.",
            WebUtility.HtmlDecode(await sian.GetHtmlAsync(first.Headers.Location!.OriginalString)), StringComparison.Ordinal);
        using var again = await sian.PostFormAsync($"/cy/counter/{venue}", [new("Input.Note", printed[0].Token)], $"/cy/counter/{venue}?handler=Note");
        Assert.Contains("wedi'i defnyddio'n barod", await again.ReadHtmlAsync(), StringComparison.Ordinal);
        using var garbled = await sian.PostFormAsync($"/counter/{venue}", [new("Input.Note", "hello")], $"/counter/{venue}?handler=Note");
        Assert.Contains("<a href=\"#Input_Note\">The code couldn't be read", await garbled.ReadHtmlAsync(), StringComparison.Ordinal);
        Assert.Equal(1, await app.Db(db => db.CreditRedemptions.CountAsync(r => r.NoteId != null && db.CreditNotes.Any(n => n.Id == r.NoteId && n.BatchId == batch.Id))));
    }

    [Fact]
    public async Task A_member_gives_credits_to_another_by_their_code_and_cannot_give_more_than_they_hold()
    {
        await using var app = await CoproduceWebApp.StartAsync(TestProvider.Sqlite);
        var (network, _) = await PlacesAsync(app);
        var huw = await PersonAsync(app, "Huw Jenkins");
        var code = (await app.Services.GetRequiredService<CreditSpendingService>().CardAsync(huw, network, TestContext.Current.CancellationToken)).Value!.Code;
        using var megan = app.CreateBrowser();
        await megan.SignInAsync("megan@coproduce.test");
        var path = $"/credits/{network}/give";

        using var tooMuch = await megan.PostFormAsync("/cy" + path, [new("Input.MemberCode", code), new("Input.Credits", "9")], $"/cy{path}?handler=Member");
        Assert.Contains("Mae gennych chi 3 credyd: rhowch gymaint â hynny neu lai", await tooMuch.ReadHtmlAsync(), StringComparison.Ordinal);
        using var given = await megan.PostFormAsync(path, [new("Input.MemberCode", code), new("Input.Credits", "1"), new("Input.Note", "For the bus")],
            $"{path}?handler=Member");

        Assert.Equal(HttpStatusCode.Redirect, given.StatusCode);
        Assert.Contains("You gave 1 credit. Thank you.", WebUtility.HtmlDecode(await megan.GetHtmlAsync(given.Headers.Location!.OriginalString)), StringComparison.Ordinal);
        Assert.True(await app.Db(db => db.OutboxMessages.AnyAsync(m => m.PersonId == huw && m.Body.Contains("For the bus"))));
    }

    private static async Task<(Guid Network, Guid Venue)> PlacesAsync(CoproduceWebApp app) =>
        (await app.Db(db => db.Organisations.Where(o => o.Name == "Bridgend Time Credits").Select(o => o.Id).SingleAsync()),
            await app.Db(db => db.Organisations.Where(o => o.Name == "Garw Leisure Centre").Select(o => o.Id).SingleAsync()));

    private static Task<Guid> PersonAsync(CoproduceWebApp app, string name) =>
        app.Db(db => db.People.Where(p => p.Profile.Name == name).Select(p => p.Id).SingleAsync());

    private static Task<long> BalanceAsync(CoproduceWebApp app, Guid person, Guid network) =>
        app.Db(db => db.LedgerAccounts.Where(a => a.OwnerId == person && a.HeldAtOrganisationId == network && a.OwnerKind == AccountOwnerKind.Member)
            .Select(a => a.BalanceMinutes).SingleAsync());

    private static KeyValuePair<string, string>[] Day(DateOnly day) =>
    [
        new("Input.SessionOn.Day", day.Day.ToString(CultureInfo.InvariantCulture)),
        new("Input.SessionOn.Month", day.Month.ToString(CultureInfo.InvariantCulture)),
        new("Input.SessionOn.Year", day.Year.ToString(CultureInfo.InvariantCulture)),
    ];

    private static KeyValuePair<string, string>[] Spend(string code, Guid offer, string adults) =>
        [new("Input.MemberCode", code), new("Input.Offer", offer.ToString()), new("Input.Adults", adults), new("Input.Children", "0")];

    private static int CountOf(string text, string part) => (text.Length - text.Replace(part, string.Empty, StringComparison.Ordinal).Length) / part.Length;
}
