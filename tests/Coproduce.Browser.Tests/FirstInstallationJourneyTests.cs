using System.Diagnostics;
using System.Text.RegularExpressions;
using Coproduce.Browser.Tests.Support;
using Coproduce.Core.People;
using Coproduce.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Coproduce.Browser.Tests;

/// <summary>
/// README's "Starting a real installation", followed in Chromium from an empty `--no-demo` database: the first site
/// admin made with the command, signed in, a timebank created, its first coordinator invited and accepting, and the
/// coordinator adding a member. Once with English pages and once with Welsh.
/// </summary>
public partial class FirstInstallationJourneyTests
{
    public static TheoryData<string> Languages => ["en", "cy"];

    [Theory]
    [MemberData(nameof(Languages))]
    public async Task From_an_empty_database_to_a_timebank_with_a_coordinator_and_a_member(string language)
    {
        var texts = language == "cy" ? Welsh : English;
        var prefix = language == "cy" ? "/cy" : string.Empty;
        await using var app = await CoproduceWebApp.StartAsync(TestProvider.Sqlite, new Dictionary<string, string> { ["Demo:Enabled"] = "false" });
        Assert.Equal(0, await app.Db(db => db.People.CountAsync()));

        // 1. The first site admin, from the command line; it prints the link for choosing a password.
        var printed = await RunCliAsync("admin", "add", "alun@example.org", "--name", "Alun Davies", "--language", language,
            "--data-folder", app.DataFolder, "--site-url", app.Address.ToString().TrimEnd('/'));
        var passwordLink = ResetLink().Match(printed);
        Assert.True(passwordLink.Success, printed);

        await using var chromium = await Chromium.LaunchAsync();
        var admin = await chromium.NewPageAsync();
        await admin.GotoAsync(passwordLink.Value);
        await admin.Locator("#Input_Password").FillAsync(Password);
        await admin.Locator("form button[type=submit]").ClickAsync();

        // 2. Signing in.
        await admin.GotoAsync(new Uri(app.Address, prefix + "/account/sign-in").ToString());
        await admin.Locator("#Input_Email").FillAsync("alun@example.org");
        await admin.Locator("#Input_Password").FillAsync(Password);
        await admin.Locator("main form button[type=submit]").First.ClickAsync();
        await Browsing.WaitForAddressAsync(admin, new Regex("/dashboard$"));

        // 3. A timebank.
        await admin.GotoAsync(new Uri(app.Address, prefix + "/admin/organisations/new").ToString());
        await admin.Locator("input[name='Input.Kind'][value='Timebank']").CheckAsync();
        await admin.Locator("#Input_Name").FillAsync("Llynfi Valley Timebank");
        await admin.Locator("#Input_Area").FillAsync("Bridgend");
        await admin.Locator("main form button[type=submit]").ClickAsync();
        await Browsing.WaitForAddressAsync(admin, new Regex("/admin/organisations/[0-9a-f-]{36}$"));

        // 4. Its first coordinator, invited by email; she makes her account from the link.
        await admin.GetByRole(AriaRole.Link, new() { Name = texts.InvitePeople, Exact = true }).ClickAsync();
        await Browsing.WaitForAddressAsync(admin, new Regex("/invitations$"));
        await admin.Locator("#Input_Email").FillAsync("carys@example.org");
        await admin.Locator("input[name='Input.Role'][value='Coordinator']").CheckAsync();
        await admin.Locator($"input[name='Input.Language'][value='{language}']").CheckAsync();
        await admin.GetByRole(AriaRole.Button, new() { Name = texts.SendInvitation }).ClickAsync();
        await Expect(admin.GetByRole(AriaRole.Alert)).ToContainTextAsync("carys@example.org");
        await Browsing.AssertNoAxeViolationsAsync(admin);

        var invitation = InvitationLink().Match(await app.Db(db => db.OutboxMessages.Where(m => m.To == "carys@example.org").Select(m => m.Body).SingleAsync()));
        Assert.True(invitation.Success);
        var carys = await (await chromium.NewContextAsync()).NewPageAsync();
        await carys.GotoAsync(new Uri(app.Address, invitation.Value).ToString());
        await Browsing.AssertNoAxeViolationsAsync(carys);
        await carys.Locator("#Input_Name").FillAsync("Carys Morgan");
        await carys.Locator("#Input_Password").FillAsync(Password);
        await carys.Locator($"input[name='Input.Language'][value='{language}']").CheckAsync();
        await carys.GetByRole(AriaRole.Button, new() { Name = texts.MakeAccount }).ClickAsync();
        await Expect(carys.Locator(".govuk-panel__title")).ToHaveTextAsync(texts.Accepted);
        await Browsing.AssertNoAxeViolationsAsync(carys);

        // 5. The coordinator adds a member who has no login, as she would for someone on the phone.
        var timebank = await app.Db(db => db.Organisations.Where(o => o.Name == "Llynfi Valley Timebank").Select(o => o.Id).SingleAsync());
        await carys.GotoAsync(new Uri(app.Address, $"{prefix}/organisations/{timebank}/members/add").ToString());
        await carys.Locator("#Input_Name").FillAsync("Edwin Price");
        await carys.Locator($"input[name='Input.Language'][value='{language}']").CheckAsync();
        await carys.Locator("#Input_Phone").FillAsync("01656 123456");
        await carys.GetByRole(AriaRole.Button, new() { Name = texts.Continue, Exact = true }).ClickAsync();
        await carys.GetByRole(AriaRole.Button, new() { Name = texts.AddMember, Exact = true }).ClickAsync();
        await Browsing.WaitForAddressAsync(carys, new Regex("/members/[0-9a-f-]{36}$"));

        var roles = await app.Db(db => (from m in db.Memberships
                                         join p in db.People on m.PersonId equals p.Id
                                         where m.OrganisationId == timebank && m.Status == MembershipStatus.Active
                                         orderby p.Profile.Name
                                         select new { p.Profile.Name, m.Role }).ToListAsync());
        Assert.Equal([("Carys Morgan", OrganisationRole.Coordinator), ("Edwin Price", OrganisationRole.Member)], roles.Select(r => (r.Name, r.Role)));
    }

    private const string Password = "a long enough password 1";

    private sealed record Texts(string InvitePeople, string SendInvitation, string MakeAccount, string Accepted, string Continue, string AddMember);

    private static readonly Texts English = new("Invite people", "Send invitation", "Make account and accept", "Invitation accepted", "Continue", "Add member");

    private static readonly Texts Welsh = new("Gwahodd pobl", "Anfon gwahoddiad", "Creu cyfrif a derbyn", "Gwahoddiad wedi’i dderbyn", "Parhau", "Ychwanegu aelod");

    // The real command, as built beside the tests (the same configuration, Debug or Release), run as its own process.
    private static async Task<string> RunCliAsync(params string[] args)
    {
        var testBin = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var configuration = testBin.Parent!.Name;
        var root = testBin.Parent.Parent!.Parent!.Parent!.Parent!.FullName;
        var cli = Path.Combine(root, "src", "Coproduce.Cli", "bin", configuration, testBin.Name, "coproduce.dll");
        Assert.True(File.Exists(cli), $"{cli} is built with the tests");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(cli);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var error = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        Assert.True(process.ExitCode == 0, await error);
        return await output;
    }

    [GeneratedRegex(@"http\S+/account/reset-password\?\S+")]
    private static partial Regex ResetLink();

    [GeneratedRegex(@"(/cy)?/invitations/[0-9a-f-]{36}\?code=[0-9a-f]+")]
    private static partial Regex InvitationLink();
}
