using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using Coproduce.Core.Common;
using Coproduce.Core.Credits;
using Coproduce.Core.Ledger;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Coproduce.Web.Tests.Api;

/// <summary>Awards, spends and printed notes over /api/v1, on the services the pages use.</summary>
public class CreditsApiTests
{
    private static readonly Uri Awards = new("/api/v1/organisation/credits/awards", UriKind.Relative);
    private static readonly Uri Redemptions = new("/api/v1/organisation/credits/redemptions", UriKind.Relative);
    private static readonly Uri Notes = new("/api/v1/organisation/credits/notes", UriKind.Relative);

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task A_networks_system_awards_a_session_once_and_another_organisations_token_finds_no_activity(TestProvider provider)
    {
        await using var world = await ApiWorld.StartAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        using var client = world.Client(world.NetworkToken.Secret);
        var library = await world.App.Db(db => db.CreditActivities.Where(a => a.Title == "Library helpers").Select(a => a.Id).SingleAsync());
        var megan = world.PeopleByEmail["megan@coproduce.test"];
        var before = await BalanceAsync(world, megan);
        var today = UkTime.Today(TimeProvider.System);

        using var awarded = await client.PostAsync(Awards, Body(new { activityId = library, personId = megan, sessionOn = Day(today) }), ct);

        Assert.Equal(HttpStatusCode.Created, awarded.StatusCode);
        Assert.Equal(1, (await ApiResponses.JsonAsync(awarded)).GetProperty("credits").GetInt32());
        Assert.Equal(before + 60, await BalanceAsync(world, megan));
        var again = await ApiResponses.ProblemAsync(await client.PostAsync(Awards, Body(new { activityId = library, personId = megan, sessionOn = Day(today) }), ct), 400);
        Assert.Contains("Megan Price", again.GetProperty("errors").GetProperty("personId")[0].GetString(), StringComparison.Ordinal);
        using var welsh = world.Client(world.NetworkToken.Secret, "cy");
        var future = await ApiResponses.ProblemAsync(await welsh.PostAsync(Awards,
            Body(new { activityId = library, personId = megan, sessionOn = Day(today.AddDays(1)) }), ct), 400);
        Assert.Contains("Rhaid i'r sesiwn fod heddiw", future.GetProperty("errors").GetProperty("sessionOn")[0].GetString(), StringComparison.Ordinal);

        using var timebank = world.Client(world.TimebankToken.Secret);
        var elsewhere = await ApiResponses.ProblemAsync(await timebank.PostAsync(Awards, Body(new { activityId = library, personId = megan, sessionOn = Day(today) }), ct), 400);
        Assert.True(elsewhere.GetProperty("errors").TryGetProperty("activityId", out _), elsewhere.GetRawText());
        Assert.Equal(before + 60, await BalanceAsync(world, megan));
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task A_venues_till_takes_a_members_credits_and_a_printed_note_once(TestProvider provider)
    {
        await using var world = await ApiWorld.StartAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var venue = await world.App.Db(db => db.Organisations.Where(o => o.Name == "Garw Leisure Centre").Select(o => o.Id).SingleAsync());
        var till = (await world.Tokens.CreateAsync(world.PeopleByEmail["admin@coproduce.test"], venue, "Till", ct)).Value!;
        using var client = world.Client(till.Secret);
        var megan = world.PeopleByEmail["megan@coproduce.test"];
        var code = (await world.App.Services.GetRequiredService<CreditSpendingService>().CardAsync(megan, world.Network, ct)).Value!.Code;
        var swim = await world.App.Db(db => db.CreditOffers.Where(o => o.Title == "A swim").Select(o => o.Id).SingleAsync());
        var before = await BalanceAsync(world, megan);

        using var spent = await client.PostAsync(Redemptions, Body(new { offerId = swim, memberCode = code, adults = 1, children = 0 }), ct);

        Assert.Equal(HttpStatusCode.Created, spent.StatusCode);
        Assert.Equal(2, (await ApiResponses.JsonAsync(spent)).GetProperty("credits").GetInt32());
        Assert.Equal(before - 120, await BalanceAsync(world, megan));
        var tooMuch = await ApiResponses.ProblemAsync(await client.PostAsync(Redemptions, Body(new { offerId = swim, memberCode = code, adults = 5 }), ct), 400);
        Assert.True(tooMuch.GetProperty("errors").TryGetProperty("memberCode", out _), tooMuch.GetRawText());
        // The network's own token is no venue: its offers aren't there.
        using var network = world.Client(world.NetworkToken.Secret);
        var notHere = await ApiResponses.ProblemAsync(await network.PostAsync(Redemptions, Body(new { offerId = swim, memberCode = code, adults = 1 }), ct), 400);
        Assert.True(notHere.GetProperty("errors").TryGetProperty("offerId", out _), notHere.GetRawText());

        var notes = world.App.Services.GetRequiredService<CreditNoteService>();
        var sian = world.PeopleByEmail["sian@coproduce.test"];
        var batch = (await notes.IssueAsync(sian, world.Network, new NoteBatchInput("1", "2", WithPins: true), ct)).Value!;
        var note = Assert.Single((await notes.SheetAsync(world.Network, batch.Id, ct))!);
        using var taken = await client.PostAsync(Notes, Body(new { token = note.Token, pin = note.Pin }), ct);
        Assert.Equal(HttpStatusCode.Created, taken.StatusCode);
        Assert.Equal(note.Note.Serial, (await ApiResponses.JsonAsync(taken)).GetProperty("noteSerial").GetString());
        var twice = await ApiResponses.ProblemAsync(await client.PostAsync(Notes, Body(new { token = note.Token, pin = note.Pin }), ct), 400);
        Assert.Contains("already been handed in", twice.GetProperty("errors").GetProperty("token")[0].GetString(), StringComparison.Ordinal);
        var garbled = await ApiResponses.ProblemAsync(await client.PostAsync(Notes, Body(new { token = "not a note" }), ct), 400);
        Assert.True(garbled.GetProperty("errors").TryGetProperty("token", out _), garbled.GetRawText());
    }

    private static StringContent Body(object body) => new(JsonSerializer.Serialize(body), Encoding.UTF8, "application/json");

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static Task<long> BalanceAsync(ApiWorld world, Guid person) =>
        world.App.Db(db => db.LedgerAccounts.Where(a => a.OwnerId == person && a.HeldAtOrganisationId == world.Network && a.OwnerKind == AccountOwnerKind.Member)
            .Select(a => a.BalanceMinutes).SingleAsync());
}
