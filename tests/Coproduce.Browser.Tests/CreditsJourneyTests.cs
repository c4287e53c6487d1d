using System.Text.RegularExpressions;
using Coproduce.Browser.Tests.Support;
using Coproduce.Core.Credits;
using Coproduce.Core.Demo;
using Coproduce.Core.Ledger;
using Coproduce.Core.People;
using Coproduce.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Coproduce.Browser.Tests;

/// <summary>
/// Time credits in Chromium, in English and in Welsh: a coordinator awards a session's credits to twelve members at
/// once; a member spends at the leisure centre's shared counter; a printed note is handed in once and refused again.
/// </summary>
public class CreditsJourneyTests
{
    public static TheoryData<string> Languages => ["en", "cy"];

    [Theory]
    [MemberData(nameof(Languages))]
    public async Task A_coordinator_awards_a_sessions_credits_to_twelve_members_at_once(string language)
    {
        var texts = language == "cy" ? Welsh : English;
        await using var app = await CoproduceWebApp.StartAsync(TestProvider.Sqlite);
        var network = await NetworkAsync(app);
        // The demo network has four members; eight more volunteered on Saturday, added by Siân from the paper list.
        var sianId = await app.Db(db => db.People.Where(p => p.Profile.Email == "sian@coproduce.test").Select(p => p.Id).SingleAsync());
        foreach (var name in new[] { "Alun Bevan", "Beca Rees", "Cerys Owen", "Dylan Parry", "Eleri Watkins", "Ffion Jenkins", "Gwyn Lloyd", "Iwan Griffiths" })
        {
            var added = await app.Services.GetRequiredService<PeopleService>().CreateMemberWithoutLoginAsync(sianId, network,
                new PersonProfile(name, Language.English, null, "01656 870200", null, null, ConsentChoices.None), addLikelyDuplicate: true,
                TestContext.Current.CancellationToken);
            Assert.True(added.Succeeded, string.Join("; ", added.Errors));
        }

        await using var chromium = await Chromium.LaunchAsync();
        var sian = await (await chromium.NewContextAsync()).NewPageAsync();
        await Browsing.SignInAsync(sian, app.Address, "sian@coproduce.test");
        await sian.GotoAsync(new Uri(app.Address, texts.Prefix + "/dashboard").ToString());
        await sian.GetByRole(AriaRole.Link, new() { Name = texts.CreditsLink }).ClickAsync();
        await sian.GetByRole(AriaRole.Link, new() { Name = texts.Activities }).ClickAsync();
        await sian.GetByRole(AriaRole.Link, new() { Name = texts.Library }).ClickAsync();
        await Browsing.WaitForAddressAsync(sian, new Regex("/activities/[0-9a-f-]{36}$"));
        var boxes = sian.GetByRole(AriaRole.Checkbox);
        Assert.Equal(12, await boxes.CountAsync());
        for (var i = 0; i < 12; i++)
        {
            await boxes.Nth(i).CheckAsync();
        }

        await Browsing.AssertNoAxeViolationsAsync(sian);
        await sian.GetByRole(AriaRole.Button, new() { Name = texts.SaveRegister }).ClickAsync();

        await Expect(sian.GetByRole(AriaRole.Alert)).ToContainTextAsync(texts.TwelveEarned);
        await Expect(sian.GetByRole(AriaRole.Row).Filter(new() { HasText = "12" }).First).ToBeVisibleAsync();
        await Browsing.AssertNoAxeViolationsAsync(sian);
        var awards = await app.Db(db => db.CreditAwards.Where(a => a.RecordedById == sianId && a.SessionOn == Coproduce.Core.Common.UkTime.Today(TimeProvider.System))
            .CountAsync());
        Assert.Equal(12, awards);
        // Megan had three credits; the library's session gave her one more.
        Assert.Equal(4 * 60, await BalanceAsync(app, "Megan Price", network));
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public async Task A_member_spends_credits_at_the_leisure_centres_counter(string language)
    {
        var texts = language == "cy" ? Welsh : English;
        await using var app = await CoproduceWebApp.StartAsync(TestProvider.Sqlite);
        var network = await NetworkAsync(app);
        var venue = await app.Db(db => db.Organisations.Where(o => o.Name == "Garw Leisure Centre").Select(o => o.Id).SingleAsync());
        await using var chromium = await Chromium.LaunchAsync();

        // Megan opens her credits on her phone and reads out her code.
        var megan = await (await chromium.NewContextAsync()).NewPageAsync();
        await Browsing.SignInAsync(megan, app.Address, "megan@coproduce.test");
        await megan.GotoAsync(new Uri(app.Address, texts.Prefix + "/dashboard").ToString());
        await megan.GetByRole(AriaRole.Link, new() { Name = texts.CreditsLink }).ClickAsync();
        await Expect(megan.Locator("#credits strong")).ToHaveTextAsync(texts.ThreeCredits);
        var code = await megan.Locator("#member-code").InnerTextAsync();
        await Browsing.AssertNoAxeViolationsAsync(megan);

        // The counter is signed in as the venue, with its passcode.
        var counter = await (await chromium.NewContextAsync()).NewPageAsync();
        await counter.GotoAsync(new Uri(app.Address, $"{texts.Prefix}/counter/{venue}").ToString());
        await Browsing.WaitForAddressAsync(counter, new Regex("/sign-in$"));
        await counter.GetByLabel(texts.Passcode).FillAsync(DemoCredits.CounterPasscode);
        await Browsing.AssertNoAxeViolationsAsync(counter);
        await counter.GetByRole(AriaRole.Button, new() { Name = texts.SignInCounter }).ClickAsync();
        await counter.GetByLabel(texts.MemberCode, new() { Exact = true }).FillAsync(code);
        await counter.GetByRole(AriaRole.Radio, new() { Name = texts.Swim }).CheckAsync();
        await Browsing.AssertNoAxeViolationsAsync(counter);
        await counter.GetByRole(AriaRole.Button, new() { Name = texts.TakeCredits }).ClickAsync();

        await Expect(counter.GetByRole(AriaRole.Alert)).ToContainTextAsync(texts.TookTwo);
        await Browsing.AssertNoAxeViolationsAsync(counter);
        await megan.ReloadAsync();
        await Expect(megan.Locator("#credits strong")).ToHaveTextAsync(texts.OneCredit);
        Assert.Equal(60, await BalanceAsync(app, "Megan Price", network));
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public async Task A_printed_note_is_handed_in_once_and_refused_the_second_time(string language)
    {
        var texts = language == "cy" ? Welsh : English;
        await using var app = await CoproduceWebApp.StartAsync(TestProvider.Sqlite);
        var network = await NetworkAsync(app);
        await using var chromium = await Chromium.LaunchAsync();
        var sian = await (await chromium.NewContextAsync()).NewPageAsync();
        await Browsing.SignInAsync(sian, app.Address, "sian@coproduce.test");
        await sian.GotoAsync(new Uri(app.Address, $"{texts.Prefix}/credits/{network}").ToString());
        await sian.GetByRole(AriaRole.Link, new() { Name = texts.Notes }).ClickAsync();
        await sian.GetByLabel(texts.HowManyNotes).FillAsync("1");
        await sian.GetByRole(AriaRole.Button, new() { Name = texts.IssueNotes }).ClickAsync();
        await Browsing.WaitForAddressAsync(sian, new Regex("/notes/[0-9a-f-]{36}$"));
        await Browsing.AssertNoAxeViolationsAsync(sian);
        var serial = await sian.Locator(".app-note__line strong").Nth(0).InnerTextAsync();
        var security = await sian.Locator(".app-note__line strong").Nth(1).InnerTextAsync();

        // Siân coordinates the network, so she works the leisure centre's counter as herself.
        await sian.GotoAsync(new Uri(app.Address, $"{texts.Prefix}/credits/{network}").ToString());
        await sian.GetByRole(AriaRole.Link, new() { Name = texts.Counter }).ClickAsync();
        await sian.GetByLabel(texts.NoteBox).FillAsync($"{serial} {security}");
        await sian.GetByRole(AriaRole.Button, new() { Name = texts.TakeNote }).ClickAsync();
        await Expect(sian.GetByRole(AriaRole.Alert)).ToContainTextAsync(serial);

        await sian.GetByLabel(texts.NoteBox).FillAsync($"{serial} {security}");
        await sian.GetByRole(AriaRole.Button, new() { Name = texts.TakeNote }).ClickAsync();
        await Expect(sian.Locator(".govuk-error-summary")).ToContainTextAsync(texts.AlreadyHandedIn);
        await Browsing.AssertNoAxeViolationsAsync(sian);
        var note = await app.Db(db => db.CreditNotes.SingleAsync(n => n.Serial == serial.Replace(" ", string.Empty, StringComparison.Ordinal)));
        Assert.Equal(CreditNoteStatus.Redeemed, note.Status);
        Assert.Equal(1, await app.Db(db => db.CreditRedemptions.CountAsync(r => r.NoteId == note.Id)));
    }

    private static Task<Guid> NetworkAsync(CoproduceWebApp app) =>
        app.Db(db => db.Organisations.Where(o => o.Name == "Bridgend Time Credits").Select(o => o.Id).SingleAsync());

    private static Task<long> BalanceAsync(CoproduceWebApp app, string name, Guid network) =>
        app.Db(db => db.LedgerAccounts.Where(a => a.OwnerKind == AccountOwnerKind.Member && a.HeldAtOrganisationId == network
            && db.People.Any(p => p.Id == a.OwnerId && p.Profile.Name == name)).Select(a => a.BalanceMinutes).SingleAsync());

    private sealed record Texts(string Prefix, string CreditsLink, string Activities, string Library, string SaveRegister, string TwelveEarned,
        string ThreeCredits, string OneCredit, string Passcode, string SignInCounter, string MemberCode, string Swim, string TakeCredits, string TookTwo,
        string Notes, string HowManyNotes, string IssueNotes, string Counter, string NoteBox, string TakeNote, string AlreadyHandedIn);

    private static readonly Texts English = new(string.Empty, "Time credits (Bridgend Time Credits)", "Activities and registers", "Library helpers",
        "Save the register and award the credits", "12 people earned 12 credits in all", "3 credits", "1 credit", "Counter passcode",
        "Sign in the counter", "Member code", "A swim", "Take the credits", "Took 2 credits for A swim. Megan Price has 1 credit left.",
        "Printed credit notes", "How many notes?", "Issue the notes", "Counter: Garw Leisure Centre",
        "Scan the note's QR code, or type its serial number and security code", "Take the note", "has already been handed in");

    private static readonly Texts Welsh = new("/cy", "Credydau amser (Credydau Amser Pen-y-bont)", "Gweithgareddau a chofrestrau", "Helpwyr y llyfrgell",
        "Cadw'r gofrestr a dyfarnu'r credydau", "Enillodd 12 o bobl 12 credyd i gyd", "3 credyd", "1 credyd", "Cod pas y cownter",
        "Mewngofnodi'r cownter", "Cod aelod", "Nofio", "Cymryd y credydau", "Wedi cymryd 2 credyd am Nofio. Mae gan Megan Price 1 credyd ar ôl.",
        "Talebau credydau amser", "Faint o dalebau?", "Cyhoeddi'r talebau", "Cownter: Canolfan Hamdden Garw",
        "Sganiwch god QR y daleb, neu teipiwch ei rhif cyfresol a'i chod diogelwch", "Cymryd y daleb", "wedi'i defnyddio'n barod");
}
