using System.Globalization;
using System.Net;
using Coproduce.Core.Common;
using Coproduce.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Coproduce.Web.Tests.Pages.Timebank;

/// <summary>Offers and requests, posted as a browser does, in English and Welsh.</summary>
public class PostPagesTests
{
    [Fact]
    public async Task A_member_offers_help_it_is_found_and_a_coordinator_answers_it_for_a_member()
    {
        await using var app = await CoproduceWebApp.StartAsync(TestProvider.Sqlite);
        var timebank = await TimebankAsync(app);
        using var megan = app.CreateBrowser();
        await megan.SignInAsync("megan@coproduce.test");

        using var posted = await megan.PostFormAsync($"/timebank/{timebank}/posts/new", Offer("Walking your dog", "5b1c2a10-0000-4000-8000-00000000000a"));

        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        var page = WebUtility.HtmlDecode(await megan.GetHtmlAsync(posted.Headers.Location!.OriginalString));
        Assert.Contains("Your post is up: members can find it now", page, StringComparison.Ordinal);
        var found = WebUtility.HtmlDecode(await megan.GetHtmlAsync($"/timebank/{timebank}/posts?q=DOG&kind=Offer"));
        Assert.Contains("Walking your dog", found, StringComparison.Ordinal);
        Assert.Contains("1 found", found, StringComparison.Ordinal);
        Assert.Contains("0 found", await megan.GetHtmlAsync($"/timebank/{timebank}/posts?q=dog&kind=Request"), StringComparison.Ordinal);
        // Still up three years from now: nothing is; a date the boxes can't make is said so, in Welsh, above the list.
        var later = DateTime.UtcNow.Year + 3;
        Assert.Contains("0 found", await megan.GetHtmlAsync($"/timebank/{timebank}/posts?q=dog&UpOn.Day=1&UpOn.Month=1&UpOn.Year={later}"), StringComparison.Ordinal);
        var unreadable = WebUtility.HtmlDecode(await megan.GetHtmlAsync($"/cy/timebank/{timebank}/posts?q=dog&UpOn.Day=31&UpOn.Month=2&UpOn.Year={later}"));
        Assert.Contains("Rhowch ddyddiad go iawn", unreadable, StringComparison.Ordinal);
        Assert.Contains("1 wedi’u canfod", unreadable, StringComparison.Ordinal);

        // Megan answers Edna's request (Siân posted it for her); Edna has no email, so nothing is sent, but it counts.
        var ednas = await app.Db(db => db.TimebankPosts.Where(p => p.Title.StartsWith("A lift to the chemist")).Select(p => p.Id).SingleAsync());
        using var answered = await megan.PostFormAsync($"/timebank/{timebank}/posts/{ednas}?handler=Respond", [new("Input.Message", "I drive past on Thursdays")]);
        Assert.Equal(HttpStatusCode.Redirect, answered.StatusCode);
        Assert.Contains("Your message has been sent", WebUtility.HtmlDecode(await megan.GetHtmlAsync(answered.Headers.Location!.OriginalString)), StringComparison.Ordinal);
        Assert.Equal(1, await app.Db(db => db.TimebankPostResponses.CountAsync(r => r.PostId == ednas)));
    }

    [Fact]
    public async Task A_bad_post_is_refused_in_welsh_and_nothing_is_posted()
    {
        await using var app = await CoproduceWebApp.StartAsync(TestProvider.Sqlite);
        var timebank = await TimebankAsync(app);
        using var megan = app.CreateBrowser();
        await megan.SignInAsync("megan@coproduce.test");
        var before = await app.Db(db => db.TimebankPosts.CountAsync());

        using var empty = await megan.PostFormAsync($"/cy/timebank/{timebank}/posts/new", []);
        var html = WebUtility.HtmlDecode(await empty.ReadHtmlAsync());
        Assert.Contains("Mae problem wedi codi", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#Input_Kind\">Dewiswch a ydych yn cynnig help neu’n gofyn amdano</a>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#Input_Category\">Dewiswch pa fath o help ydyw</a>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#Input_Title\">", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#Input_EndsOn\">Rhowch y diwrnod olaf", html, StringComparison.Ordinal);

        using var past = await megan.PostFormAsync($"/cy/timebank/{timebank}/posts/new",
            Offer("Walking your dog", "5b1c2a10-0000-4000-8000-00000000000a", UkTime.Today(TimeProvider.System).AddDays(-1)));
        Assert.Contains("Ni all y diwrnod olaf fod yn y gorffennol", WebUtility.HtmlDecode(await past.ReadHtmlAsync()), StringComparison.Ordinal);
        Assert.Equal(before, await app.Db(db => db.TimebankPosts.CountAsync()));
    }

    [Fact]
    public async Task Huw_records_the_hour_from_megans_offer_and_the_exchange_says_the_kind_of_help_and_where_it_came_from()
    {
        await using var app = await CoproduceWebApp.StartAsync(TestProvider.Sqlite);
        var timebank = await TimebankAsync(app);
        var (offer, megan) = await app.Db(async db => (
            await db.TimebankPosts.Where(p => p.Title == "Help in your garden").Select(p => p.Id).SingleAsync(),
            await db.People.Where(p => p.Profile.Name == "Megan Price").Select(p => p.Id).SingleAsync()));
        using var huw = app.CreateBrowser();
        await huw.SignInAsync("huw@coproduce.test");

        var post = await huw.GetHtmlAsync($"/timebank/{timebank}/posts/{offer}");
        var form = await huw.GetHtmlAsync($"/timebank/{timebank}/exchanges/new?postId={offer}");
        var yesterday = UkTime.Today(TimeProvider.System).AddDays(-1);
        using var recorded = await huw.PostFormAsync($"/timebank/{timebank}/exchanges/new?postId={offer}",
        [
            new("Input.Direction", "Received"), new("Input.Other", megan.ToString()), new("Input.Hours", "1"), new("Input.Description", "Cut back the brambles"),
            new("Input.Category", string.Empty), new("Input.PostId", offer.ToString()),
            new("Input.Date.Day", yesterday.Day.ToString(CultureInfo.InvariantCulture)), new("Input.Date.Month", yesterday.Month.ToString(CultureInfo.InvariantCulture)),
            new("Input.Date.Year", yesterday.Year.ToString(CultureInfo.InvariantCulture)),
        ]);
        var exchange = WebUtility.HtmlDecode(await huw.GetHtmlAsync($"/cy{recorded.Headers.Location!.OriginalString}"));

        Assert.Contains($"href=\"/timebank/{timebank}/exchanges/new?postId={offer}\"", post, StringComparison.Ordinal);
        // From Megan's offer: she gave, Huw was helped, and it was gardening.
        Assert.Contains($"<option value=\"{megan}\" selected>", form, StringComparison.Ordinal);
        Assert.Contains("value=\"Received\" checked", form, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, recorded.StatusCode);
        Assert.Contains("Garddio", exchange, StringComparison.Ordinal);
        Assert.Contains($"href=\"/cy/timebank/{timebank}/posts/{offer}\">Help in your garden</a>", exchange, StringComparison.Ordinal);
    }

    private static KeyValuePair<string, string>[] Offer(string title, string category, DateOnly? endsOn = null)
    {
        var day = endsOn ?? UkTime.Today(TimeProvider.System).AddDays(14);
        return
        [
            new("Input.Kind", "Offer"), new("Input.Category", category), new("Input.Title", title), new("Input.Area", "Blaengarw"),
            new("Input.EndsOn.Day", day.Day.ToString(CultureInfo.InvariantCulture)), new("Input.EndsOn.Month", day.Month.ToString(CultureInfo.InvariantCulture)),
            new("Input.EndsOn.Year", day.Year.ToString(CultureInfo.InvariantCulture)),
        ];
    }

    private static Task<Guid> TimebankAsync(CoproduceWebApp app) =>
        app.Db(db => db.Organisations.Where(o => o.Name == "Garw Valley Timebank").Select(o => o.Id).SingleAsync());
}
