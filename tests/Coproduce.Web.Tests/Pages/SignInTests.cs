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

    /// <summary>Siân and Mair chose Welsh; Megan chose English.</summary>
    private static readonly (string Page, string Email, string? ReturnUrl, string Expected)[] Landings =
    [
        ("/account/sign-in", "sian@coproduce.test", null, "/cy/dashboard"),
        ("/account/sign-in", "mair@coproduce.test", null, "/cy/dashboard"),
        ("/cy/account/sign-in", "megan@coproduce.test", null, "/dashboard"),
        ("/cy/account/sign-in", "sian@coproduce.test", null, "/cy/dashboard"),
        ("/account/sign-in", "megan@coproduce.test", null, "/dashboard"),
        // A page they were sent to sign in for is kept, in their language.
        ("/account/sign-in", "sian@coproduce.test", "/organisations?page=2", "/cy/organisations?page=2"),
        ("/cy/account/sign-in", "megan@coproduce.test", "/cy/profile", "/profile"),
        ("/account/sign-in", "sian@coproduce.test", "/cy", "/cy"),
        ("/account/sign-in", "megan@coproduce.test", "/cy", "/"),
        ("/account/sign-in", "megan@coproduce.test", "/cymraeg", "/cymraeg"),
        // Anywhere else is not followed.
        ("/account/sign-in", "sian@coproduce.test", "https://elsewhere.example/cy/dashboard", "/cy/dashboard"),
        ("/account/sign-in", "megan@coproduce.test", "//elsewhere.example/", "/dashboard"),
    ];

    [Fact]
    public async Task People_land_in_the_language_they_chose_whichever_sign_in_page_they_used()
    {
        await using var app = await CoproduceWebApp.StartAsync(TestProvider.Sqlite);
        var wrong = new List<string>();
        foreach (var (page, email, returnUrl, expected) in Landings)
        {
            using var browser = app.CreateBrowser();
            KeyValuePair<string, string>[] fields = [new("Input.Email", email), new("Input.Password", DemoCommunity.Password)];
            using var response = await browser.PostFormAsync(page, returnUrl is null ? fields : [.. fields, new("ReturnUrl", returnUrl)]);
            var location = response.Headers.Location?.OriginalString;
            if (response.StatusCode != HttpStatusCode.Redirect || location != expected)
            {
                wrong.Add($"{email} on {page} (returnUrl {returnUrl ?? "none"}): expected {expected}, got {(int)response.StatusCode} {location}");
            }
        }

        Assert.True(wrong.Count == 0, string.Join(Environment.NewLine, wrong));
    }
}
