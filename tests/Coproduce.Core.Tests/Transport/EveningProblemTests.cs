using Coproduce.Core.Transport;
using Coproduce.Core.Transport.Planning;
using Coproduce.Scheduling;
using Coproduce.Scheduling.Checking;
using Microsoft.Extensions.DependencyInjection;
using static Coproduce.Core.Tests.Transport.TransportTestData;

namespace Coproduce.Core.Tests.Transport;

public class EveningProblemTests
{
    private static readonly DateOnly Thursday = new(2026, 4, 2);

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task An_evenings_bookings_become_a_problem_the_engine_plans_inside_every_window(TestProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var rider = await database.SeedEveningRiderAsync();
        Assert.True((await database.BookingRules().SetAsync(rider.Nia, rider.Id, Rules())).Succeeded);
        Assert.True((await database.Fleet().AddAsync(rider.Nia, rider.Id, Minibus() with { BaseLocation = "51.4100, -3.2600" })).Succeeded);
        var place = (await database.Places().AddAsync(rider.Nia, rider.Id, new PlaceInput("Barry Leisure Centre", "Park Crescent, Barry", "51.3990, -3.2830")))
            .Value!.Id.ToString();
        Assert.True((await database.Passengers().RegisterAsync(rider.Nia, rider.Id, rider.Alys, Registration())).Succeeded);
        Assert.True((await database.Passengers().RegisterAsync(rider.Nia, rider.Id, rider.Owain, Registration(mobility: "StaysInWheelchair",
            home: "51.4200, -3.2400"))).Succeeded);
        // Ceri's DBS check ran out, so she can't take Minibus 1; Rhys can.
        Assert.True((await database.Drivers().RecordAsync(rider.Nia, rider.Id, rider.Ceri, Checks(dbs: "2022-1-10"))).Succeeded);
        Assert.True((await database.Drivers().RecordAsync(rider.Nia, rider.Id, rider.Rhys, Checks())).Succeeded);
        var availability = database.Services.GetRequiredService<AvailabilityService>();
        foreach (var driver in new[] { rider.Ceri, rider.Rhys })
        {
            Assert.True((await availability.SetWeekAsync(driver, rider.Id, driver, new WeekInput(["Thursday"], "17:30", "23:45"))).Succeeded);
        }

        Assert.True((await database.Bookings().BookAsync(rider.Nia, rider.Id, rider.Alys,
            new BookingInput("2026-4-2", "19:00", "PickUpAt", BookingService.Home, place, null, "21:00"))).Succeeded);
        Assert.True((await database.Bookings().BookAsync(rider.Nia, rider.Id, rider.Owain,
            new BookingInput("2026-4-2", "19:30", "ArriveBy", BookingService.Home, place, null, "21:15"))).Succeeded);

        var rules = (await database.BookingRules().RulesAsync(rider.Id))!;
        var drivers = new List<FreeDriver>();
        foreach (var driver in await database.Drivers().DriversAsync(rider.Id))
        {
            drivers.Add(new FreeDriver(driver, await availability.AvailabilityAsync(rider.Id, driver.PersonId, Thursday)));
        }

        var evening = EveningProblem.Build(rules, Thursday, await database.Bookings().EveningAsync(rider.Id, Thursday),
            await database.Fleet().VehiclesAsync(rider.Id), drivers);
        var plan = new DarpSolver().Solve(evening.Problem, new SolveOptions { TimeLimit = TimeSpan.FromSeconds(30), MaxIterations = 2000 },
            TestContext.Current.CancellationToken);
        var report = SolutionChecker.Check(evening.Problem, plan, requireAllServed: true);

        Assert.Equal("Rhys Hughes", Assert.Single(evening.Crews).Driver.Name);
        Assert.Empty(evening.LeftOut);
        Assert.Equal(4, evening.Problem.Requests.Count);
        Assert.True(report.IsFeasible, string.Join("; ", report.Problems));
        // Alys asked to be picked up at 19:00, an hour into the evening: she is told a time in the quarter hour after.
        var alys = evening.Bookings.ToList().FindIndex(b => b.PassengerId == rider.Alys && b.ReturnOfId is null);
        var pickup = plan.Routes.SelectMany(r => r.Stops).Single(s => s.RequestIndex == alys && s.IsPickup).ServiceStart;
        Assert.InRange(pickup, 60, 60 + EveningProblem.WindowMinutes + SolutionChecker.Tolerance);
        // Owen travels in his wheelchair: one space, no seat.
        var owen = evening.Problem.Requests[evening.Bookings.ToList().FindIndex(b => b.PassengerId == rider.Owain)];
        Assert.Equal((0, 1), (owen.Passengers, owen.Wheelchairs));
    }

    [Fact]
    public void Places_are_projected_in_minutes_of_driving_and_evening_times_in_minutes_after_the_first_pickup()
    {
        var rules = new BookingRules(Guid.NewGuid(), new BookingRulesDetails(24, 28, "Denbigh", new GeoPoint(53.1842, -3.4183), 20, new TimeOnly(18, 0),
            new TimeOnly(0, 30), 60, "01632 960 100"), Guid.NewGuid(), DateTimeOffset.UnixEpoch);
        var rhyl = new GeoPoint(53.3193, -3.4916);

        var distance = EveningProblem.Project(rules, rules.AreaCentre).DistanceTo(EveningProblem.Project(rules, rhyl));

        Assert.Equal(TravelTimes.Minutes(rules.AreaCentre, rhyl), distance, 0.1);
        Assert.Equal(-30, EveningProblem.Minutes(rules, new TimeOnly(17, 30)));
        Assert.Equal(390, EveningProblem.Minutes(rules, new TimeOnly(0, 30)));
        Assert.Equal(45, EveningProblem.MaxRideMinutes(20));
    }
}
