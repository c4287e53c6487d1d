using System.Globalization;
using System.Net;
using Coproduce.Core.Common;
using Coproduce.Core.Timebank;
using Coproduce.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Coproduce.Web.Tests.Pages.Timebank;

/// <summary>The timebank's pages, posted as a browser does, in English and Welsh.</summary>
public class TimebankPagesTests
{
    [Fact]
    public async Task A_member_records_an_hour_and_a_coordinator_confirms_it_for_a_member_who_is_not_online()
    {
        await using var app = await CoproduceWebApp.StartAsync(TestProvider.Sqlite);
        var (timebank, glyn) = await IdsAsync(app, "Glyn Thomas");
        var megan = await PersonAsync(app, "Megan Price");
        using var browser = app.CreateBrowser();
        await browser.SignInAsync("megan@coproduce.test");
        var path = $"/timebank/{timebank}/exchanges/new";
        var before = await BalancesAsync(app, timebank, megan, glyn);

        using var recorded = await browser.PostFormAsync(path, Fields("Gave", glyn, "1:30", "Took Glyn to the Co-op in Pontycymer"));

        Assert.Equal(HttpStatusCode.Redirect, recorded.StatusCode);
        var page = WebUtility.HtmlDecode(await browser.GetHtmlAsync(recorded.Headers.Location!.OriginalString));
        Assert.Contains("The exchange is recorded: the other member is asked to confirm it", page, StringComparison.Ordinal);
        Assert.Contains("Waiting for Glyn Thomas", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Confirm exchange", page, StringComparison.Ordinal);
        Assert.Equal(before, await BalancesAsync(app, timebank, megan, glyn));

        // Glyn has no login; Siân confirms it for him from her screen, in Welsh.
        using var sian = app.CreateBrowser();
        await sian.SignInAsync("sian@coproduce.test");
        Assert.Contains("Took Glyn to the Co-op", await sian.GetHtmlAsync($"/cy/timebank/{timebank}/coordinate"), StringComparison.Ordinal);
        var exchangePath = "/cy" + recorded.Headers.Location!.OriginalString;
        using var confirmed = await sian.PostFormAsync(exchangePath + "?handler=Confirm", []);
        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        Assert.Contains("Mae’r cyfnewid wedi’i gadarnhau ac mae’r oriau wedi symud", WebUtility.HtmlDecode(await sian.GetHtmlAsync(exchangePath)),
            StringComparison.Ordinal);
        Assert.Equal((before.Megan + 90, before.Other - 90), await BalancesAsync(app, timebank, megan, glyn));
    }

    [Fact]
    public async Task Bad_input_is_refused_in_welsh_and_nothing_is_recorded()
    {
        await using var app = await CoproduceWebApp.StartAsync(TestProvider.Sqlite);
        var (timebank, glyn) = await IdsAsync(app, "Glyn Thomas");
        var megan = await PersonAsync(app, "Megan Price");
        using var browser = app.CreateBrowser();
        await browser.SignInAsync("megan@coproduce.test");
        var path = $"/cy/timebank/{timebank}/exchanges/new";
        var count = await app.Db(db => db.TimebankExchanges.CountAsync());
        var nextWeek = UkTime.Today(TimeProvider.System).AddDays(8);

        using var empty = await browser.PostFormAsync(path, []);
        var emptyHtml = WebUtility.HtmlDecode(await empty.ReadHtmlAsync());
        Assert.Contains("Mae problem wedi codi", emptyHtml, StringComparison.Ordinal);
        Assert.Contains("Dewiswch a wnaethoch roi eich amser neu gael help", emptyHtml, StringComparison.Ordinal);
        Assert.Contains("Rhowch beth a wnaed", emptyHtml, StringComparison.Ordinal);
        Assert.Contains("Dewiswch yr aelod y gwnaethoch gyfnewid amser gyda nhw", emptyHtml, StringComparison.Ordinal);

        using var bad = await browser.PostFormAsync(path, [.. Fields("Gave", megan, "0", "Gardening", nextWeek)]);
        var badHtml = WebUtility.HtmlDecode(await bad.ReadHtmlAsync());
        Assert.Contains("<a href=\"#Input_Other\">Dewiswch rywun arall: mae cyfnewid rhwng dau aelod gwahanol</a>", badHtml, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#Input_Date\">Ni all y dyddiad fod yn y dyfodol", badHtml, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#Input_Hours\">", badHtml, StringComparison.Ordinal);
        Assert.Contains("Gardening</textarea>", badHtml, StringComparison.Ordinal);

        using var tooLong = await browser.PostFormAsync(path, Fields("Received", glyn, "25", "A long day"));
        Assert.Contains("Rhowch ddim mwy na 24 awr", WebUtility.HtmlDecode(await tooLong.ReadHtmlAsync()), StringComparison.Ordinal);

        Assert.Equal(count, await app.Db(db => db.TimebankExchanges.CountAsync()));
    }

    [Fact]
    public async Task A_coordinator_records_for_two_members_and_it_is_confirmed_at_once_but_a_member_cant_open_others_exchanges()
    {
        await using var app = await CoproduceWebApp.StartAsync(TestProvider.Sqlite);
        var (timebank, edna) = await IdsAsync(app, "Edna Price");
        var dilys = await PersonAsync(app, "Dilys Morgan");
        using var sian = app.CreateBrowser();
        await sian.SignInAsync("sian@coproduce.test");

        using var recorded = await sian.PostFormAsync($"/timebank/{timebank}/exchanges/new", [
            new("Input.Giver", edna.ToString()), new("Input.Receiver", dilys.ToString()), new("Input.Hours", "2"),
            .. DateFields(UkTime.Today(TimeProvider.System)), new("Input.Description", "Sat with Dilys while her daughter was away")]);

        Assert.Equal(HttpStatusCode.Redirect, recorded.StatusCode);
        var page = WebUtility.HtmlDecode(await sian.GetHtmlAsync(recorded.Headers.Location!.OriginalString));
        Assert.Contains("The exchange is confirmed and the hours have moved", page, StringComparison.Ordinal);
        Assert.Contains("on the members’ behalf", page, StringComparison.Ordinal);

        // Megan took no part: guessing its address gets her a missing page, not the exchange.
        using var megan = app.CreateBrowser();
        await megan.SignInAsync("megan@coproduce.test");
        using var guessed = await megan.GetAsync(new Uri(recorded.Headers.Location!.OriginalString, UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.NotFound, guessed.StatusCode);
    }

    private static KeyValuePair<string, string>[] Fields(string direction, Guid other, string hours, string what, DateOnly? day = null) =>
    [
        new("Input.Direction", direction), new("Input.Other", other.ToString()), new("Input.Hours", hours),
        .. DateFields(day ?? UkTime.Today(TimeProvider.System).AddDays(-1)), new("Input.Description", what),
    ];

    private static KeyValuePair<string, string>[] DateFields(DateOnly day) =>
    [
        new("Input.Date.Day", day.Day.ToString(CultureInfo.InvariantCulture)), new("Input.Date.Month", day.Month.ToString(CultureInfo.InvariantCulture)),
        new("Input.Date.Year", day.Year.ToString(CultureInfo.InvariantCulture)),
    ];

    private static async Task<(long Megan, long Other)> BalancesAsync(CoproduceWebApp app, Guid timebank, Guid megan, Guid other)
    {
        var exchanges = app.Services.GetRequiredService<ExchangeService>();
        return ((await exchanges.BalanceAsync(megan, timebank)).Minutes, (await exchanges.BalanceAsync(other, timebank)).Minutes);
    }

    private static Task<Guid> PersonAsync(CoproduceWebApp app, string name) =>
        app.Db(db => db.People.Where(p => p.Profile.Name == name).Select(p => p.Id).SingleAsync());

    private static async Task<(Guid Timebank, Guid Person)> IdsAsync(CoproduceWebApp app, string name) =>
        (await app.Db(db => db.Organisations.Where(o => o.Name == "Garw Valley Timebank").Select(o => o.Id).SingleAsync()), await PersonAsync(app, name));
}

/// <summary>The timebank's rules page, posted as a browser does.</summary>
public class TimebankSettingsPageTests
{
    [Fact]
    public async Task An_admin_changes_the_rules_in_welsh_and_bad_numbers_change_nothing()
    {
        await using var app = await CoproduceWebApp.StartAsync(TestProvider.Sqlite);
        var timebank = await app.Db(db => db.Organisations.Where(o => o.Name == "Garw Valley Timebank").Select(o => o.Id).SingleAsync());
        using var gareth = app.CreateBrowser();
        await gareth.SignInAsync("gareth@coproduce.test");
        var path = $"/cy/timebank/{timebank}/settings";

        using var bad = await gareth.PostFormAsync(path, [new("Input.Confirmation", "OtherSideConfirms"), new("Input.CreditLimitHours", "lots")]);
        Assert.Contains("<a href=\"#Input_CreditLimitHours\">Rhowch rif cyfan o 0 i 100</a>", WebUtility.HtmlDecode(await bad.ReadHtmlAsync()), StringComparison.Ordinal);
        Assert.False(await app.Db(db => db.TimebankSettings.AnyAsync()));

        using var saved = await gareth.PostFormAsync(path, [new("Input.Confirmation", "CoordinatorApproves"), new("Input.CreditLimitHours", "5"),
            new("Input.AcceptAfterDays", "14"), new("Input.BalanceCapHours", ""), new("Input.LimitGrowsEveryHours", "4")]);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains("Mae’r rheolau wedi’u cadw", WebUtility.HtmlDecode(await gareth.GetHtmlAsync(saved.Headers.Location!.OriginalString)), StringComparison.Ordinal);
        var rules = await app.Db(db => db.TimebankSettings.SingleAsync());
        Assert.Equal((ConfirmationPolicy.CoordinatorApproves, 5, (int?)null, (int?)4),
            (rules.Confirmation, rules.CreditLimitHours, rules.BalanceCapHours, rules.LimitGrowsEveryHours));
    }
}

/// <summary>The community pot's page, posted as a browser does.</summary>
public class CommunityPotPageTests
{
    [Fact]
    public async Task A_member_gives_hours_and_a_coordinator_grants_them_in_welsh()
    {
        await using var app = await CoproduceWebApp.StartAsync(TestProvider.Sqlite);
        var timebank = await app.Db(db => db.Organisations.Where(o => o.Name == "Garw Valley Timebank").Select(o => o.Id).SingleAsync());
        var path = $"/timebank/{timebank}/pot";
        using var megan = app.CreateBrowser();
        await megan.SignInAsync("megan@coproduce.test");

        using var tooMuch = await megan.PostFormAsync(path + "?handler=Give", [new("Input.Hours", "100")]);
        Assert.Contains("You can give only hours you hold", WebUtility.HtmlDecode(await tooMuch.ReadHtmlAsync()), StringComparison.Ordinal);
        using var given = await megan.PostFormAsync(path + "?handler=Give", [new("Input.Hours", "0:15"), new("Input.Note", "For a lift")]);
        Assert.Equal(HttpStatusCode.Redirect, given.StatusCode);
        Assert.Contains("Thank you: your hours are in the pot", WebUtility.HtmlDecode(await megan.GetHtmlAsync(path)), StringComparison.Ordinal);

        using var sian = app.CreateBrowser();
        await sian.SignInAsync("sian@coproduce.test");
        var edna = await app.Db(db => db.People.Where(p => p.Profile.Name == "Edna Price").Select(p => p.Id).SingleAsync());
        using var noReason = await sian.PostFormAsync("/cy" + path + "?handler=Grant", [new("Input.Member", edna.ToString()), new("Input.GrantHours", "0:15")]);
        Assert.Contains("<a href=\"#Input_Reason\">Rhowch y rheswm pam mae’r oriau hyn yn cael eu rhoi</a>", WebUtility.HtmlDecode(await noReason.ReadHtmlAsync()),
            StringComparison.Ordinal);
        var potBefore = await app.Db(db => db.LedgerAccounts.Where(a => a.HeldAtOrganisationId == timebank && a.Purpose == Core.Ledger.AccountPurpose.CommunityPot)
            .Select(a => a.BalanceMinutes).SingleAsync());
        using var granted = await sian.PostFormAsync("/cy" + path + "?handler=Grant", [new("Input.Member", edna.ToString()), new("Input.GrantHours", "0:15"),
            new("Input.Reason", "Siopa tra bod ei chlun yn gwella")]);
        Assert.Equal(HttpStatusCode.Redirect, granted.StatusCode);
        Assert.Equal(potBefore - 15, await app.Db(db => db.LedgerAccounts.Where(a => a.HeldAtOrganisationId == timebank && a.Purpose == Core.Ledger.AccountPurpose.CommunityPot)
            .Select(a => a.BalanceMinutes).SingleAsync()));
    }
}
