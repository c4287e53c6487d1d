using Coproduce.Core.Common;
using Coproduce.Core.Demo;
using Coproduce.Core.Transport.Planning;
using Coproduce.Scheduling;
using Coproduce.Scheduling.Checking;
using Coproduce.Scheduling.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Coproduce.Core.Tests.Transport;

public class DemoEveningTests
{
    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task The_demo_friday_of_forty_bookings_three_minibuses_and_five_drivers_plans_with_every_stop_inside_its_window(TestProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        Assert.True(await database.Services.GetRequiredService<DemoCommunity>().SeedIfEmptyAsync());
        await using var db = await database.OpenContextAsync();
        var service = await db.Organisations.Where(o => o.Name == "Vale Evening Rider").Select(o => o.Id).SingleAsync();
        var friday = DemoEvening.FridayAfter(UkTime.Today(database.Clock));

        var evening = (await database.Services.GetRequiredService<EveningPlanner>().ProblemAsync(service, friday))!;
        // The engine's budget for an evening; how long it really takes is measured by `bench -- transport`.
        var plan = new DarpSolver().Solve(evening.Problem, new SolveOptions { TimeLimit = TimeSpan.FromSeconds(10) }, TestContext.Current.CancellationToken);
        var report = SolutionChecker.Check(evening.Problem, plan, requireAllServed: true);

        Assert.Equal(40, evening.Problem.Requests.Count);
        // Gwilym's DBS check is overdue and Sandra doesn't drive on Fridays: Aled takes the minibus with the lift.
        Assert.Equal(["Minibus 1: Aled Roberts", "Minibus 2: Nerys Lloyd", "Minibus 3: Rhys Hughes"],
            evening.Crews.Select(c => $"{c.Vehicle.Name}: {c.Driver.Name}").Order(StringComparer.Ordinal));
        Assert.Equal(1, evening.Problem.Requests.Count(r => r.Wheelchairs > 0) / 2);
        Assert.Empty(plan.Unserved);
        Assert.True(report.IsFeasible, string.Join("; ", report.Problems));
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task The_demo_friday_is_planned_and_published_and_its_stored_runs_pass_the_engines_independent_checker(TestProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var started = System.Diagnostics.Stopwatch.StartNew();
        Assert.True(await database.Services.GetRequiredService<DemoCommunity>().SeedIfEmptyAsync());
        TestContext.Current.TestOutputHelper?.WriteLine($"Seeding the demo took {started.ElapsedMilliseconds} ms.");
        await using var db = await database.OpenContextAsync();
        var service = await db.Organisations.Where(o => o.Name == "Vale Evening Rider").Select(o => o.Id).SingleAsync();
        var friday = DemoEvening.FridayAfter(UkTime.Today(database.Clock));

        var planned = (await database.Services.GetRequiredService<EveningPlanning>().PlanAsync(service, friday))!;
        var evening = (await database.Services.GetRequiredService<EveningPlanner>().ProblemAsync(service, friday))!;

        Assert.True(planned.Plan.IsPublished);
        Assert.Empty(planned.LeftOut);
        Assert.Equal(3, planned.Runs.Count);
        // The runs as stored, read back as the engine's plan: the checker finds its own schedule for each, inside every
        // window (now the windows told to the passengers) and every ride limit.
        var request = evening.Bookings.Select((b, i) => (b.Id, i)).ToDictionary(x => x.Id, x => x.i);
        var vehicle = evening.Crews.Select((c, i) => (c.Vehicle.Id, i)).ToDictionary(x => x.Id, x => x.i);
        var stored = new Plan([.. planned.Runs.Select(r => new PlannedRoute(vehicle[r.VehicleId],
            [.. r.Stops.Select(s => new PlannedStop(request[s.BookingId], s.IsPickup, 0))], 0, 0, 0))], []);
        var report = SolutionChecker.Check(evening.Problem, stored, requireAllServed: true);
        Assert.True(report.IsFeasible, string.Join("; ", report.Problems));
        Assert.All(planned.Runs, r => Assert.Equal(evening.Crews[vehicle[r.VehicleId]].Driver.PersonId, r.DriverId));
    }
}
