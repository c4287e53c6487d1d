using System.Net;
using Coproduce.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Coproduce.Web.Tests.Pages.Timebank;

/// <summary>A member's choices page: who sees their balance, and whom they trust, posted as a browser does.</summary>
public class ChoicesPageTests
{
    [Fact]
    public async Task Megan_sees_glyns_balance_he_chose_to_show_not_ednas_and_chooses_to_show_her_own()
    {
        await using var app = await CoproduceWebApp.StartAsync(TestProvider.Sqlite);
        var timebank = await TimebankAsync(app);
        var (glyns, ednas) = await app.Db(async db => (
            await db.TimebankPosts.Where(p => p.Title == "Setting up phones and tablets").Select(p => p.Id).SingleAsync(),
            await db.TimebankPosts.Where(p => p.Title.StartsWith("A lift to the chemist")).Select(p => p.Id).SingleAsync()));
        using var megan = app.CreateBrowser();
        await megan.SignInAsync("megan@coproduce.test");

        Assert.Contains("Their balance", WebUtility.HtmlDecode(await megan.GetHtmlAsync($"/timebank/{timebank}/posts/{glyns}")), StringComparison.Ordinal);
        Assert.DoesNotContain("Their balance", WebUtility.HtmlDecode(await megan.GetHtmlAsync($"/timebank/{timebank}/posts/{ednas}")), StringComparison.Ordinal);

        using var saved = await megan.PostFormAsync($"/timebank/{timebank}/choices?handler=Balance", [new("BalanceShownTo", "Members")]);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains("Saved: who can see your balance", WebUtility.HtmlDecode(await megan.GetHtmlAsync(saved.Headers.Location!.OriginalString)),
            StringComparison.Ordinal);
        using var unchosen = await megan.PostFormAsync($"/cy/timebank/{timebank}/choices?handler=Balance", [new("BalanceShownTo", "Everyone")]);
        Assert.Contains("Dewiswch pwy sy’n gallu gweld eich balans", WebUtility.HtmlDecode(await unchosen.ReadHtmlAsync()), StringComparison.Ordinal);
        Assert.True(await app.Db(db => db.TimebankMemberPreferences.AnyAsync(p => p.OrganisationId == timebank && p.ShowsBalance
            && db.People.Any(person => person.Id == p.PersonId && person.Profile.Name.StartsWith("Megan")))));
    }

    [Fact]
    public async Task Megan_trusts_edna_stops_trusting_glyn_and_someone_she_never_exchanged_with_is_refused_in_welsh()
    {
        await using var app = await CoproduceWebApp.StartAsync(TestProvider.Sqlite);
        var timebank = await TimebankAsync(app);
        var (edna, glyn, huw) = await app.Db(async db =>
        {
            var ids = await db.People.Where(p => p.Profile.Name.StartsWith("Edna") || p.Profile.Name.StartsWith("Glyn") || p.Profile.Name.StartsWith("Huw"))
                .ToDictionaryAsync(p => p.Profile.Name.Substring(0, 3), p => p.Id);
            return (ids["Edn"], ids["Gly"], ids["Huw"]);
        });
        using var megan = app.CreateBrowser();
        await megan.SignInAsync("megan@coproduce.test");
        var page = WebUtility.HtmlDecode(await megan.GetHtmlAsync($"/timebank/{timebank}/choices"));
        Assert.Contains("Stop trusting", page, StringComparison.Ordinal);

        using var refused = await megan.PostFormAsync($"/cy/timebank/{timebank}/choices?handler=Trust", [new("TrustedId", huw.ToString())]);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Dewiswch rywun rydych wedi cyfnewid amser gyda nhw", WebUtility.HtmlDecode(await refused.ReadHtmlAsync()), StringComparison.Ordinal);

        using var trusted = await megan.PostFormAsync($"/timebank/{timebank}/choices?handler=Trust", [new("TrustedId", edna.ToString())]);
        using var stopped = await megan.PostFormAsync($"/timebank/{timebank}/choices?handler=StopTrusting", [new("TrustedId", glyn.ToString())]);

        Assert.Equal((HttpStatusCode.Redirect, HttpStatusCode.Redirect), (trusted.StatusCode, stopped.StatusCode));
        var trusts = await app.Db(db => db.TimebankTrustedMembers.Where(t => t.OrganisationId == timebank).Select(t => t.TrustedId).ToListAsync());
        Assert.Equal([edna], trusts);
    }

    [Fact]
    public async Task Sian_shows_dilyss_balance_for_her_as_she_asked_and_megan_cannot_open_dilyss_choices()
    {
        await using var app = await CoproduceWebApp.StartAsync(TestProvider.Sqlite);
        var timebank = await TimebankAsync(app);
        var dilys = await app.Db(db => db.People.Where(p => p.Profile.Name == "Dilys Morgan").Select(p => p.Id).SingleAsync());
        using var sian = app.CreateBrowser();
        await sian.SignInAsync("sian@coproduce.test");
        using var megan = app.CreateBrowser();
        await megan.SignInAsync("megan@coproduce.test");

        var page = WebUtility.HtmlDecode(await sian.GetHtmlAsync($"/timebank/{timebank}/choices?memberId={dilys}"));
        using var saved = await sian.PostFormAsync($"/timebank/{timebank}/choices?memberId={dilys}&handler=Balance", [new("BalanceShownTo", "Members")]);
        using var guessed = await megan.GetAsync(new Uri($"/timebank/{timebank}/choices?memberId={dilys}", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Contains("Choices: Dilys Morgan", page, StringComparison.Ordinal);
        Assert.Contains("Who can see Dilys Morgan’s balance?", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains($"memberId={dilys}", saved.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.True(await app.Db(db => db.TimebankMemberPreferences.AnyAsync(p => p.PersonId == dilys && p.ShowsBalance)));
        Assert.Equal(HttpStatusCode.NotFound, guessed.StatusCode);
    }

    private static Task<Guid> TimebankAsync(CoproduceWebApp app) =>
        app.Db(db => db.Organisations.Where(o => o.Name == "Garw Valley Timebank").Select(o => o.Id).SingleAsync());
}
