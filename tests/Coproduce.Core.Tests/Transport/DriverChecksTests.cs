using Coproduce.Core.Audit;
using Coproduce.Core.Transport;
using Microsoft.EntityFrameworkCore;
using static Coproduce.Core.Tests.Transport.TransportTestData;

namespace Coproduce.Core.Tests.Transport;

public class DriverChecksTests
{
    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task A_coordinator_records_a_drivers_checks_audited_and_a_second_record_replaces_the_first(TestProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var rider = await database.SeedEveningRiderAsync();

        Assert.True((await database.Drivers().RecordAsync(rider.Nia, rider.Id, rider.Rhys, Checks(dbs: "2023-1-10"))).Succeeded);
        var again = await database.Drivers().RecordAsync(rider.Nia, rider.Id, rider.Rhys, Checks(dbs: "2026-3-1"));

        Assert.True(again.Succeeded, string.Join("; ", again.Errors));
        var rhys = (await database.Drivers().DriverAsync(rider.Id, rider.Rhys))!;
        Assert.Equal(new DateOnly(2026, 3, 1), rhys.Checks!.DbsCheckedOn);
        Assert.Equal(new CheckExpiries(new DateOnly(2028, 9, 13), null, new DateOnly(2029, 2, 28)), DriverRules.ExpiriesOf(rhys.Checks));
        // Drivers without checks are listed too, so the coordinator sees whose are missing.
        Assert.Equal(["Ceri Lewis", "Owain Price", "Rhys Hughes"], (await database.Drivers().DriversAsync(rider.Id)).Select(d => d.Name));
        await using var db = await database.OpenContextAsync();
        Assert.Equal(2, await db.AuditEntries.CountAsync(a => a.Action == AuditActions.DriverChecksRecorded && a.OnBehalfOfId == rider.Rhys && a.ActorId == rider.Nia));
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task Checks_with_bad_answers_or_for_someone_who_isnt_a_driver_are_refused_and_nothing_is_saved(TestProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var rider = await database.SeedEveningRiderAsync();

        var bad = await database.Drivers().RecordAsync(rider.Nia, rider.Id, rider.Rhys,
            Checks(licence: "C", held: "1970-1-1", midas: "Standard", midasOn: null, dbs: "2026-4-1"));
        var notADriver = await database.Drivers().RecordAsync(rider.Nia, rider.Id, rider.Nia, Checks());
        var notTheirs = await database.Drivers().RecordAsync(rider.Alys, rider.Id, rider.Rhys, Checks());

        Assert.Equal(
            ["Licence:Transport.LicenceRequired", "LicenceHeldSince:Transport.HeldBefore17", "MidasPassedOn:Transport.MidasDayRequired",
                "DbsCheckedOn:Transport.DayInFuture"],
            bad.Errors.Select(e => $"{e.Field}:{e.Code}"));
        Assert.Equal("Transport.NotADriver", Assert.Single(notADriver.Errors).Code);
        Assert.Equal("Transport.NotCoordinator", Assert.Single(notTheirs.Errors).Code);
        await using var db = await database.OpenContextAsync();
        Assert.False(await db.TransportDriverChecks.AnyAsync());
        Assert.False(await db.AuditEntries.AnyAsync(a => a.Action == AuditActions.DriverChecksRecorded));
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task A_driver_whose_dbs_check_ran_out_cant_take_the_minibus_and_the_coordinator_sees_what_runs_out_soon(TestProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var rider = await database.SeedEveningRiderAsync();
        var minibus = (await database.Fleet().AddAsync(rider.Nia, rider.Id, Minibus(permitExpires: "2026-4-20"))).Value!;
        // Rhys's DBS check is more than three years old; Ceri's MiDAS runs out next week; Owain has nothing recorded.
        Assert.True((await database.Drivers().RecordAsync(rider.Nia, rider.Id, rider.Rhys, Checks(dbs: "2023-3-1"))).Succeeded);
        Assert.True((await database.Drivers().RecordAsync(rider.Nia, rider.Id, rider.Ceri, Checks(midasOn: "2022-4-3"))).Succeeded);
        var tonight = new DateOnly(2026, 3, 28);

        var rhys = await database.Drivers().WhyNotAsync(rider.Id, rider.Rhys, minibus.Id, tonight, wheelchairAboard: true);
        var ceriTonight = await database.Drivers().WhyNotAsync(rider.Id, rider.Ceri, minibus.Id, tonight, wheelchairAboard: true);
        var ceriInAFortnight = await database.Drivers().WhyNotAsync(rider.Id, rider.Ceri, minibus.Id, tonight.AddDays(14), wheelchairAboard: false);
        var owain = await database.Drivers().WhyNotAsync(rider.Id, rider.Owain, minibus.Id, tonight, wheelchairAboard: false);
        var expiring = await database.Drivers().ExpiringAsync(rider.Id, tonight);

        Assert.Equal(("Transport.DbsRunsOut", new DateOnly(2026, 2, 28)), (Assert.Single(rhys).Code, (DateOnly)rhys[0].Arguments[0]));
        Assert.Empty(ceriTonight);
        Assert.Equal("Transport.MidasRunsOut", Assert.Single(ceriInAFortnight).Code);
        Assert.Equal("Transport.NoChecksRecorded", Assert.Single(owain).Code);
        Assert.Equal(
            [(ExpiringCheck.Dbs, "Rhys Hughes", new DateOnly(2026, 2, 28)), (ExpiringCheck.Midas, "Ceri Lewis", new DateOnly(2026, 4, 2)),
                (ExpiringCheck.Permit, "Minibus 1", new DateOnly(2026, 4, 20))],
            expiring.Select(e => (e.What, e.Whose, e.LastDay)));
    }
}
