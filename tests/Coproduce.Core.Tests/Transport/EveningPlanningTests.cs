using Coproduce.Core.Audit;
using Coproduce.Core.Transport;
using Coproduce.Core.Transport.Planning;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Coproduce.Core.Tests.Transport.TransportTestData;

namespace Coproduce.Core.Tests.Transport;

public class EveningPlanningTests
{
    private static readonly DateOnly Thursday = new(2026, 4, 2);

    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(1);

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task An_evening_asked_for_is_planned_in_the_background_published_to_its_driver_and_planned_again_keeping_the_windows_told(
        TestProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var rider = await SeedThursdayAsync(database, driverFree: true);
        var planning = database.Services.GetRequiredService<EveningPlanning>();

        Assert.True((await planning.AskAsync(rider.Nia, rider.Id, Thursday)).Succeeded);
        Assert.Equal(PlanStatus.Queued, (await planning.PlanAsync(rider.Id, Thursday))!.Plan.Status);
        // A clock with a fraction of a microsecond, as a real one has: PostgreSQL keeps only microseconds.
        database.Clock.Advance(TimeSpan.FromTicks(1_234_567));
        Assert.True(await planning.PlanNextAsync(Budget));
        Assert.False(await planning.PlanNextAsync(Budget));

        var planned = (await planning.PlanAsync(rider.Id, Thursday))!;
        var bookings = await database.Bookings().EveningAsync(rider.Id, Thursday);
        var run = Assert.Single(planned.Runs);
        Assert.Equal((PlanStatus.Planned, 1, 100), (planned.Plan.Status, planned.Plan.Revision, planned.Plan.Percent));
        Assert.Empty(planned.LeftOut);
        Assert.Equal(rider.Rhys, run.DriverId);
        // Every trip is picked up once and dropped off once, later in the run.
        Assert.Equal(bookings.Select(b => b.Id).Order(), run.Stops.Where(s => s.IsPickup).Select(s => s.BookingId).Order());
        Assert.All(bookings, b => Assert.True(Order(run, b.Id, pickup: true) < Order(run, b.Id, pickup: false)));
        var alys = bookings.Single(b => b.PassengerId == rider.Alys && b.ReturnOfId is null);
        Assert.InRange(Due(run, alys.Id), new TimeOnly(19, 0), new TimeOnly(19, 15));

        Assert.True((await planning.PublishAsync(rider.Nia, rider.Id, Thursday)).Succeeded);
        var told = await database.Bookings().EveningAsync(rider.Id, Thursday);
        Assert.Equal((new TimeOnly(19, 0), new TimeOnly(19, 15)), told.Where(b => b.Id == alys.Id).Select(b => (b.ToldFrom, b.ToldUntil)).Single());
        Assert.All(told, b => Assert.InRange(Due(run, b.Id), b.ToldFrom!.Value, b.ToldUntil!.Value));
        Assert.Equal(run.Id, Assert.Single(await planning.DriverRunsAsync(rider.Id, rider.Rhys, Thursday)).Run.Id);
        Assert.Empty(await planning.DriverRunsAsync(rider.Id, rider.Ceri, Thursday));

        // Planned again: the drivers keep the published run until the new one is published, and the windows told hold.
        Assert.True((await planning.AskAsync(rider.Nia, rider.Id, Thursday)).Succeeded);
        Assert.True(await planning.PlanNextAsync(Budget));
        var again = (await planning.PlanAsync(rider.Id, Thursday))!;
        Assert.Equal((2, 1), (again.Plan.Revision, again.Plan.PublishedRevision));
        Assert.NotNull(await planning.PublishedRunAsync(rider.Id, run.Id));
        Assert.Null(await planning.PublishedRunAsync(rider.Id, Assert.Single(again.Runs).Id));
        Assert.All(told, b => Assert.InRange(Due(again.Runs[0], b.Id), b.ToldFrom!.Value, b.ToldUntil!.Value));
        Assert.True((await planning.PublishAsync(rider.Nia, rider.Id, Thursday)).Succeeded);
        Assert.Null(await planning.PublishedRunAsync(rider.Id, run.Id));

        await using var db = await database.OpenContextAsync();
        Assert.Equal(2, await db.AuditEntries.CountAsync(a => a.Action == AuditActions.EveningPlanned && a.ActorId == rider.Nia));
        Assert.Equal(2, await db.AuditEntries.CountAsync(a => a.Action == AuditActions.EveningPublished && a.ActorId == rider.Nia));
        Assert.Equal(1, await db.PlannedRuns.CountAsync());
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task Asking_by_a_passenger_for_an_evening_over_or_publishing_what_is_not_planned_is_refused_and_changes_nothing(TestProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var rider = await SeedThursdayAsync(database, driverFree: true);
        var planning = database.Services.GetRequiredService<EveningPlanning>();

        Assert.Equal("Transport.NotCoordinator", Assert.Single((await planning.AskAsync(rider.Alys, rider.Id, Thursday)).Errors).Code);
        Assert.Equal("Transport.PlanPast", Assert.Single((await planning.AskAsync(rider.Nia, rider.Id, new DateOnly(2026, 3, 27))).Errors).Code);
        Assert.Equal("Transport.NothingToPublish", Assert.Single((await planning.PublishAsync(rider.Nia, rider.Id, Thursday)).Errors).Code);
        Assert.Null(await planning.PlanAsync(rider.Id, Thursday));
        Assert.True((await planning.AskAsync(rider.Nia, rider.Id, Thursday)).Succeeded);
        Assert.Equal("Transport.StillPlanning", Assert.Single((await planning.PublishAsync(rider.Nia, rider.Id, Thursday)).Errors).Code);

        await using var db = await database.OpenContextAsync();
        Assert.Equal(1, await db.EveningPlans.CountAsync());
        Assert.False(await db.TransportBookings.AnyAsync(b => b.ToldFrom != null));
        Assert.False(await db.AuditEntries.AnyAsync(a => a.Action == AuditActions.EveningPublished));
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task Two_servers_looking_for_work_at_once_plan_an_evening_once(TestProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var rider = await SeedThursdayAsync(database, driverFree: true);
        var planning = database.Services.GetRequiredService<EveningPlanning>();
        Assert.True((await planning.AskAsync(rider.Nia, rider.Id, Thursday)).Succeeded);

        var found = await Task.WhenAll(Task.Run(() => planning.PlanNextAsync(Budget)), Task.Run(() => planning.PlanNextAsync(Budget)));

        Assert.Equal(1, found.Count(f => f));
        Assert.Equal(1, (await planning.PlanAsync(rider.Id, Thursday))!.Plan.Revision);
        await using var db = await database.OpenContextAsync();
        Assert.Equal(1, await db.AuditEntries.CountAsync(a => a.Action == AuditActions.EveningPlanned));
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task Asking_again_while_the_engine_plans_sets_its_result_aside_and_plans_afresh(TestProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var rider = await SeedThursdayAsync(database, driverFree: true);
        var planning = database.Services.GetRequiredService<EveningPlanning>();
        Assert.True((await planning.AskAsync(rider.Nia, rider.Id, Thursday)).Succeeded);

        var first = Task.Run(() => planning.PlanNextAsync(TimeSpan.FromSeconds(3)));
        while ((await planning.PlanAsync(rider.Id, Thursday))!.Plan.Status != PlanStatus.Planning)
        {
            await Task.Delay(20, TestContext.Current.CancellationToken);
        }

        database.Clock.Advance(TimeSpan.FromSeconds(1));
        Assert.True((await planning.AskAsync(rider.Nia, rider.Id, Thursday)).Succeeded);
        Assert.True(await first);

        var setAside = (await planning.PlanAsync(rider.Id, Thursday))!;
        Assert.Equal((PlanStatus.Queued, 0), (setAside.Plan.Status, setAside.Plan.Revision));
        Assert.Empty(setAside.Runs);
        Assert.True(await planning.PlanNextAsync(Budget));
        var planned = (await planning.PlanAsync(rider.Id, Thursday))!;
        Assert.Equal((PlanStatus.Planned, 1), (planned.Plan.Status, planned.Plan.Revision));
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task An_evening_with_no_driver_free_leaves_every_trip_out_saying_so(TestProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var rider = await SeedThursdayAsync(database, driverFree: false);
        var planning = database.Services.GetRequiredService<EveningPlanning>();
        Assert.True((await planning.AskAsync(rider.Nia, rider.Id, Thursday)).Succeeded);

        Assert.True(await planning.PlanNextAsync(Budget));

        var planned = (await planning.PlanAsync(rider.Id, Thursday))!;
        Assert.Equal(PlanStatus.Planned, planned.Plan.Status);
        Assert.Empty(planned.Runs);
        Assert.Equal(4, planned.LeftOut.Count);
        Assert.All(planned.LeftOut, u => Assert.Equal(UnplannedReason.NoCrew, u.Reason));
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task A_cancellation_after_publishing_plans_the_evening_again_and_lists_whom_to_phone(TestProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var rider = await SeedThursdayAsync(database, driverFree: true);
        var planning = database.Services.GetRequiredService<EveningPlanning>();
        var cancellations = database.Services.GetRequiredService<CancellationService>();
        Assert.True((await planning.AskAsync(rider.Nia, rider.Id, Thursday)).Succeeded);
        Assert.True(await planning.PlanNextAsync(Budget));
        Assert.True((await planning.PublishAsync(rider.Nia, rider.Id, Thursday)).Succeeded);
        var trips = await database.Bookings().EveningAsync(rider.Id, Thursday);
        var alys = trips.Single(b => b.PassengerId == rider.Alys && b.ReturnOfId is null);
        var owain = trips.Single(b => b.PassengerId == rider.Owain && b.ReturnOfId is null);

        var noShow = await cancellations.CancelAsync(rider.Alys, rider.Id, alys.Reference, new CancellationInput("NoShow", true));
        var tooSoon = await cancellations.CancelAsync(rider.Nia, rider.Id, owain.Reference, new CancellationInput("NoShow", false));
        var strangers = await cancellations.CancelAsync(rider.Ceri, rider.Id, owain.Reference, new CancellationInput(null, false));
        var cancelled = await cancellations.CancelAsync(rider.Alys, rider.Id, alys.Reference.ToLowerInvariant(), new CancellationInput(null, true));
        var again = await cancellations.CancelAsync(rider.Nia, rider.Id, alys.Reference, new CancellationInput("Passenger", false));

        Assert.Equal("Transport.CancellationCodeRequired", Assert.Single(noShow.Errors).Code);
        Assert.Equal("Transport.NoShowTooSoon", Assert.Single(tooSoon.Errors).Code);
        Assert.Equal("Transport.NoSuchBooking", Assert.Single(strangers.Errors).Code);
        Assert.Equal("Transport.AlreadyCancelled", Assert.Single(again.Errors).Code);
        Assert.True(cancelled.Succeeded);
        // Five days ahead is in good time; the way back goes with it.
        Assert.Equal((CancellationCode.Cancelled, CancellationCode.Cancelled), (cancelled.Value!.Trip.Cancellation, cancelled.Value.Return!.Cancellation));
        Assert.Equal(2, (await database.Bookings().EveningAsync(rider.Id, Thursday)).Count);
        Assert.Equal(PlanStatus.Queued, (await planning.PlanAsync(rider.Id, Thursday))!.Plan.Status);

        Assert.True(await planning.PlanNextAsync(Budget));
        var replanned = (await planning.PlanAsync(rider.Id, Thursday))!;
        var named = await database.Bookings().BookingsAsync(rider.Id,
            [.. replanned.AllRuns.SelectMany(r => r.Stops).Select(s => s.BookingId), .. replanned.LeftOut.Select(u => u.BookingId)]);
        var calls = WhomToPhone.For((await database.BookingRules().RulesAsync(rider.Id))!, replanned, named.ToDictionary(b => b.Id));

        // Owain keeps the window he was told, so only Rhys is phoned: Alys's four stops are off his run.
        Assert.Empty(calls.Passengers);
        var rhys = Assert.Single(calls.Drivers);
        Assert.Equal((rider.Rhys, 0, 4, false), (rhys.DriverId, rhys.Added, rhys.Removed, rhys.NoLongerNeeded));
    }

    private static int Order(PlannedRun run, Guid bookingId, bool pickup) => run.Stops.Single(s => s.BookingId == bookingId && s.IsPickup == pickup).Order;

    private static TimeOnly Due(PlannedRun run, Guid bookingId) => run.Stops.Single(s => s.BookingId == bookingId && s.IsPickup).Due;

    /// <summary>Alys (walks) and Owain (in his wheelchair) go to the leisure centre and back on Thursday; Rhys drives the minibus when free.</summary>
    private static async Task<EveningRider> SeedThursdayAsync(TestDatabase database, bool driverFree)
    {
        var rider = await database.SeedEveningRiderAsync();
        Assert.True((await database.BookingRules().SetAsync(rider.Nia, rider.Id, Rules())).Succeeded);
        Assert.True((await database.Fleet().AddAsync(rider.Nia, rider.Id, Minibus() with { BaseLocation = "51.4100, -3.2600" })).Succeeded);
        var place = (await database.Places().AddAsync(rider.Nia, rider.Id, new PlaceInput("Barry Leisure Centre", "Park Crescent, Barry", "51.3990, -3.2830")))
            .Value!.Id.ToString();
        Assert.True((await database.Passengers().RegisterAsync(rider.Nia, rider.Id, rider.Alys, Registration())).Succeeded);
        Assert.True((await database.Passengers().RegisterAsync(rider.Nia, rider.Id, rider.Owain, Registration(mobility: "StaysInWheelchair",
            home: "51.4200, -3.2400"))).Succeeded);
        Assert.True((await database.Drivers().RecordAsync(rider.Nia, rider.Id, rider.Rhys, Checks())).Succeeded);
        if (driverFree)
        {
            Assert.True((await database.Services.GetRequiredService<AvailabilityService>()
                .SetWeekAsync(rider.Rhys, rider.Id, rider.Rhys, new WeekInput(["Thursday"], "17:30", "23:45"))).Succeeded);
        }

        Assert.True((await database.Bookings().BookAsync(rider.Nia, rider.Id, rider.Alys,
            new BookingInput("2026-4-2", "19:00", "PickUpAt", BookingService.Home, place, null, "21:00"))).Succeeded);
        Assert.True((await database.Bookings().BookAsync(rider.Nia, rider.Id, rider.Owain,
            new BookingInput("2026-4-2", "19:30", "ArriveBy", BookingService.Home, place, null, "21:15"))).Succeeded);
        return rider;
    }
}
