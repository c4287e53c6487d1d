using Coproduce.Core.Audit;
using Coproduce.Core.Transport;
using Microsoft.EntityFrameworkCore;
using static Coproduce.Core.Tests.Transport.TransportTestData;

namespace Coproduce.Core.Tests.Transport;

public class PassengerTests
{
    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task A_coordinator_sets_the_booking_rules_and_registers_a_wheelchair_user_with_her_husband(TestProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var rider = await database.SeedEveningRiderAsync();

        var rules = await database.BookingRules().SetAsync(rider.Nia, rider.Id, Rules());
        var registered = await database.Passengers().RegisterAsync(rider.Nia, rider.Id, rider.Alys,
            Registration(born: "1970-2-2", grounds: ["Mobility"], mobility: "StaysInWheelchair", companion: "Companion", companionMobility: "WalkingAid"));

        Assert.True(rules.Succeeded, string.Join("; ", rules.Errors));
        Assert.True(registered.Succeeded, string.Join("; ", registered.Errors));
        var saved = (await database.BookingRules().RulesAsync(rider.Id))!;
        Assert.Equal((24, 28, 15, new TimeOnly(18, 0), new TimeOnly(23, 30), 60), (saved.MinimumNoticeHours, saved.MaximumDaysAhead, saved.AreaRadiusKm,
            saved.ServiceFrom, saved.ServiceUntil, saved.MinimumAge));
        var alys = (await database.Passengers().PassengerAsync(rider.Id, rider.Alys))!;
        // A coordinator's registration is checked as it is made: trips can be booked at once.
        Assert.True(alys.IsConfirmed);
        Assert.Equal(new GeoPoint(51.405, -3.27), alys.Home);
        Assert.Equal((1, 1), (alys.WheelchairSpacesNeeded, alys.SeatsNeeded));
        Assert.Equal("Alys Jones", Assert.Single(await database.Passengers().PassengersAsync(rider.Id)).Name);
        await using var db = await database.OpenContextAsync();
        Assert.True(await db.AuditEntries.AnyAsync(a => a.Action == AuditActions.PassengerRegistered && a.ActorId == rider.Nia && a.OnBehalfOfId == rider.Alys));
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task Someone_registering_themselves_waits_for_a_coordinator_to_place_their_home(TestProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var rider = await database.SeedEveningRiderAsync();
        Assert.True((await database.BookingRules().SetAsync(rider.Nia, rider.Id, Rules())).Succeeded);

        var own = await database.Passengers().RegisterAsync(rider.Alys, rider.Id, rider.Alys, Registration(home: null));
        var waiting = (await database.Passengers().PassengerAsync(rider.Id, rider.Alys))!;
        var checkedByNia = await database.Passengers().RegisterAsync(rider.Nia, rider.Id, rider.Alys, Registration());

        Assert.True(own.Succeeded, string.Join("; ", own.Errors));
        Assert.False(waiting.IsConfirmed);
        Assert.Null(waiting.Home);
        Assert.True(checkedByNia.Succeeded);
        Assert.True((await database.Passengers().PassengerAsync(rider.Id, rider.Alys))!.IsConfirmed);
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task Someone_the_permit_cant_carry_or_a_home_outside_the_area_is_refused_and_nothing_is_saved(TestProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var rider = await database.SeedEveningRiderAsync();
        var beforeRules = await database.Passengers().RegisterAsync(rider.Nia, rider.Id, rider.Alys, Registration());
        var badRules = await database.BookingRules().SetAsync(rider.Nia, rider.Id, Rules(notice: "-1", centre: "-3.2680, 51.4016", from: "18:00", until: "18:00"));
        var notTheirs = await database.BookingRules().SetAsync(rider.Rhys, rider.Id, Rules());
        Assert.True((await database.BookingRules().SetAsync(rider.Nia, rider.Id, Rules())).Succeeded);

        var tooYoung = await database.Passengers().RegisterAsync(rider.Nia, rider.Id, rider.Alys, Registration(born: "1980-1-1"));
        var noGrounds = await database.Passengers().RegisterAsync(rider.Nia, rider.Id, rider.Alys, Registration(grounds: []));
        // Bridgend is about 24 km from the centre of Barry.
        var bridgend = await database.Passengers().RegisterAsync(rider.Nia, rider.Id, rider.Alys, Registration(home: "51.5047, -3.5770"));
        var noHome = await database.Passengers().RegisterAsync(rider.Nia, rider.Id, rider.Alys, Registration(home: null));
        var companionUnsaid = await database.Passengers().RegisterAsync(rider.Nia, rider.Id, rider.Alys, Registration(companion: "Escort"));
        var forSomeoneElse = await database.Passengers().RegisterAsync(rider.Rhys, rider.Id, rider.Alys, Registration());

        Assert.Equal("Transport.NoBookingRules", Assert.Single(beforeRules.Errors).Code);
        Assert.Equal(["MinimumNoticeHours:Transport.WholeNumber", "AreaCentre:Transport.NotALocation", "ServiceUntil:Transport.ServiceNoTime"],
            badRules.Errors.Select(e => $"{e.Field}:{e.Code}"));
        Assert.Equal("Transport.NotCoordinator", Assert.Single(notTheirs.Errors).Code);
        Assert.Equal(("Grounds:Transport.UnderMinimumAge", 60), (Assert.Single(tooYoung.Errors) is var e ? $"{e.Field}:{e.Code}" : null, e.Arguments[0]));
        Assert.Equal("Transport.NoGrounds", Assert.Single(noGrounds.Errors).Code);
        var outside = Assert.Single(bridgend.Errors);
        Assert.Equal(("HomeLocation", "Transport.OutsideArea", 24.0, "Barry", 15), (outside.Field, outside.Code, outside.Arguments[0], outside.Arguments[1],
            outside.Arguments[2]));
        Assert.Equal("Transport.LocationRequired", Assert.Single(noHome.Errors).Code);
        Assert.Equal("CompanionMobility", Assert.Single(companionUnsaid.Errors).Field);
        Assert.Equal("Transport.NotYourRegistration", Assert.Single(forSomeoneElse.Errors).Code);
        await using var db = await database.OpenContextAsync();
        Assert.False(await db.TransportPassengers.AnyAsync());
        Assert.False(await db.AuditEntries.AnyAsync(a => a.Action == AuditActions.PassengerRegistered));
    }

    [Fact]
    public void Age_alone_needs_the_minimum_age_by_the_day_and_any_other_ground_stands_on_its_own()
    {
        var rules = RulesWithMinimumAge(60);
        var day = new DateOnly(2026, 3, 28);

        Assert.Null(PassengerRules.WhyNotEligible(EligibilityGrounds.Age, new DateOnly(1966, 3, 28), rules, day));
        Assert.Equal("Transport.UnderMinimumAge", PassengerRules.WhyNotEligible(EligibilityGrounds.Age, new DateOnly(1966, 3, 29), rules, day)?.Code);
        Assert.Null(PassengerRules.WhyNotEligible(EligibilityGrounds.Age | EligibilityGrounds.NoSuitableBus, new DateOnly(1990, 1, 1), rules, day));
        Assert.Equal("Transport.NoGrounds", PassengerRules.WhyNotEligible(EligibilityGrounds.None, new DateOnly(1940, 1, 1), rules, day)?.Code);
    }

    [Fact]
    public void Distances_are_along_the_earth_and_typed_locations_must_be_in_the_uk()
    {
        Assert.True(GeoPoint.TryParse(" 51.4016 , -3.2680 ", out var barry));
        Assert.True(GeoPoint.TryParse("51.4816 -3.1791", out var cardiff));
        // Barry to Cardiff city centre: 8.9 km north and 6.2 km east, so about 10.8 km as the crow flies.
        Assert.InRange(barry.KilometresTo(cardiff), 10.7, 10.95);
        Assert.False(GeoPoint.TryParse("-3.2680, 51.4016", out _));
        Assert.False(GeoPoint.TryParse("51.4", out _));
        Assert.False(GeoPoint.TryParse("north, west", out _));
        Assert.Equal("51.4016, -3.268", barry.ToString());
    }

    private static BookingRules RulesWithMinimumAge(int age)
    {
        var details = new BookingRulesDetails(24, 28, "Barry", new GeoPoint(51.4, -3.27), 15, new TimeOnly(18, 0), new TimeOnly(23, 30), age, "01446 700 111");
        return new BookingRules(Guid.NewGuid(), details, Guid.NewGuid(), DateTimeOffset.UnixEpoch);
    }
}
