using Coproduce.Core.Transport;
using Microsoft.EntityFrameworkCore;
using static Coproduce.Core.Tests.Transport.TransportTestData;

namespace Coproduce.Core.Tests.Transport;

/// <summary>
/// Booking trips on the test clock, Saturday 28 March 2026 at 18:00 (GMT; the clocks go forward that night). The
/// service covers 15 km round Barry, 18:00 to 23:30, with a day's notice and four weeks ahead.
/// </summary>
public class BookingTests
{
    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task A_coordinator_books_a_return_trip_on_the_phone_and_finds_it_by_the_reference_read_out(TestProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var (rider, leisureCentre) = await ServiceWithPassengerAsync(database);

        var booked = await database.Bookings().BookAsync(rider.Nia, rider.Id, rider.Alys,
            new BookingInput("2026-4-2", "19:00", "PickUpAt", BookingService.Home, leisureCentre.ToString(), "Swimming club", "21:30"));

        Assert.True(booked.Succeeded, string.Join("; ", booked.Errors));
        var (outward, back) = (booked.Value!.Outward, booked.Value.Return!);
        Assert.Matches("^[A-Z3-9]{3}-[A-Z3-9]{3}$", outward.Reference);
        Assert.NotEqual(outward.Reference, back.Reference);
        Assert.Equal(outward.Id, back.ReturnOfId);
        Assert.Equal(("4 Park Road, Barry CF62 6NU", "Barry Leisure Centre, Park Crescent, Barry"), (outward.FromAddress, outward.ToAddress));
        Assert.Equal((outward.ToAddress, outward.FromAddress, new TimeOnly(21, 30)), (back.FromAddress, back.ToAddress, back.Time));
        Assert.Equal((1, 0), (outward.Seats, outward.WheelchairSpaces));
        var typed = outward.Reference.Replace("-", " ", StringComparison.Ordinal).ToLowerInvariant();
        Assert.Equal(outward.Id, (await database.Bookings().FindAsync(rider.Id, typed))!.Id);
        Assert.Equal([outward.Id, back.Id], (await database.Bookings().EveningAsync(rider.Id, new DateOnly(2026, 4, 2))).Select(b => b.Id));
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task Bad_times_and_trips_that_clash_are_refused_and_book_nothing(TestProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var (rider, leisureCentre) = await ServiceWithPassengerAsync(database);
        var to = leisureCentre.ToString();
        Task<Coproduce.Core.Common.Result<BookedTrips>> Book(string evening, string time, string? returnTime = null, Guid? actor = null) =>
            database.Bookings().BookAsync(actor ?? rider.Alys, rider.Id, rider.Alys, new BookingInput(evening, time, "PickUpAt", BookingService.Home, to, null,
                returnTime));

        var yesterday = await Book("2026-3-27", "19:00");
        var tonight = await Book("2026-3-28", "20:00");
        var tooFar = await Book("2026-5-1", "19:00");
        var tooEarly = await Book("2026-4-2", "17:00");
        var returnFirst = await Book("2026-4-2", "19:00", "18:30");
        var byAStranger = await Book("2026-4-2", "19:00", actor: rider.Rhys);
        var noVehicle = await Book("2026-3-30", "19:00");
        Assert.Equal(0, await CountAsync(database));
        Assert.True((await Book("2026-4-2", "19:00")).Succeeded);
        var clash = await Book("2026-4-2", "19:01");

        Assert.Equal("Time:Transport.TimeInPast", Only(yesterday));
        Assert.Equal(("Time:Transport.TooLittleNotice", 24), (Only(tonight), tonight.Errors[0].Arguments[0]));
        Assert.Equal("Evening:Transport.TooFarAhead", Only(tooFar));
        Assert.Equal(("Time:Transport.OutsideHours", "18:00", "23:30"), (Only(tooEarly), tooEarly.Errors[0].Arguments[0], tooEarly.Errors[0].Arguments[1]));
        Assert.Equal("ReturnTime:Transport.ReturnBeforeArrival", Only(returnFirst));
        Assert.Equal("Transport.NotYourBooking", Assert.Single(byAStranger.Errors).Code);
        Assert.Equal("Evening:Transport.NoVehicleThatEvening", Only(noVehicle));
        Assert.Equal("Time:Transport.Overlaps", Only(clash));
        Assert.Equal(1, await CountAsync(database));
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task A_wheelchair_user_an_unchecked_registration_and_someone_the_rules_no_longer_cover_are_refused(TestProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var (rider, leisureCentre) = await ServiceWithPassengerAsync(database);
        var to = leisureCentre.ToString();
        // Owen travels in his wheelchair; only Minibus 1 has a space, and it isn't spare on Wednesdays. Ceri registered
        // herself online and hasn't been checked.
        Assert.True((await database.Passengers().RegisterAsync(rider.Nia, rider.Id, rider.Owain, Registration(mobility: "StaysInWheelchair"))).Succeeded);
        Assert.True((await database.Passengers().RegisterAsync(rider.Ceri, rider.Id, rider.Ceri, Registration(home: null))).Succeeded);
        BookingInput Trip(string evening) => new(evening, "19:00", "PickUpAt", BookingService.Home, to, null, null);

        var wednesday = await database.Bookings().BookAsync(rider.Nia, rider.Id, rider.Owain, Trip("2026-4-1"));
        var thursday = await database.Bookings().BookAsync(rider.Nia, rider.Id, rider.Owain, Trip("2026-4-2"));
        var unchecked_ = await database.Bookings().BookAsync(rider.Ceri, rider.Id, rider.Ceri, Trip("2026-4-2"));
        Assert.True((await database.BookingRules().SetAsync(rider.Nia, rider.Id, Rules(radius: "1", minimumAge: "90"))).Succeeded);
        var noLongerCovered = await database.Bookings().BookAsync(rider.Nia, rider.Id, rider.Alys, Trip("2026-4-2"));

        Assert.Equal("Evening:Transport.NoWheelchairVehicle", Only(wednesday));
        Assert.True(thursday.Succeeded);
        Assert.Equal((0, 1), (thursday.Value!.Outward.Seats, thursday.Value.Outward.WheelchairSpaces));
        Assert.Equal(("Transport.RegistrationWaiting", "01446 700 111"), (Assert.Single(unchecked_.Errors).Code, unchecked_.Errors[0].Arguments[0]));
        Assert.Equal(["To:Transport.OutsideArea", ":Transport.UnderMinimumAge"], noLongerCovered.Errors.Select(e => $"{e.Field}:{e.Code}"));
        Assert.Equal(1, await CountAsync(database));
    }

    [Fact]
    public void References_are_read_back_whatever_the_case_or_spacing_and_avoid_letters_that_sound_alike()
    {
        var reference = BookingReference.New();

        Assert.Equal(reference, BookingReference.Tidy(reference.ToLowerInvariant().Replace("-", " ", StringComparison.Ordinal)));
        Assert.DoesNotContain(reference, c => "015828OISZB".Contains(c, StringComparison.Ordinal));
        Assert.Null(BookingReference.Tidy("K7P-3M"));
        Assert.Null(BookingReference.Tidy("K7P-3M0"));
    }

    [Fact]
    public void An_evening_past_midnight_reads_its_small_hours_as_the_end_of_the_evening()
    {
        var rules = new BookingRules(Guid.NewGuid(), new BookingRulesDetails(24, 28, "Rhyl", new GeoPoint(53.32, -3.49), 20, new TimeOnly(18, 30),
            new TimeOnly(0, 30), 60, "01632 960 100"), Guid.NewGuid(), DateTimeOffset.UnixEpoch);

        Assert.True(EveningClock.WithinHours(rules, new TimeOnly(0, 15)));
        Assert.True(EveningClock.WithinHours(rules, new TimeOnly(18, 30)));
        Assert.False(EveningClock.WithinHours(rules, new TimeOnly(0, 45)));
        Assert.False(EveningClock.WithinHours(rules, new TimeOnly(18, 0)));
        // Saturday 28 March 2026's evening: 00:15 is Sunday morning, after the clocks have gone forward at 01:00 GMT.
        Assert.Equal(new DateTimeOffset(2026, 3, 29, 0, 15, 0, TimeSpan.Zero), EveningClock.Instant(rules, new DateOnly(2026, 3, 28), new TimeOnly(0, 15)));
        Assert.Equal(new DateTimeOffset(2026, 4, 2, 19, 0, 0, TimeSpan.FromHours(1)), EveningClock.Instant(rules, new DateOnly(2026, 4, 2), new TimeOnly(19, 0)));
    }

    private static string Only(Coproduce.Core.Common.Result<BookedTrips> result) =>
        Assert.Single(result.Errors) is var e ? $"{e.Field}:{e.Code}" : string.Empty;

    private static async Task<int> CountAsync(TestDatabase database)
    {
        await using var db = await database.OpenContextAsync();
        return await db.TransportBookings.CountAsync();
    }

    // Rules, Minibus 1 (a lift and a wheelchair space, Thursday to Saturday), a minibus with steps on Wednesdays, the
    // leisure centre, and Alys registered by Nia.
    private static async Task<(EveningRider Rider, Guid LeisureCentre)> ServiceWithPassengerAsync(TestDatabase database)
    {
        var rider = await database.SeedEveningRiderAsync();
        Assert.True((await database.BookingRules().SetAsync(rider.Nia, rider.Id, Rules())).Succeeded);
        Assert.True((await database.Fleet().AddAsync(rider.Nia, rider.Id, Minibus())).Succeeded);
        Assert.True((await database.Fleet().AddAsync(rider.Nia, rider.Id, Minibus(registration: "CU20 WED", spaces: "0", access: "Steps", weight: "3400",
            days: ["Wednesday"]))).Succeeded);
        var place = await database.Places().AddAsync(rider.Nia, rider.Id, new PlaceInput("Barry Leisure Centre", "Park Crescent, Barry", "51.3990, -3.2830"));
        Assert.True(place.Succeeded, string.Join("; ", place.Errors));
        Assert.True((await database.Passengers().RegisterAsync(rider.Nia, rider.Id, rider.Alys, Registration())).Succeeded);
        return (rider, place.Value!.Id);
    }
}
