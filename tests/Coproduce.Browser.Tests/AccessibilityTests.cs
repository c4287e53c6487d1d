using Coproduce.Browser.Tests.Support;
using Coproduce.Web.Tests.Support;
using Deque.AxeCore.Playwright;

namespace Coproduce.Browser.Tests;

/// <summary>axe-core on every page reachable from the layout's links, in English and Welsh.</summary>
public class AccessibilityTests
{
    private static readonly string[] PublicPages = ["/", "/accessibility", "/privacy", "/cookies", "/no-such-page"];

    [Fact]
    public async Task Axe_finds_no_violations_on_any_page_in_either_language()
    {
        await using var app = await CoproduceWebApp.StartAsync(TestProvider.Sqlite);
        await using var chromium = await Chromium.LaunchAsync();
        var page = await chromium.NewPageAsync();
        var checkedPages = new List<string>();
        var violations = new List<string>();

        foreach (var path in PublicPages.SelectMany(p => new[] { p, p == "/" ? "/cy" : "/cy" + p }))
        {
            await page.GotoAsync(new Uri(app.Address, path).ToString());
            var result = await page.RunAxe();
            checkedPages.Add($"{path} ({await page.TitleAsync()})");
            violations.AddRange(result.Violations.Select(v => $"{path}: {v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Target))}"));
        }

        TestContext.Current.TestOutputHelper?.WriteLine("Pages checked with axe-core, signed out:\n  " + string.Join("\n  ", checkedPages));
        Assert.Equal(PublicPages.Length * 2, checkedPages.Count);
        Assert.Empty(violations);
    }

    [Fact]
    public async Task The_first_tab_reaches_the_skip_link_which_moves_focus_to_the_main_content()
    {
        await using var app = await CoproduceWebApp.StartAsync(TestProvider.Sqlite);
        await using var chromium = await Chromium.LaunchAsync();
        var page = await chromium.NewPageAsync();
        await page.GotoAsync(new Uri(app.Address, "/cy").ToString());

        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("Neidio i'r prif gynnwys", await page.EvaluateAsync<string>("document.activeElement.textContent"));

        await page.Keyboard.PressAsync("Enter");
        Assert.EndsWith("#main-content", page.Url, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_person_can_switch_to_Welsh_and_back_with_the_keyboard()
    {
        await using var app = await CoproduceWebApp.StartAsync(TestProvider.Sqlite);
        await using var chromium = await Chromium.LaunchAsync();
        var page = await chromium.NewPageAsync();
        await page.GotoAsync(new Uri(app.Address, "/privacy").ToString());

        await page.GetByRole(Microsoft.Playwright.AriaRole.Link, new() { Name = "Cymraeg" }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync("**/cy/privacy");
        Assert.Equal("cy", await page.GetAttributeAsync("html", "lang"));
        Assert.Equal("Hysbysiad preifatrwydd", await page.Locator("h1").TextContentAsync());

        await page.GetByRole(Microsoft.Playwright.AriaRole.Link, new() { Name = "English" }).ClickAsync();
        await page.WaitForURLAsync("**/privacy");
        Assert.Equal("en", await page.GetAttributeAsync("html", "lang"));
        Assert.Equal("Privacy notice", await page.Locator("h1").TextContentAsync());
    }
}
