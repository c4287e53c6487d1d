using System.Net;
using Coproduce.Core.Ledger;
using Coproduce.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Coproduce.Web.Tests.Pages.Ledger;

/// <summary>A member's dashboard leads to their statement: each transfer, the other party, what it was for, the balance after it.</summary>
public class StatementPageTests
{
    [Fact]
    public async Task The_dashboard_names_the_balance_and_links_to_a_statement_with_running_balances()
    {
        await using var app = await CoproduceWebApp.StartAsync(TestProvider.Sqlite);
        var account = await MegansAccountAsync(app);
        using var megan = app.CreateBrowser();
        await megan.SignInAsync("megan@coproduce.test");

        var dashboard = await megan.GetHtmlAsync("/dashboard");
        // Megan holds credits at the timebank and at the time-credit network: each balance is named by its place.
        Assert.Contains("<dt class=\"govuk-summary-list__key\">Garw Valley Timebank</dt>", dashboard, StringComparison.Ordinal);
        Assert.Contains("<dt class=\"govuk-summary-list__key\">Bridgend Time Credits</dt>", dashboard, StringComparison.Ordinal);
        Assert.Contains($"href=\"/statement/{account}\"", dashboard, StringComparison.Ordinal);

        var statement = await megan.GetHtmlAsync($"/statement/{account}");
        Assert.Contains("Your statement", statement, StringComparison.Ordinal);
        // Welcome hours (+2:00), a lift given to Edna (+1:30), then Glyn's gardening paid for (-3:00).
        Assert.Contains("Garw Valley Timebank welcome hours", statement, StringComparison.Ordinal);
        Assert.Contains("Megan gave Edna a lift to the surgery", statement, StringComparison.Ordinal);
        Assert.Contains("Glyn Thomas", statement, StringComparison.Ordinal);
        Assert.Contains("3 hours 30 minutes", statement, StringComparison.Ordinal);
        Assert.Contains("30 minutes", statement, StringComparison.Ordinal);

        var welsh = await megan.GetHtmlAsync($"/cy/statement/{account}");
        Assert.Contains("Eich cyfriflen", welsh, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_whole_statement_downloads_as_csv_with_descriptions_kept_as_text()
    {
        await using var app = await CoproduceWebApp.StartAsync(TestProvider.Sqlite);
        var account = await MegansAccountAsync(app);
        using var megan = app.CreateBrowser();
        await megan.SignInAsync("megan@coproduce.test");

        using var response = await megan.GetAsync(new Uri($"/statement/{account}?handler=Csv", UriKind.Relative), TestContext.Current.CancellationToken);
        var csv = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var lines = csv.TrimEnd().Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        Assert.Equal("Number,Date,What it was for,With,In,Out,Balance", lines[0].TrimStart('\uFEFF'));
        Assert.Equal(4, lines.Count);
        Assert.EndsWith(",Garw Valley Timebank welcome hours,2:00,,2:00", lines[1], StringComparison.Ordinal);
        Assert.EndsWith(",,3:00,0:30", lines[3], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_long_statement_opens_at_its_newest_page_and_pages_back()
    {
        await using var app = await CoproduceWebApp.StartAsync(TestProvider.Sqlite);
        var account = await MegansAccountAsync(app);
        var ledger = app.Services.GetRequiredService<LedgerService>();
        var pot = await app.Db(db => db.LedgerAccounts.Where(a => a.Name == "Garw Valley Timebank community pot").Select(a => a.Id).SingleAsync());
        for (var i = 1; i <= 60; i++)
        {
            var posted = await ledger.PostAsync(new TransferRequest
            {
                FromAccountId = pot,
                ToAccountId = account,
                Amount = Hours.FromMinutes(1),
                Kind = TransferKind.Award,
                Description = $"Tidy-up number {i}",
                IdempotencyKey = $"tidy-{i}",
            }, TestContext.Current.CancellationToken);
            Assert.True(posted.Succeeded);
        }

        using var megan = app.CreateBrowser();
        await megan.SignInAsync("megan@coproduce.test");
        var newest = await megan.GetHtmlAsync($"/statement/{account}");
        var oldest = await megan.GetHtmlAsync($"/statement/{account}?page=1");

        Assert.Contains("Page 2 of 2", newest, StringComparison.Ordinal);
        Assert.Contains("Tidy-up number 60", newest, StringComparison.Ordinal);
        Assert.DoesNotContain("Megan gave Edna a lift", newest, StringComparison.Ordinal);
        Assert.Contains("Megan gave Edna a lift", oldest, StringComparison.Ordinal);
        Assert.Contains($"href=\"/statement/{account}?page=2\"", oldest, StringComparison.Ordinal);
        using var nonsense = await megan.GetAsync(new Uri($"/statement/{account}?page=abc", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.NotFound, nonsense.StatusCode);
        using var beyond = await megan.GetAsync(new Uri($"/statement/{account}?page=9", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.NotFound, beyond.StatusCode);
    }

    [Fact]
    public async Task A_coordinator_reaches_the_statement_of_a_member_who_never_signs_in_from_their_page()
    {
        await using var app = await CoproduceWebApp.StartAsync(TestProvider.Sqlite);
        var timebank = await app.Db(db => db.Organisations.Where(o => o.Name == "Garw Valley Timebank").Select(o => o.Id).SingleAsync());
        var edna = await app.Db(db => db.People.Where(p => p.Profile.Name == "Edna Price").Select(p => p.Id).SingleAsync());
        var account = await app.Db(db => db.LedgerAccounts.Where(a => a.OwnerId == edna).Select(a => a.Id).SingleAsync());
        using var sian = app.CreateBrowser();
        await sian.SignInAsync("sian@coproduce.test");

        var page = await sian.GetHtmlAsync($"/organisations/{timebank}/members/{edna}");
        var statement = await sian.GetHtmlAsync($"/statement/{account}");

        Assert.Contains($"href=\"/statement/{account}\"", page, StringComparison.Ordinal);
        // Siân reads someone else's balance: not "Your balance".
        Assert.DoesNotContain("Your balance", page, StringComparison.Ordinal);
        Assert.Contains("Statement for Edna Price", statement, StringComparison.Ordinal);
        Assert.Contains("Megan gave Edna a lift to the surgery", statement, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_timebank_coordinator_reads_the_community_pots_statement_and_a_member_may_not()
    {
        await using var app = await CoproduceWebApp.StartAsync(TestProvider.Sqlite);
        var timebank = await app.Db(db => db.Organisations.Where(o => o.Name == "Garw Valley Timebank").Select(o => o.Id).SingleAsync());
        var pot = await app.Db(db => db.LedgerAccounts.Where(a => a.HeldAtOrganisationId == timebank && a.Purpose == AccountPurpose.CommunityPot)
            .Select(a => a.Id).SingleAsync());
        using var sian = app.CreateBrowser();
        await sian.SignInAsync("sian@coproduce.test");
        using var megan = app.CreateBrowser();
        await megan.SignInAsync("megan@coproduce.test");

        var potPage = await sian.GetHtmlAsync($"/timebank/{timebank}/pot");
        var statement = await sian.GetHtmlAsync($"/statement/{pot}");
        using var refused = await megan.GetAsync(new Uri($"/statement/{pot}", UriKind.Relative), TestContext.Current.CancellationToken);
        var membersPotPage = await megan.GetHtmlAsync($"/timebank/{timebank}/pot");

        Assert.Contains($"href=\"/statement/{pot}\"", potPage, StringComparison.Ordinal);
        Assert.Contains("Statement for Garw Valley Timebank community pot", statement, StringComparison.Ordinal);
        Assert.Contains("/account/access-denied", refused.Headers.Location?.OriginalString, StringComparison.Ordinal);
        Assert.DoesNotContain($"/statement/{pot}", membersPotPage, StringComparison.Ordinal);
    }

    // Megan has an account at the timebank and one at the time-credit network: these tests read the timebank's.
    private static Task<Guid> MegansAccountAsync(CoproduceWebApp app) =>
        app.Db(db => db.LedgerAccounts.Where(a => a.OwnerKind == AccountOwnerKind.Member
            && db.People.Any(p => p.Id == a.OwnerId && p.Profile.Name == "Megan Price")
            && db.Organisations.Any(o => o.Id == a.HeldAtOrganisationId && o.Name == "Garw Valley Timebank")).Select(a => a.Id).SingleAsync());
}
