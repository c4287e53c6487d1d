using Coproduce.Core.Transport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Coproduce.Core.Tests.Transport;

public class AvailabilityTests
{
    // The test clock's today is Saturday 28 March 2026.
    private static readonly DateOnly Today = new(2026, 3, 28);

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task A_driver_sets_their_week_and_days_off_and_a_coordinator_sets_them_for_another(TestProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var rider = await database.SeedEveningRiderAsync();
        var service = database.Services.GetRequiredService<AvailabilityService>();

        Assert.True((await service.SetWeekAsync(rider.Rhys, rider.Id, rider.Rhys, new WeekInput(["Thursday", "Friday"], "18:00", "00:30"))).Succeeded);
        Assert.True((await service.AddDaysOffAsync(rider.Rhys, rider.Id, rider.Rhys, new DaysOffInput("2026-4-2", "2026-4-4"))).Succeeded);
        Assert.True((await service.SetWeekAsync(rider.Nia, rider.Id, rider.Ceri, new WeekInput(["Saturday"], "19:00", "23:00"))).Succeeded);
        var rhys = await service.AvailabilityAsync(rider.Id, rider.Rhys, Today);
        var ceri = await service.AvailabilityAsync(rider.Id, rider.Ceri, Today);

        Assert.Equal(new WeeklyHours(SpareDays.Thursday | SpareDays.Friday, new TimeOnly(18, 0), new TimeOnly(0, 30)), rhys.Week);
        // Friday 10 April, 23:00 to 00:15, is inside his evening; Thursday 2 April is a day off; a Saturday isn't his.
        Assert.True(rhys.Covers(new DateOnly(2026, 4, 10), new TimeOnly(23, 0), new TimeOnly(0, 15)));
        Assert.False(rhys.Covers(new DateOnly(2026, 4, 2), new TimeOnly(19, 0), new TimeOnly(20, 0)));
        Assert.False(rhys.Covers(new DateOnly(2026, 4, 11), new TimeOnly(19, 0), new TimeOnly(20, 0)));
        Assert.True(ceri.Covers(Today, new TimeOnly(19, 30), new TimeOnly(22, 0)));
        Assert.False(ceri.Covers(Today, new TimeOnly(18, 30), new TimeOnly(20, 0)));
        Assert.Equal(rider.Nia, await Db(database, db => db.TransportDriverAvailability.Where(a => a.PersonId == rider.Ceri).Select(a => a.SetById).SingleAsync()));

        var removed = await service.RemoveDaysOffAsync(rider.Rhys, rider.Id, rhys.DaysOff[0].Id);
        Assert.True(removed.Succeeded);
        Assert.Empty((await service.AvailabilityAsync(rider.Id, rider.Rhys, Today)).DaysOff);
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task Bad_days_or_someone_elses_week_are_refused_and_nothing_changes(TestProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var rider = await database.SeedEveningRiderAsync();
        var service = database.Services.GetRequiredService<AvailabilityService>();

        var noDays = await service.SetWeekAsync(rider.Rhys, rider.Id, rider.Rhys, new WeekInput([], "18:00", "18:00"));
        var past = await service.AddDaysOffAsync(rider.Rhys, rider.Id, rider.Rhys, new DaysOffInput("2026-3-27", null));
        var backwards = await service.AddDaysOffAsync(rider.Rhys, rider.Id, rider.Rhys, new DaysOffInput("2026-4-10", "2026-4-9"));
        var tooFar = await service.AddDaysOffAsync(rider.Rhys, rider.Id, rider.Rhys, new DaysOffInput("2026-4-10", "2027-5-1"));
        var anothers = await service.SetWeekAsync(rider.Rhys, rider.Id, rider.Ceri, new WeekInput(["Friday"], "18:00", "23:00"));
        var notADriver = await service.SetWeekAsync(rider.Nia, rider.Id, rider.Nia, new WeekInput(["Friday"], "18:00", "23:00"));
        Assert.True((await service.AddDaysOffAsync(rider.Ceri, rider.Id, rider.Ceri, new DaysOffInput("2026-4-10", null))).Succeeded);
        var ceris = (await service.AvailabilityAsync(rider.Id, rider.Ceri, Today)).DaysOff.Single();
        var removeAnothers = await service.RemoveDaysOffAsync(rider.Rhys, rider.Id, ceris.Id);

        Assert.Equal(["Days:Transport.DrivingDaysRequired", "Until:Transport.DrivingNoTime"], noDays.Errors.Select(e => $"{e.Field}:{e.Code}"));
        Assert.Equal("Transport.DayOffPast", Assert.Single(past.Errors).Code);
        Assert.Equal("Transport.LastDayBeforeFirst", Assert.Single(backwards.Errors).Code);
        Assert.Equal("Transport.DayOffTooFar", Assert.Single(tooFar.Errors).Code);
        Assert.Equal("Transport.NotYourAvailability", Assert.Single(anothers.Errors).Code);
        Assert.Equal("Transport.NotADriver", Assert.Single(notADriver.Errors).Code);
        Assert.Equal("Transport.NotYourAvailability", Assert.Single(removeAnothers.Errors).Code);
        Assert.Equal(new DateOnly(2026, 4, 10), ceris.LastDay);
        Assert.Equal(0, await Db(database, db => db.TransportDriverAvailability.CountAsync()));
        Assert.Equal(1, await Db(database, db => db.TransportDriverDaysOff.CountAsync()));
    }

    private static async Task<T> Db<T>(TestDatabase database, Func<Coproduce.Core.Data.CoproduceDbContext, Task<T>> read)
    {
        await using var db = await database.OpenContextAsync();
        return await read(db);
    }
}
