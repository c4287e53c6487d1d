using Coproduce.Browser.Tests.Support;
using Coproduce.Web.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Coproduce.Browser.Tests;

/// <summary>Pages on a small phone (375 CSS pixels wide): nothing runs off the side of the screen.</summary>
public class SmallScreenTests
{
    [Fact]
    public async Task At_375_pixels_wide_the_home_page_with_the_demo_sign_ins_fits_the_screen_in_both_languages()
    {
        // The demo sign-ins are listed only on a developer's machine.
        await using var app = await CoproduceWebApp.StartAsync(TestProvider.Sqlite, new Dictionary<string, string> { ["environment"] = "Development" });
        await using var chromium = await Chromium.LaunchAsync();
        await using var phone = await chromium.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 375, Height = 812 } });
        var page = await phone.NewPageAsync();
        page.SetDefaultTimeout(90_000);

        foreach (var (path, heading) in new[] { ("/", "Try the demo community"), ("/cy", "Rhowch gynnig ar y gymuned demo") })
        {
            await page.GotoAsync(new Uri(app.Address, path).ToString());
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = heading })).ToBeVisibleAsync();
            await Expect(page.GetByText("helen@coproduce.test")).ToBeVisibleAsync();

            var widths = await page.EvaluateAsync<int[]>("[document.documentElement.scrollWidth, document.documentElement.clientWidth]");

            Assert.Equal(375, widths[1]);
            Assert.True(widths[0] <= widths[1], $"{path} is {widths[0]} px wide on a {widths[1]} px screen");
            await Browsing.AssertNoAxeViolationsAsync(page);
        }
    }
}
