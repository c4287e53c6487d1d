using System.Net;
using Coproduce.Core.Timebank;
using Coproduce.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Coproduce.Web.Tests.Pages.Timebank;

/// <summary>The skills and interests page, posted as a browser does: a member's own, and a coordinator's for a member who isn't online.</summary>
public class SkillsPageTests
{
    private const string Gardening = "5b1c2a10-0000-4000-8000-000000000001";
    private const string Befriending = "5b1c2a10-0000-4000-8000-000000000002";
    private const string Lifts = "5b1c2a10-0000-4000-8000-000000000003";

    [Fact]
    public async Task Megan_sees_what_she_ticked_changes_it_and_a_box_that_is_no_category_is_refused_in_welsh()
    {
        await using var app = await CoproduceWebApp.StartAsync(TestProvider.Sqlite);
        var timebank = await TimebankAsync(app);
        using var megan = app.CreateBrowser();
        await megan.SignInAsync("megan@coproduce.test");

        var page = await megan.GetHtmlAsync($"/timebank/{timebank}/skills");
        Assert.Contains("Your skills and interests", page, StringComparison.Ordinal);
        Assert.Contains($"name=\"Offers\" type=\"checkbox\" value=\"{Gardening}\" checked", page, StringComparison.Ordinal);
        Assert.Contains($"name=\"Wants\" type=\"checkbox\" value=\"{Gardening}\">", page, StringComparison.Ordinal);

        using var garbled = await megan.PostFormAsync($"/cy/timebank/{timebank}/skills", [new("Offers", Gardening), new("Offers", "not-a-kind-of-help")]);
        Assert.Equal(HttpStatusCode.OK, garbled.StatusCode);
        Assert.Contains("Dewiswch fathau o help o’r rhestr", WebUtility.HtmlDecode(await garbled.ReadHtmlAsync()), StringComparison.Ordinal);
        Assert.Equal(3, await SkillsOfAsync(app, "Megan"));

        using var saved = await megan.PostFormAsync($"/timebank/{timebank}/skills", [new("Offers", Befriending)]);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains("Saved: skills and interests", await megan.GetHtmlAsync(saved.Headers.Location!.OriginalString), StringComparison.Ordinal);
        Assert.Equal(1, await SkillsOfAsync(app, "Megan"));
        Assert.Contains("Eich sgiliau a’ch diddordebau", WebUtility.HtmlDecode(await megan.GetHtmlAsync($"/cy/timebank/{timebank}/skills")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sian_writes_down_ednas_skills_the_record_names_her_and_megan_cannot_open_ednas()
    {
        await using var app = await CoproduceWebApp.StartAsync(TestProvider.Sqlite);
        var timebank = await TimebankAsync(app);
        var (edna, sian) = await app.Db(async db => (
            await db.People.Where(p => p.Profile.Name == "Edna Price").Select(p => p.Id).SingleAsync(),
            await db.People.Where(p => p.Profile.Email == "sian@coproduce.test").Select(p => p.Id).SingleAsync()));
        using var coordinator = app.CreateBrowser();
        await coordinator.SignInAsync("sian@coproduce.test");
        using var megan = app.CreateBrowser();
        await megan.SignInAsync("megan@coproduce.test");

        var chooser = await coordinator.GetHtmlAsync($"/timebank/{timebank}/skills");
        using var saved = await coordinator.PostFormAsync($"/timebank/{timebank}/skills?memberId={edna}", [new("Offers", Befriending), new("Wants", Lifts)]);
        var ednas = WebUtility.HtmlDecode(await coordinator.GetHtmlAsync(saved.Headers.Location!.OriginalString));
        using var guessed = await megan.GetAsync(new Uri($"/timebank/{timebank}/skills?memberId={edna}", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Contains("Choose a member to see or change their skills and interests.", WebUtility.HtmlDecode(chooser), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains("Skills and interests: Edna Price", ednas, StringComparison.Ordinal);
        Assert.Contains("What can Edna Price help with?", ednas, StringComparison.Ordinal);
        var kept = await app.Db(db => db.TimebankMemberSkills.Where(s => s.PersonId == edna).OrderBy(s => s.Kind).Select(s => new { s.Kind, s.AddedById }).ToListAsync());
        Assert.Equal([(PostKind.Offer, sian), (PostKind.Request, sian)], kept.Select(s => (s.Kind, s.AddedById)));
        Assert.Equal(HttpStatusCode.NotFound, guessed.StatusCode);
    }

    [Fact]
    public async Task A_request_for_a_lift_suggests_to_the_coordinator_the_members_who_say_they_give_lifts()
    {
        await using var app = await CoproduceWebApp.StartAsync(TestProvider.Sqlite);
        var timebank = await TimebankAsync(app);
        var ednasRequest = await app.Db(db => db.TimebankPosts.Where(p => p.Title.StartsWith("A lift to the chemist")).Select(p => p.Id).SingleAsync());
        using var coordinator = app.CreateBrowser();
        await coordinator.SignInAsync("sian@coproduce.test");
        using var megan = app.CreateBrowser();
        await megan.SignInAsync("megan@coproduce.test");

        var forCoordinator = WebUtility.HtmlDecode(await coordinator.GetHtmlAsync($"/timebank/{timebank}/posts/{ednasRequest}"));
        var forMegan = WebUtility.HtmlDecode(await megan.GetHtmlAsync($"/timebank/{timebank}/posts/{ednasRequest}"));

        Assert.Contains("Members who say they can give this kind of help", forCoordinator, StringComparison.Ordinal);
        Assert.Contains("<li>Megan Price</li>", forCoordinator, StringComparison.Ordinal);
        Assert.Contains("<li>Huw Jenkins</li>", forCoordinator, StringComparison.Ordinal);
        // Megan answers the request herself; the list is for its author and the coordinators.
        Assert.DoesNotContain("Members who say they can give", forMegan, StringComparison.Ordinal);
    }

    private static Task<Guid> TimebankAsync(CoproduceWebApp app) =>
        app.Db(db => db.Organisations.Where(o => o.Name == "Garw Valley Timebank").Select(o => o.Id).SingleAsync());

    private static Task<int> SkillsOfAsync(CoproduceWebApp app, string name) =>
        app.Db(db => db.TimebankMemberSkills.CountAsync(s => db.People.Any(p => p.Id == s.PersonId && p.Profile.Name.StartsWith(name))));
}
