using Coproduce.Core.Transport;
using Microsoft.EntityFrameworkCore;
using static Coproduce.Core.Tests.Transport.TransportTestData;

namespace Coproduce.Core.Tests.Transport;

public class FleetTests
{
    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task A_coordinator_adds_a_spare_minibus_with_its_wheelchair_space_and_permit(TestProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var rider = await database.SeedEveningRiderAsync();

        var added = await database.Fleet().AddAsync(rider.Nia, rider.Id, Minibus(registration: "cu19 abc", from: "6pm", until: "23.30"));

        Assert.True(added.Succeeded, string.Join("; ", added.Errors));
        var vehicle = Assert.Single(await database.Fleet().VehiclesAsync(rider.Id));
        Assert.Equal(("CU19ABC", 12, 1, VehicleAccess.Lift, 4100), (vehicle.Registration, vehicle.Seats, vehicle.WheelchairSpaces, vehicle.Access, vehicle.GrossWeightKg));
        Assert.Equal(SpareDays.Thursday | SpareDays.Friday | SpareDays.Saturday, vehicle.SpareDays);
        Assert.Equal((new TimeOnly(18, 0), new TimeOnly(23, 30)), (vehicle.SpareFrom, vehicle.SpareUntil));
        // 28 March 2026 is a Saturday; the Monday after is not a spare evening.
        Assert.True(vehicle.IsSpareOn(new DateOnly(2026, 3, 28)));
        Assert.False(vehicle.IsSpareOn(new DateOnly(2026, 3, 30)));
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task A_vehicle_with_bad_answers_is_refused_field_by_field_and_nothing_is_added(TestProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var rider = await database.SeedEveningRiderAsync();
        Assert.True((await database.Fleet().AddAsync(rider.Nia, rider.Id, Minibus())).Succeeded);

        var bad = await database.Fleet().AddAsync(rider.Nia, rider.Id,
            Minibus(registration: "CU19ABC", seats: "0", spaces: "2", access: "Steps", permitExpires: "2026-3-1", days: ["Someday"], from: "25:00"));
        var foreign = await database.Fleet().AddAsync(rider.Alys, rider.Id, Minibus(registration: "AB12CDE"));
        var wrongKind = await database.Fleet().AddAsync(rider.Alys, rider.Timebank, Minibus(registration: "AB12CDE"));

        Assert.Equal(
            ["Seats:Transport.WholeNumber", "Access:Transport.SpacesNeedAccess", "PermitExpiresOn:Transport.PermitAlreadyExpired",
                "SpareDays:Transport.SpareDaysRequired", "SpareFrom:Transport.NotATime"],
            bad.Errors.Select(e => $"{e.Field}:{e.Code}"));
        Assert.Equal("Transport.NotCoordinator", Assert.Single(foreign.Errors).Code);
        Assert.Equal("Transport.NotAService", Assert.Single(wrongKind.Errors).Code);
        await using var db = await database.OpenContextAsync();
        Assert.Equal(1, await db.TransportVehicles.CountAsync());
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task A_registration_is_in_the_fleet_once(TestProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var rider = await database.SeedEveningRiderAsync();
        Assert.True((await database.Fleet().AddAsync(rider.Nia, rider.Id, Minibus())).Succeeded);

        var again = await database.Fleet().AddAsync(rider.Nia, rider.Id, Minibus(registration: "CU19 ABC"));

        var error = Assert.Single(again.Errors);
        Assert.Equal(("Registration", "Transport.RegistrationInFleet"), (error.Field, error.Code));
    }
}
