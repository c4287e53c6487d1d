using System.Net;
using Coproduce.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Coproduce.Web.Tests.Pages.Admin;

/// <summary>A site admin links a commissioning body to what it commissions, and its commissioner sees it on their dashboard.</summary>
public class CommissioningPageTests
{
    [Fact]
    public async Task A_site_admin_links_and_unlinks_and_the_commissioners_dashboard_follows()
    {
        await using var app = await CoproduceWebApp.StartAsync(TestProvider.Sqlite);
        var council = await IdOfAsync(app, "Bridgend County Borough Council");
        var transport = await IdOfAsync(app, "Vale Evening Rider");
        using var admin = app.CreateBrowser();
        await admin.SignInAsync("admin@coproduce.test");
        using var helen = app.CreateBrowser();
        await helen.SignInAsync("helen@coproduce.test");
        var path = $"/admin/organisations/{council}";

        // The demo council commissions the timebank and the network.
        var dashboard = WebUtility.HtmlDecode(await helen.GetHtmlAsync("/dashboard"));
        Assert.Contains("Organisations you commission", dashboard, StringComparison.Ordinal);
        Assert.Contains("Garw Valley Timebank", dashboard, StringComparison.Ordinal);
        Assert.DoesNotContain("Vale Evening Rider", dashboard, StringComparison.Ordinal);

        using var empty = await admin.PostFormAsync("/cy" + path, [new("CommissionedId", "")], action: $"/cy{path}?handler=Link");
        Assert.Equal(HttpStatusCode.OK, empty.StatusCode);
        var refused = await empty.ReadHtmlAsync();
        Assert.Contains("govuk-error-summary__list", refused, StringComparison.Ordinal);
        Assert.Contains("Dewiswch y sefydliad y mae’n ei gomisiynu", refused, StringComparison.Ordinal);

        using var linked = await admin.PostFormAsync(path, [new("CommissionedId", transport.ToString())], action: $"{path}?handler=Link");
        Assert.Equal(HttpStatusCode.Redirect, linked.StatusCode);
        Assert.Contains("Bridgend County Borough Council now commissions the organisation", WebUtility.HtmlDecode(await admin.GetHtmlAsync(path)),
            StringComparison.Ordinal);
        Assert.Contains("Vale Evening Rider", await helen.GetHtmlAsync("/dashboard"), StringComparison.Ordinal);

        using var unlinked = await admin.PostFormAsync(path, [], action: $"{path}?handler=Unlink&commissionedId={transport}");
        Assert.Equal(HttpStatusCode.Redirect, unlinked.StatusCode);
        Assert.DoesNotContain("Vale Evening Rider", await helen.GetHtmlAsync("/dashboard"), StringComparison.Ordinal);
        Assert.Equal(2, await app.Db(db => db.Commissions.CountAsync(c => c.CommissioningBodyId == council)));
    }

    private static Task<Guid> IdOfAsync(CoproduceWebApp app, string name) =>
        app.Db(db => db.Organisations.Where(o => o.Name == name).Select(o => o.Id).SingleAsync());
}
