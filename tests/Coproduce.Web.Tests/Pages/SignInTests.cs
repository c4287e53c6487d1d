using System.Net;
using Coproduce.Core.Demo;
using Coproduce.Web.Tests.Support;

namespace Coproduce.Web.Tests.Pages;

/// <summary>Signing in from either language: the cookies belong to the whole site, and people land in their own language.</summary>
public class SignInTests
{
    [Fact]
    public async Task Signing_in_on_the_Welsh_page_issues_cookies_for_the_whole_site_so_English_pages_see_the_person_signed_in()
    {
        await using var app = await CoproduceWebApp.StartAsync(TestProvider.Sqlite);
        var cookies = new CookieContainer();
        using var browser = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, CookieContainer = cookies }) { BaseAddress = app.Address };

        using var signedIn = await browser.PostFormAsync("/cy/account/sign-in", [new("Input.Email", "megan@coproduce.test"), new("Input.Password", DemoCommunity.Password)]);

        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        var all = cookies.GetAllCookies();
        Assert.Equal("/", Assert.Single(all, c => c.Name == "coproduce").Path);
        Assert.Equal("/", Assert.Single(all, c => c.Name.StartsWith(".AspNetCore.Antiforgery.", StringComparison.Ordinal)).Path);
        Assert.Contains("Hello, Megan Price", WebUtility.HtmlDecode(await browser.GetHtmlAsync("/dashboard")), StringComparison.Ordinal);
        Assert.Contains("Helo, Megan Price", WebUtility.HtmlDecode(await browser.GetHtmlAsync("/cy/dashboard")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_form_from_a_Welsh_page_can_be_posted_to_the_same_page_in_English()
    {
        await using var app = await CoproduceWebApp.StartAsync(TestProvider.Sqlite);
        using var browser = app.CreateBrowser();

        // The antiforgery cookie came with the Welsh page; the English address must accept its token.
        using var signedIn = await browser.PostFormAsync("/cy/account/sign-in",
            [new("Input.Email", "megan@coproduce.test"), new("Input.Password", DemoCommunity.Password)], action: "/account/sign-in");

        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal("/dashboard", signedIn.Headers.Location?.OriginalString);
    }
}
