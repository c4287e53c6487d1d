using System.Text.RegularExpressions;
using Coproduce.Browser.Tests.Support;
using Coproduce.Core.Timebank;
using Coproduce.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Coproduce.Browser.Tests;

/// <summary>
/// Timebank exchanges in Chromium, in English and in Welsh: a member records an hour and a coordinator confirms it for
/// the member who isn't online; a coordinator records one between two members from a paper slip.
/// </summary>
public class TimebankJourneyTests
{
    public static TheoryData<string> Languages => ["en", "cy"];

    [Theory]
    [MemberData(nameof(Languages))]
    public async Task A_member_records_an_hour_a_coordinator_confirms_it_and_the_balances_change(string language)
    {
        var texts = language == "cy" ? Welsh : English;
        var prefix = language == "cy" ? "/cy" : string.Empty;
        await using var app = await CoproduceWebApp.StartAsync(TestProvider.Sqlite);
        await using var chromium = await Chromium.LaunchAsync();
        var megan = await (await chromium.NewContextAsync()).NewPageAsync();
        await Browsing.SignInAsync(megan, app.Address, "megan@coproduce.test");
        await megan.GotoAsync(new Uri(app.Address, prefix + "/dashboard").ToString());
        await megan.GetByRole(AriaRole.Link, new() { Name = texts.TimebankLink }).ClickAsync();
        await Browsing.WaitForAddressAsync(megan, new Regex("/timebank/[0-9a-f-]{36}$"));
        var balanceBefore = await megan.Locator("#balance strong").InnerTextAsync();
        await Browsing.AssertNoAxeViolationsAsync(megan);

        await megan.GetByRole(AriaRole.Link, new() { Name = texts.Record, Exact = true }).ClickAsync();
        await megan.GetByRole(AriaRole.Radio, new() { Name = texts.Gave }).CheckAsync();
        await megan.GetByLabel(texts.WhoWith).SelectOptionAsync(new SelectOptionValue { Label = "Glyn Thomas" });
        await megan.GetByLabel(texts.TimeGiven).FillAsync("1");
        await megan.GetByLabel(texts.WhatWasDone).FillAsync("Dug over the vegetable patch");
        await Browsing.AssertNoAxeViolationsAsync(megan);
        await megan.GetByRole(AriaRole.Button, new() { Name = texts.RecordButton }).ClickAsync();
        await Expect(megan.GetByRole(AriaRole.Alert)).ToContainTextAsync(texts.Recorded);
        await Expect(megan.GetByRole(AriaRole.Main)).ToContainTextAsync(texts.WaitingForGlyn);
        await Browsing.AssertNoAxeViolationsAsync(megan);

        // Glyn isn't online: Siân confirms it for him from the list of exchanges waiting.
        var sian = await (await chromium.NewContextAsync()).NewPageAsync();
        await Browsing.SignInAsync(sian, app.Address, "sian@coproduce.test");
        await sian.GotoAsync(megan.Url);
        await sian.GetByRole(AriaRole.Button, new() { Name = texts.Confirm }).ClickAsync();
        await Expect(sian.GetByRole(AriaRole.Alert)).ToContainTextAsync(texts.Confirmed);
        await Browsing.AssertNoAxeViolationsAsync(sian);

        await megan.GetByRole(AriaRole.Link, new() { Name = texts.Back }).ClickAsync();
        var row = megan.GetByRole(AriaRole.Row).Filter(new() { HasText = "Glyn Thomas" }).First;
        await Expect(row).ToContainTextAsync(texts.ConfirmedTag);
        Assert.NotEqual(balanceBefore, await megan.Locator("#balance strong").InnerTextAsync());
        var exchange = await app.Db(db => db.TimebankExchanges.SingleAsync(e => e.Description == "Dug over the vegetable patch"));
        Assert.Equal(ExchangeStatus.Confirmed, exchange.Status);
        // Megan is told in her language; Glyn has no email, so his coordinator tells him.
        Assert.True(await app.Db(db => db.OutboxMessages.AnyAsync(m => m.To == "megan@coproduce.test" && m.Body.Contains("Dug over the vegetable patch"))));
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public async Task A_member_offers_gardening_another_finds_it_and_asks_the_hour_is_recorded_and_confirmed_and_both_are_told(string language)
    {
        var texts = language == "cy" ? Welsh : English;
        var prefix = language == "cy" ? "/cy" : string.Empty;
        await using var app = await CoproduceWebApp.StartAsync(TestProvider.Sqlite);
        var timebank = await app.Db(db => db.Organisations.Where(o => o.Name == "Garw Valley Timebank").Select(o => o.Id).SingleAsync());
        await using var chromium = await Chromium.LaunchAsync();

        // Megan offers gardening.
        var megan = await (await chromium.NewContextAsync()).NewPageAsync();
        await Browsing.SignInAsync(megan, app.Address, "megan@coproduce.test");
        await megan.GotoAsync(new Uri(app.Address, $"{prefix}/timebank/{timebank}/posts/new").ToString());
        await megan.GetByRole(AriaRole.Radio, new() { Name = texts.OfferingHelp }).CheckAsync();
        await megan.GetByLabel(texts.KindOfHelp).SelectOptionAsync(new SelectOptionValue { Label = texts.Gardening });
        await megan.GetByLabel(texts.PostTitle, new() { Exact = true }).FillAsync("Pruning fruit trees");
        await megan.GetByRole(AriaRole.Button, new() { Name = texts.PostIt }).ClickAsync();
        await Expect(megan.GetByRole(AriaRole.Alert)).ToContainTextAsync(texts.Posted);
        await Browsing.AssertNoAxeViolationsAsync(megan);

        // Huw finds it by a word and asks for it.
        var huw = await (await chromium.NewContextAsync()).NewPageAsync();
        await Browsing.SignInAsync(huw, app.Address, "huw@coproduce.test");
        await huw.GotoAsync(new Uri(app.Address, $"{prefix}/timebank/{timebank}/posts").ToString());
        await huw.GetByLabel(texts.Words).FillAsync("fruit");
        await huw.GetByRole(AriaRole.Button, new() { Name = texts.Search, Exact = true }).ClickAsync();
        await huw.GetByRole(AriaRole.Link, new() { Name = "Pruning fruit trees" }).ClickAsync();
        await Browsing.AssertNoAxeViolationsAsync(huw);
        await huw.GetByLabel(texts.Message).FillAsync("My two apple trees, please");
        await huw.GetByRole(AriaRole.Button, new() { Name = texts.AskForThis }).ClickAsync();
        await Expect(huw.GetByRole(AriaRole.Alert)).ToContainTextAsync(texts.MessageSent);
        Assert.True(await app.Db(db => db.OutboxMessages.AnyAsync(m => m.To == "megan@coproduce.test" && m.Body.Contains("My two apple trees, please"))));

        // Megan prunes the trees and records the hour; Huw confirms it.
        await megan.GotoAsync(new Uri(app.Address, $"{prefix}/timebank/{timebank}/exchanges/new").ToString());
        await megan.GetByRole(AriaRole.Radio, new() { Name = texts.Gave }).CheckAsync();
        await megan.GetByLabel(texts.WhoWith).SelectOptionAsync(new SelectOptionValue { Label = "Huw Jenkins" });
        await megan.GetByLabel(texts.TimeGiven).FillAsync("1");
        await megan.GetByLabel(texts.WhatWasDone).FillAsync("Pruned Huw's apple trees");
        await megan.GetByRole(AriaRole.Button, new() { Name = texts.RecordButton }).ClickAsync();
        await Expect(megan.GetByRole(AriaRole.Alert)).ToContainTextAsync(texts.Recorded);
        var before = await app.Db(db => db.LedgerAccounts.Where(a => a.HeldAtOrganisationId == timebank && a.OwnerKind == Core.Ledger.AccountOwnerKind.Member)
            .ToDictionaryAsync(a => a.Name, a => a.BalanceMinutes));

        await huw.GotoAsync(new Uri(app.Address, $"{prefix}/timebank/{timebank}").ToString());
        await huw.GetByRole(AriaRole.Link, new() { Name = "Pruned Huw's apple trees" }).First.ClickAsync();
        await huw.GetByRole(AriaRole.Button, new() { Name = texts.Confirm }).ClickAsync();
        await Expect(huw.GetByRole(AriaRole.Alert)).ToContainTextAsync(texts.Confirmed);
        await Browsing.AssertNoAxeViolationsAsync(huw);

        var after = await app.Db(db => db.LedgerAccounts.Where(a => a.HeldAtOrganisationId == timebank && a.OwnerKind == Core.Ledger.AccountOwnerKind.Member)
            .ToDictionaryAsync(a => a.Name, a => a.BalanceMinutes));
        Assert.Equal((before["Megan Price"] + 60, before["Huw Jenkins"] - 60), (after["Megan Price"], after["Huw Jenkins"]));
        // Each is told in their own language: Megan in English, Huw in Welsh, whatever language the pages were in.
        var told = await app.Db(db => db.OutboxMessages.Where(m => m.Body.Contains("Pruned Huw's apple trees") && (m.Subject.StartsWith("Exchange confirmed") || m.Subject.StartsWith("Cyfnewid")))
            .ToDictionaryAsync(m => m.To, m => m.Language));
        Assert.Equal("en", told["megan@coproduce.test"]);
        Assert.Equal("cy", told["huw@coproduce.test"]);
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public async Task A_coordinator_records_an_exchange_for_two_members_without_a_login(string language)
    {
        var texts = language == "cy" ? Welsh : English;
        var prefix = language == "cy" ? "/cy" : string.Empty;
        await using var app = await CoproduceWebApp.StartAsync(TestProvider.Sqlite);
        var timebank = await app.Db(db => db.Organisations.Where(o => o.Name == "Garw Valley Timebank").Select(o => o.Id).SingleAsync());
        await using var chromium = await Chromium.LaunchAsync();
        var sian = await (await chromium.NewContextAsync()).NewPageAsync();
        await Browsing.SignInAsync(sian, app.Address, "sian@coproduce.test");

        await sian.GotoAsync(new Uri(app.Address, $"{prefix}/timebank/{timebank}/coordinate").ToString());
        await Browsing.AssertNoAxeViolationsAsync(sian);
        await sian.GetByRole(AriaRole.Link, new() { Name = texts.RecordForMembers }).ClickAsync();
        await sian.GetByLabel(texts.WhoGave).SelectOptionAsync(new SelectOptionValue { Label = "Edna Price" });
        await sian.GetByLabel(texts.WhoWasHelped).SelectOptionAsync(new SelectOptionValue { Label = "Dilys Morgan" });
        await sian.GetByLabel(texts.TimeGiven).FillAsync("1:30");
        await sian.GetByLabel(texts.WhatWasDone).FillAsync("Knitted a blanket for Dilys's chair");
        await sian.GetByRole(AriaRole.Button, new() { Name = texts.RecordAndConfirm }).ClickAsync();

        await Expect(sian.GetByRole(AriaRole.Alert)).ToContainTextAsync(texts.Confirmed);
        await Expect(sian.GetByRole(AriaRole.Main)).ToContainTextAsync(texts.OnBehalf);
        await Browsing.AssertNoAxeViolationsAsync(sian);
        var exchange = await app.Db(db => db.TimebankExchanges.SingleAsync(e => e.Description == "Knitted a blanket for Dilys's chair"));
        Assert.Equal((ExchangeStatus.Confirmed, 90), (exchange.Status, exchange.Minutes));
    }

    private sealed record Texts(string TimebankLink, string Record, string Gave, string WhoWith, string TimeGiven, string WhatWasDone,
        string RecordButton, string Recorded, string WaitingForGlyn, string Confirm, string Confirmed, string Back, string ConfirmedTag,
        string RecordForMembers, string WhoGave, string WhoWasHelped, string RecordAndConfirm, string OnBehalf)
    {
        public string OfferingHelp { get; init; } = string.Empty;

        public string KindOfHelp { get; init; } = string.Empty;

        public string Gardening { get; init; } = string.Empty;

        public string PostTitle { get; init; } = string.Empty;

        public string PostIt { get; init; } = string.Empty;

        public string Posted { get; init; } = string.Empty;

        public string Words { get; init; } = string.Empty;

        public string Search { get; init; } = string.Empty;

        public string Message { get; init; } = string.Empty;

        public string AskForThis { get; init; } = string.Empty;

        public string MessageSent { get; init; } = string.Empty;
    }

    private static readonly Texts English = new("Timebank (Garw Valley Timebank)", "Record an exchange", "I gave my time", "Who with", "Time given",
        "What was done", "Record exchange", "The exchange is recorded", "Waiting for Glyn Thomas", "Confirm exchange",
        "The exchange is confirmed", "Back to the timebank", "Confirmed", "Record an exchange for members", "Who gave their time",
        "Who was helped", "Record and confirm exchange", "on the members’ behalf")
    {
        OfferingHelp = "Offering help", KindOfHelp = "Kind of help", Gardening = "Gardening", PostTitle = "Title", PostIt = "Post it",
        Posted = "Your post is up", Words = "Words", Search = "Search", Message = "Message (optional)", AskForThis = "Ask for this help",
        MessageSent = "Your message has been sent",
    };

    private static readonly Texts Welsh = new("Banc amser (Banc Amser Cwm Garw)", "Cofnodi cyfnewid", "Rhoddais fy amser", "Gyda phwy", "Amser a roddwyd",
        "Beth a wnaed", "Cofnodi’r cyfnewid", "Mae’r cyfnewid wedi’i gofnodi", "Yn aros am Glyn Thomas", "Cadarnhau’r cyfnewid",
        "Mae’r cyfnewid wedi’i gadarnhau", "Yn ôl i’r banc amser", "Wedi’i gadarnhau", "Cofnodi cyfnewid ar ran aelodau", "Pwy roddodd eu hamser",
        "Pwy gafodd help", "Cofnodi a chadarnhau’r cyfnewid", "ar ran yr aelodau")
    {
        OfferingHelp = "Cynnig help", KindOfHelp = "Math o help", Gardening = "Garddio", PostTitle = "Teitl", PostIt = "Postio",
        Posted = "Mae eich post i fyny", Words = "Geiriau", Search = "Chwilio", Message = "Neges (dewisol)", AskForThis = "Gofyn am yr help hwn",
        MessageSent = "Mae eich neges wedi’i hanfon",
    };
}
