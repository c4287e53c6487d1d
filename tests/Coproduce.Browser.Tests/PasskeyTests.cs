using System.Text.RegularExpressions;
using Coproduce.Browser.Tests.Support;
using Coproduce.Core.Demo;
using Coproduce.Web.Tests.Support;
using Microsoft.Playwright;

namespace Coproduce.Browser.Tests;

/// <summary>Passkeys end to end, with Chromium's virtual authenticator standing in for a phone's screen lock.</summary>
public class PasskeyTests
{
    [Fact]
    public async Task A_person_adds_a_passkey_then_signs_in_with_it_and_no_password()
    {
        await using var app = await CoproduceWebApp.StartAsync(TestProvider.Sqlite);
        await using var chromium = await Chromium.LaunchAsync();
        var page = await chromium.NewPageAsync();
        await AddScreenLockAsync(page);
        // WebAuthn refuses an IP address as the site's identity; localhost is a name it accepts over plain HTTP.
        var site = new UriBuilder(app.Address) { Host = "localhost" }.Uri;

        await page.GotoAsync(new Uri(site, "/account/sign-in").ToString());
        await page.GetByLabel("Email address").FillAsync("megan@coproduce.test");
        await page.GetByLabel("Password").FillAsync(DemoCommunity.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();
        await Browsing.WaitForAddressAsync(page, new Regex("/dashboard$"));

        await page.GotoAsync(new Uri(site, "/account/security/passkeys").ToString());
        await page.GetByRole(AriaRole.Button, new() { Name = "Add a passkey" }).ClickAsync();
        await page.WaitForSelectorAsync(".govuk-notification-banner--success");
        Assert.Contains("Your passkey has been added", await page.Locator(".govuk-notification-banner").TextContentAsync(), StringComparison.Ordinal);
        Assert.Equal(1, await page.Locator(".govuk-summary-list__row").CountAsync());

        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await Browsing.WaitForAddressAsync(page, new Regex("/account/signed-out$"));
        await page.GotoAsync(new Uri(site, "/account/sign-in").ToString());
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in with a passkey" }).ClickAsync();
        await Browsing.WaitForAddressAsync(page, new Regex("/dashboard$"));

        Assert.Contains("Megan Price", await page.Locator("h1").TextContentAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_the_browser_offering_a_passkey_the_sign_in_page_says_so_and_signs_nobody_in()
    {
        await using var app = await CoproduceWebApp.StartAsync(TestProvider.Sqlite);
        await using var chromium = await Chromium.LaunchAsync();
        var page = await chromium.NewPageAsync();
        var site = new UriBuilder(app.Address) { Host = "localhost" }.Uri;
        // A screen lock that holds no passkey for this site: the browser's request fails, the form posts no credential.
        await AddScreenLockAsync(page);
        await page.GotoAsync(new Uri(site, "/account/sign-in").ToString());

        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in with a passkey" }).ClickAsync();
        await page.WaitForSelectorAsync(".govuk-error-summary");

        Assert.Contains("That passkey did not sign you in", await page.Locator(".govuk-error-summary").TextContentAsync(), StringComparison.Ordinal);
        Assert.EndsWith("/account/sign-in?handler=Passkey", page.Url, StringComparison.Ordinal);
    }

    /// <summary>Chromium's virtual authenticator: a platform authenticator that verifies the user at once.</summary>
    private static async Task AddScreenLockAsync(IPage page)
    {
        var cdp = await page.Context.NewCDPSessionAsync(page);
        await cdp.SendAsync("WebAuthn.enable");
        await cdp.SendAsync("WebAuthn.addVirtualAuthenticator", new Dictionary<string, object>
        {
            ["options"] = new Dictionary<string, object>
            {
                ["protocol"] = "ctap2",
                ["transport"] = "internal",
                ["hasResidentKey"] = true,
                ["hasUserVerification"] = true,
                ["isUserVerified"] = true,
                ["automaticPresenceSimulation"] = true,
            },
        });
    }
}
