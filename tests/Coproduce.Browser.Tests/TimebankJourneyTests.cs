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
        string RecordForMembers, string WhoGave, string WhoWasHelped, string RecordAndConfirm, string OnBehalf);

    private static readonly Texts English = new("Timebank (Garw Valley Timebank)", "Record an exchange", "I gave my time", "Who with", "Time given",
        "What was done", "Record exchange", "The exchange is recorded", "Waiting for Glyn Thomas", "Confirm exchange",
        "The exchange is confirmed", "Back to the timebank", "Confirmed", "Record an exchange for members", "Who gave their time",
        "Who was helped", "Record and confirm exchange", "on the members’ behalf");

    private static readonly Texts Welsh = new("Banc amser (Banc Amser Cwm Garw)", "Cofnodi cyfnewid", "Rhoddais fy amser", "Gyda phwy", "Amser a roddwyd",
        "Beth a wnaed", "Cofnodi’r cyfnewid", "Mae’r cyfnewid wedi’i gofnodi", "Yn aros am Glyn Thomas", "Cadarnhau’r cyfnewid",
        "Mae’r cyfnewid wedi’i gadarnhau", "Yn ôl i’r banc amser", "Wedi’i gadarnhau", "Cofnodi cyfnewid ar ran aelodau", "Pwy roddodd eu hamser",
        "Pwy gafodd help", "Cofnodi a chadarnhau’r cyfnewid", "ar ran yr aelodau");
}
