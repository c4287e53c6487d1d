using System.Net;
using Coproduce.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Coproduce.Web.Tests.Pages.Timebank;

/// <summary>A timebank's own kinds of help, added as a browser does.</summary>
public class CategoriesPageTests
{
    [Fact]
    public async Task A_coordinator_adds_a_kind_of_help_a_taken_name_is_refused_in_welsh_and_a_member_cannot_reach_it()
    {
        await using var app = await CoproduceWebApp.StartAsync(TestProvider.Sqlite);
        var timebank = await app.Db(db => db.Organisations.Where(o => o.Name == "Garw Valley Timebank").Select(o => o.Id).SingleAsync());
        var path = $"/timebank/{timebank}/categories";
        using var sian = app.CreateBrowser();
        await sian.SignInAsync("sian@coproduce.test");

        using var taken = await sian.PostFormAsync("/cy" + path, [new("Input.Name", "Gardening"), new("Input.NameWelsh", "")]);
        var refused = WebUtility.HtmlDecode(await taken.ReadHtmlAsync());
        Assert.Contains("Mae gan y banc amser fath o help gyda’r enw hwn yn barod", refused, StringComparison.Ordinal);
        Assert.Contains("Rhowch y math o help yn Gymraeg", refused, StringComparison.Ordinal);
        using var added = await sian.PostFormAsync(path, [new("Input.Name", "Chapel flowers"), new("Input.NameWelsh", "Blodau’r capel")]);

        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.Contains("Added: Chapel flowers", WebUtility.HtmlDecode(await sian.GetHtmlAsync(path)), StringComparison.Ordinal);
        Assert.Contains("Blodau’r capel", WebUtility.HtmlDecode(await sian.GetHtmlAsync($"/cy/timebank/{timebank}/posts/new")), StringComparison.Ordinal);
        Assert.Equal(1, await app.Db(db => db.TimebankCategories.CountAsync(c => c.OrganisationId == timebank)));
    }
}
