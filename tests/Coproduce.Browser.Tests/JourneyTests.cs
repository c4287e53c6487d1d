using System.Text.RegularExpressions;
using Coproduce.Browser.Tests.Support;
using Coproduce.Web.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Coproduce.Browser.Tests;

/// <summary>Whole journeys through the service in Chromium, as people make them: by the labels and buttons they see.</summary>
public partial class JourneyTests
{
    [Fact]
    public async Task A_person_registers_in_Welsh_confirms_their_email_from_the_link_the_admin_finds_in_the_outbox_and_signs_in()
    {
        await using var app = await CoproduceWebApp.StartAsync(TestProvider.Sqlite);
        await using var chromium = await Chromium.LaunchAsync();
        await using var ffions = await chromium.NewContextAsync();
        var page = await ffions.NewPageAsync();

        await page.GotoAsync(new Uri(app.Address, "/").ToString());
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Menu" }).GetByRole(AriaRole.Link, new() { Name = "Create an account" }).ClickAsync();
        await page.GetByLabel("Full name").FillAsync("Ffion Rees");
        await page.GetByLabel("Email address").FillAsync("ffion@example.test");
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync("cwm-garw-hedgerows");
        await page.GetByRole(AriaRole.Radio, new() { Name = "Cymraeg" }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Create account" }).ClickAsync();

        await Browsing.WaitForAddressAsync(page, new Regex("/account/check-your-email$"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Check your email");
        await Expect(page.GetByRole(AriaRole.Main)).ToContainTextAsync("ffion@example.test");
        await Browsing.AssertNoAxeViolationsAsync(page);

        // The site admin finds the email in the outbox, as they would for someone whose email never arrived.
        await using var admins = await chromium.NewContextAsync();
        var admin = await admins.NewPageAsync();
        await Browsing.SignInAsync(admin, app.Address, "admin@coproduce.test");
        await admin.GetByRole(AriaRole.Link, new() { Name = "Outbox" }).ClickAsync();
        var row = admin.GetByRole(AriaRole.Row).Filter(new() { HasText = "ffion@example.test" });
        await Expect(row).ToHaveCountAsync(1);
        await row.GetByRole(AriaRole.Link).ClickAsync();
        await Expect(admin.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveAttributeAsync("lang", "cy");
        var body = await admin.Locator(".app-message-body").InnerTextAsync();
        var link = ConfirmationLink().Match(body);
        Assert.True(link.Success, "No confirmation link in the email:\n" + body);
        Assert.StartsWith(new Uri(app.Address, "/cy/account/confirm-email?").ToString(), link.Value, StringComparison.Ordinal);

        await page.GotoAsync(link.Value);
        Assert.Equal("cy", await page.GetAttributeAsync("html", "lang"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Mae eich cyfeiriad e-bost wedi'i gadarnhau");
        await Browsing.AssertNoAxeViolationsAsync(page);

        await page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { Name = "Mewngofnodi" }).ClickAsync();
        await page.GetByLabel("Cyfeiriad e-bost").FillAsync("ffion@example.test");
        await page.GetByLabel("Cyfrinair", new() { Exact = true }).FillAsync("cwm-garw-hedgerows");
        await page.GetByRole(AriaRole.Button, new() { Name = "Mewngofnodi", Exact = true }).ClickAsync();
        await Browsing.WaitForAddressAsync(page, new Regex("/dashboard$"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Helo, Ffion Rees");
    }

    [Fact]
    public async Task A_person_asks_to_join_the_timebank_the_coordinator_approves_and_their_dashboard_shows_it()
    {
        await using var app = await CoproduceWebApp.StartAsync(TestProvider.Sqlite);
        await using var chromium = await Chromium.LaunchAsync();
        await using var rhys = await chromium.NewContextAsync();
        var page = await rhys.NewPageAsync();
        await Browsing.SignInAsync(page, app.Address, "rhys@coproduce.test");
        await Expect(page.GetByRole(AriaRole.Main)).Not.ToContainTextAsync("Garw Valley Timebank");

        await page.GetByRole(AriaRole.Navigation, new() { Name = "Menu" }).GetByRole(AriaRole.Link, new() { Name = "Organisations" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Garw Valley Timebank" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Ask to join" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Send my request" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Your request to join has been sent");
        await page.GotoAsync(new Uri(app.Address, "/dashboard").ToString());
        await Expect(page.GetByRole(AriaRole.Main)).ToContainTextAsync("You asked to join Garw Valley Timebank");

        await using var sian = await chromium.NewContextAsync();
        var coordinator = await sian.NewPageAsync();
        await Browsing.SignInAsync(coordinator, app.Address, "sian@coproduce.test");
        // Siân reads Welsh, so signing in took her to the Welsh dashboard; this journey is told in English.
        await coordinator.GotoAsync(new Uri(app.Address, "/dashboard").ToString());
        await coordinator.GetByRole(AriaRole.Link, new() { Name = "Members of Garw Valley Timebank" }).ClickAsync();
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Approve Rhys Hughes" }).ClickAsync();
        await Expect(coordinator.GetByRole(AriaRole.Alert)).ToContainTextAsync("Rhys Hughes is now a member");
        await Expect(coordinator.GetByRole(AriaRole.Button, new() { Name = "Approve Rhys Hughes" })).ToHaveCountAsync(0);
        await Browsing.AssertNoAxeViolationsAsync(coordinator);

        await page.ReloadAsync();
        var timebank = page.GetByRole(AriaRole.Row).Filter(new() { HasText = "Garw Valley Timebank" });
        await Expect(timebank).ToContainTextAsync("Member");
        await Expect(page.GetByRole(AriaRole.Main)).Not.ToContainTextAsync("You asked to join Garw Valley Timebank");
    }

    [Fact]
    public async Task A_signed_in_person_switches_to_Welsh_and_back_and_stays_signed_in()
    {
        await using var app = await CoproduceWebApp.StartAsync(TestProvider.Sqlite);
        await using var chromium = await Chromium.LaunchAsync();
        var page = await chromium.NewPageAsync();
        await Browsing.SignInAsync(page, app.Address, "megan@coproduce.test");
        await page.GotoAsync(new Uri(app.Address, "/dashboard").ToString());

        await page.GetByRole(AriaRole.Link, new() { Name = "Cymraeg" }).ClickAsync();
        await Browsing.WaitForAddressAsync(page, new Regex("/cy/dashboard$"));
        Assert.Equal("cy", await page.GetAttributeAsync("html", "lang"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Helo, Megan Price");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Eich sefydliadau" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Allgofnodi" })).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "English" }).ClickAsync();
        // Not just /dashboard$: the Welsh page's address ends the same way.
        await Browsing.WaitForAddressAsync(page, new Regex("//[^/]+/dashboard$"));
        Assert.Equal("en", await page.GetAttributeAsync("html", "lang"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Hello, Megan Price");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Sign out" })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task A_coordinator_adds_a_member_who_will_not_sign_in_and_the_history_says_it_was_done_on_their_behalf()
    {
        await using var app = await CoproduceWebApp.StartAsync(TestProvider.Sqlite);
        await using var chromium = await Chromium.LaunchAsync();
        var page = await chromium.NewPageAsync();
        await Browsing.SignInAsync(page, app.Address, "sian@coproduce.test");
        // Siân reads Welsh, so signing in took her to the Welsh dashboard; this journey is told in English.
        await page.GotoAsync(new Uri(app.Address, "/dashboard").ToString());
        await page.GetByRole(AriaRole.Link, new() { Name = "Members of Garw Valley Timebank" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Add a member who won't sign in" }).ClickAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        var summary = page.Locator(".govuk-error-summary");
        await Expect(summary).ToBeVisibleAsync();
        await Expect(summary).ToBeFocusedAsync();
        await Expect(summary.GetByRole(AriaRole.Heading)).ToHaveTextAsync("There is a problem");
        var nameError = summary.GetByRole(AriaRole.Link).First;
        await Expect(nameError).ToHaveAttributeAsync("href", "#Input_Name");
        await nameError.ClickAsync();
        await Expect(page.GetByLabel("Full name")).ToBeFocusedAsync();
        await Browsing.AssertNoAxeViolationsAsync(page);

        await page.GetByLabel("Full name").FillAsync("Bethan Lloyd");
        await page.GetByRole(AriaRole.Radio, new() { Name = "Cymraeg" }).CheckAsync();
        await page.GetByLabel("Phone number (optional)").FillAsync("01656 870555");
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Check your answers");
        await Expect(page.GetByRole(AriaRole.Main)).ToContainTextAsync("Bethan Lloyd");
        await Expect(page.GetByRole(AriaRole.Main)).ToContainTextAsync("01656 870555");
        await Browsing.AssertNoAxeViolationsAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Add member" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Bethan Lloyd");
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Bethan Lloyd has been added as a member");
        await Expect(page.Locator(".app-history")).ToContainTextAsync("Recorded by Siân Jones on behalf of Bethan Lloyd");
        await Browsing.AssertNoAxeViolationsAsync(page);

        // The timebank's members page lists her as someone who doesn't sign in.
        await page.GotoAsync(page.Url.Split("/members/")[0] + "/members");
        await Expect(page.GetByRole(AriaRole.Row).Filter(new() { HasText = "Bethan Lloyd" })).ToHaveCountAsync(1);
    }

    [Fact]
    public async Task A_person_signs_in_and_changes_their_details_with_the_keyboard_alone()
    {
        await using var app = await CoproduceWebApp.StartAsync(TestProvider.Sqlite);
        await using var chromium = await Chromium.LaunchAsync();
        var page = await chromium.NewPageAsync();
        await page.GotoAsync(new Uri(app.Address, "/account/sign-in").ToString());

        await Browsing.TabToAsync(page, "Input_Email");
        await page.Keyboard.TypeAsync("mair@coproduce.test");
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("Input_Password", await Browsing.ActiveIdAsync(page));
        await page.Keyboard.TypeAsync(Core.Demo.DemoCommunity.Password);
        await page.Keyboard.PressAsync("Enter");
        // Mair reads Welsh, so she lands on the Welsh dashboard; the language switch takes her to the English one.
        await Browsing.WaitForAddressAsync(page, new Regex("/cy/dashboard$"));
        await Browsing.TabToAsync(page, "English");
        await page.Keyboard.PressAsync("Enter");
        await Browsing.WaitForAddressAsync(page, new Regex("//[^/]+/dashboard$"));

        // Enter follows a link; the service navigation is reached by Tab.
        await Browsing.TabToAsync(page, "Your profile");
        await page.Keyboard.PressAsync("Enter");
        await Browsing.WaitForAddressAsync(page, new Regex("/profile$"));
        await Browsing.TabToAsync(page, "Change Full name");
        await page.Keyboard.PressAsync("Enter");
        await Browsing.WaitForAddressAsync(page, new Regex("/profile/edit$"));

        await Browsing.TabToAsync(page, "Input_Name");
        await page.Keyboard.PressAsync("ControlOrMeta+A");
        await page.Keyboard.TypeAsync("Mair Wyn Williams");
        // Mair chose Welsh, so Tab lands on that radio; an arrow key moves to (and chooses) English.
        await Browsing.TabToAsync(page, "Input_Language-2");
        await page.Keyboard.PressAsync("ArrowLeft");
        Assert.Equal("Input_Language", await Browsing.ActiveIdAsync(page));
        Assert.True(await page.GetByRole(AriaRole.Radio, new() { Name = "English" }).IsCheckedAsync());
        // Space presses a button.
        await Browsing.TabToAsync(page, "Save");
        await page.Keyboard.PressAsync("Space");

        await Browsing.WaitForAddressAsync(page, new Regex("/profile(\\?.*)?$"));
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Your details have been saved");
        var name = page.Locator(".govuk-summary-list__row").Filter(new() { HasText = "Full name" });
        await Expect(name).ToContainTextAsync("Mair Wyn Williams");
        await Expect(page.Locator(".govuk-summary-list__row").Filter(new() { HasText = "Language" })).ToContainTextAsync("English");
    }

    [GeneratedRegex(@"https?://\S+/account/confirm-email\?\S+")]
    private static partial Regex ConfirmationLink();
}
