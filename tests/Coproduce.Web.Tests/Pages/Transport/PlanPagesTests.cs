using System.Net;
using Coproduce.Core.Common;
using Coproduce.Core.Demo;
using Coproduce.Web.Pages.Transport;
using Coproduce.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Coproduce.Web.Tests.Pages.Transport;

/// <summary>Planning an evening through the pages, and a driver's manifest, on the demo's published Friday.</summary>
public class PlanPagesTests
{
    // A short search keeps the test quick; how good a 10-second plan is, `bench -- transport` measures.
    private static readonly Dictionary<string, string> QuickPlanning = new()
    {
        ["Transport:Planning:Budget"] = "00:00:02",
        ["Transport:Planning:PollInterval"] = "00:00:00.200",
    };

    [Fact]
    public async Task Sian_plans_friday_again_and_publishes_it_and_rhys_opens_his_new_manifest_while_a_welsh_refusal_plans_nothing()
    {
        await using var app = await CoproduceWebApp.StartAsync(TestProvider.Sqlite, QuickPlanning);
        var service = await app.Db(db => db.Organisations.Where(o => o.Name == "Vale Evening Rider").Select(o => o.Id).SingleAsync());
        var rhysId = await app.Db(db => db.People.Where(p => p.Profile.Name == "Rhys Hughes").Select(p => p.Id).SingleAsync());
        var friday = EveningQuery.Write(DemoEvening.FridayAfter(UkTime.Today(TimeProvider.System)));
        var plan = $"/transport/{service}/plan?evening={friday}";
        using var sian = app.CreateBrowser();
        await sian.SignInAsync("sian@coproduce.test");
        using var rhys = app.CreateBrowser();
        await rhys.SignInAsync("rhys@coproduce.test");
        var published = await app.Db(db => db.PlannedRuns.Where(r => r.DriverId == rhysId).Select(r => r.Id).SingleAsync());

        var before = WebUtility.HtmlDecode(await sian.GetHtmlAsync(plan));
        var yesterday = EveningQuery.Write(UkTime.Today(TimeProvider.System).AddDays(-1));
        using var past = await sian.PostFormAsync($"/cy/transport/{service}/plan?evening={yesterday}", [], $"/cy/transport/{service}/plan?handler=Plan&evening={yesterday}");
        using var asked = await sian.PostFormAsync(plan, [], $"/transport/{service}/plan?handler=Plan&evening={friday}");
        var planning = WebUtility.HtmlDecode(await sian.GetHtmlAsync(asked.Headers.Location!.OriginalString));
        var planned = await WaitForPlanAsync(sian, plan);
        var stillPublished = await rhys.GetAsync($"/transport/{service}/runs/{published}", TestContext.Current.CancellationToken);
        using var publish = await sian.PostFormAsync(plan, [], $"/transport/{service}/plan?handler=Publish&evening={friday}");
        var afterPublish = WebUtility.HtmlDecode(await sian.GetHtmlAsync(publish.Headers.Location!.OriginalString));
        var superseded = await rhys.GetAsync($"/transport/{service}/runs/{published}", TestContext.Current.CancellationToken);
        var newRun = await app.Db(db => db.PlannedRuns.Where(r => r.DriverId == rhysId).Select(r => r.Id).SingleAsync());
        var runs = WebUtility.HtmlDecode(await rhys.GetHtmlAsync($"/transport/{service}/runs"));
        var manifest = WebUtility.HtmlDecode(await rhys.GetHtmlAsync($"/transport/{service}/runs/{newRun}"));
        var welshManifest = WebUtility.HtmlDecode(await rhys.GetHtmlAsync($"/cy/transport/{service}/runs/{newRun}"));

        // The demo's Friday was published when the demo was seeded.
        Assert.Contains("Published", before, StringComparison.Ordinal);
        Assert.Contains("3 runs, 0 trips left out.", before, StringComparison.Ordinal);
        Assert.Contains("Mae'r noson honno drosodd", WebUtility.HtmlDecode(await past.ReadHtmlAsync()), StringComparison.Ordinal);
        Assert.Equal(1, await app.Db(db => db.EveningPlans.CountAsync()));
        Assert.Contains("The evening is being planned", planning, StringComparison.Ordinal);
        // Planned again: Sian checks it before the drivers see it, and until then Rhys keeps the run he had.
        Assert.Contains("Not published", planned, StringComparison.Ordinal);
        Assert.Contains("Publish to the drivers", planned, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, stillPublished.StatusCode);
        Assert.Contains("The runs are published to the drivers", afterPublish, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, superseded.StatusCode);
        Assert.Contains($"/transport/{service}/runs/{newRun}", runs, StringComparison.Ordinal);
        // The manifest: stops in order, each with its address, the window the passenger was told, and a phone number to ring.
        Assert.Contains("Minibus 3 (CU17RUT), driven by Rhys Hughes.", manifest, StringComparison.Ordinal);
        Assert.Contains("Told to be ready", manifest, StringComparison.Ordinal);
        Assert.Contains("href=\"tel:", manifest, StringComparison.Ordinal);
        Assert.Contains("Emergency contact", manifest, StringComparison.Ordinal);
        Assert.Contains("Cyswllt mewn argyfwng", welshManifest, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_cancellation_after_publishing_plans_friday_again_and_sian_sees_whom_to_phone_after_a_welsh_refusal()
    {
        await using var app = await CoproduceWebApp.StartAsync(TestProvider.Sqlite, QuickPlanning);
        var service = await app.Db(db => db.Organisations.Where(o => o.Name == "Vale Evening Rider").Select(o => o.Id).SingleAsync());
        var friday = EveningQuery.Write(DemoEvening.FridayAfter(UkTime.Today(TimeProvider.System)));
        // A trip with a way back, and the driver who has it on their published run.
        var (reference, driver, told) = await app.Db(async db =>
        {
            var trip = await db.TransportBookings.Where(b => b.ReturnOfId == null).OrderBy(b => b.BookedAt).FirstAsync();
            var driverId = await db.RunStops.Where(s => s.BookingId == trip.Id)
                .Join(db.PlannedRuns, s => s.RunId, r => r.Id, (s, r) => r.DriverId).FirstAsync();
            return (trip.Reference, await db.People.Where(p => p.Id == driverId).Select(p => p.Profile.Name).SingleAsync(), trip.ToldFrom!.Value);
        });
        using var sian = app.CreateBrowser();
        await sian.SignInAsync("sian@coproduce.test");
        var booking = $"/transport/{service}/bookings/{reference}";

        var page = WebUtility.HtmlDecode(await sian.GetHtmlAsync(booking));
        using var noReason = await sian.PostFormAsync("/cy" + booking, [new("Input.AlsoReturn", "true")], $"/cy{booking}?handler=Cancel");
        var standing = await app.Db(db => db.TransportBookings.CountAsync(b => b.CancelledAt == null));
        using var cancelled = await sian.PostFormAsync(booking, [new("Input.Code", "Passenger"), new("Input.AlsoReturn", "true")], $"{booking}?handler=Cancel");
        var after = WebUtility.HtmlDecode(await sian.GetHtmlAsync(cancelled.Headers.Location!.OriginalString));
        var planned = await WaitForPlanAsync(sian, $"/transport/{service}/plan?evening={friday}");
        var welsh = await WaitForPlanAsync(sian, $"/cy/transport/{service}/plan?evening={friday}");

        // Siân reads out the window the passenger was told.
        Assert.Contains($"between {told:HH:mm} and", page, StringComparison.Ordinal);
        Assert.Contains("Dewiswch pam mae'r daith wedi'i chanslo", WebUtility.HtmlDecode(await noReason.ReadHtmlAsync()), StringComparison.Ordinal);
        Assert.Equal(40, standing);
        Assert.Contains("The trip is cancelled", after, StringComparison.Ordinal);
        Assert.Equal(38, await app.Db(db => db.TransportBookings.CountAsync(b => b.CancelledAt == null)));
        Assert.Contains("Whom to phone before you publish", planned, StringComparison.Ordinal);
        Assert.Contains($"{driver}: their run has changed: 0 stops added, 4 taken off", planned, StringComparison.Ordinal);
        Assert.Contains("Pwy i'w ffonio cyn cyhoeddi", welsh, StringComparison.Ordinal);
    }

    private static async Task<string> WaitForPlanAsync(HttpClient coordinator, string plan)
    {
        for (var tries = 0; tries < 150; tries++)
        {
            var page = WebUtility.HtmlDecode(await coordinator.GetHtmlAsync(plan));
            if (!page.Contains("data-plan-progress", StringComparison.Ordinal))
            {
                return page;
            }

            await Task.Delay(200, TestContext.Current.CancellationToken);
        }

        throw new TimeoutException("The evening was still being planned after 30 seconds.");
    }
}
