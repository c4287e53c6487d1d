using System.Text.RegularExpressions;
using Coproduce.Browser.Tests.Support;
using Coproduce.Core.People;
using Coproduce.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Coproduce.Browser.Tests;

/// <summary>A site admin's organisations in Chromium, by the keyboard alone, as someone who doesn't use a mouse works.</summary>
public class OrganisationAdminJourneyTests
{
    [Fact]
    public async Task A_site_admin_creates_and_suspends_an_organisation_with_the_keyboard_alone()
    {
        await using var app = await CoproduceWebApp.StartAsync(TestProvider.Sqlite);
        await using var chromium = await Chromium.LaunchAsync();
        var page = await chromium.NewPageAsync();
        await Browsing.SignInAsync(page, app.Address, "admin@coproduce.test");

        await Browsing.TabToAsync(page, "Manage organisations");
        await page.Keyboard.PressAsync("Enter");
        await Browsing.WaitForAddressAsync(page, new Regex("/admin/organisations$"));
        await Browsing.TabToAsync(page, "Create an organisation");
        await page.Keyboard.PressAsync("Enter");
        await Browsing.WaitForAddressAsync(page, new Regex("/admin/organisations/new$"));

        // The kinds are one stop: Tab reaches the first, the arrow keys choose among them.
        await Browsing.TabToAsync(page, "Input_Kind");
        await page.Keyboard.PressAsync("ArrowDown");
        await page.Keyboard.PressAsync("ArrowDown");
        await page.Keyboard.PressAsync("ArrowDown");
        Assert.True(await page.GetByRole(AriaRole.Radio, new() { Name = "Partner venue" }).IsCheckedAsync());
        await Browsing.TabToAsync(page, "Input_Name");
        await page.Keyboard.TypeAsync("Theatr Colwyn");
        await Browsing.TabToAsync(page, "Input_Area");
        await page.Keyboard.TypeAsync("Conwy");
        await Browsing.TabToAsync(page, "Create organisation");
        await page.Keyboard.PressAsync("Enter");

        await Browsing.WaitForAddressAsync(page, new Regex("/admin/organisations/[0-9a-f-]{36}$"));
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Theatr Colwyn has been created");
        await Browsing.AssertNoAxeViolationsAsync(page);

        await Browsing.TabToAsync(page, "Suspend this organisation");
        await page.Keyboard.PressAsync("Enter");
        await Browsing.WaitForAddressAsync(page, new Regex("/suspend$"));
        await Browsing.TabToAsync(page, "Input_Reason");
        await page.Keyboard.TypeAsync("Its licence to accept time credits is being renewed.");
        await Browsing.TabToAsync(page, "Suspend organisation");
        await page.Keyboard.PressAsync("Space");

        await Browsing.WaitForAddressAsync(page, new Regex("/admin/organisations/[0-9a-f-]{36}$"));
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Theatr Colwyn has been suspended");
        await Expect(page.GetByRole(AriaRole.Region, new() { Name = "Important" })).ToContainTextAsync("licence to accept time credits");
        await Browsing.AssertNoAxeViolationsAsync(page);
        var saved = await app.Db(db => db.Organisations.SingleAsync(o => o.Name == "Theatr Colwyn"));
        Assert.Equal((OrganisationKind.PartnerVenue, "Conwy", OrganisationStatus.Suspended), (saved.Kind, saved.Area, saved.Status));
    }
}
