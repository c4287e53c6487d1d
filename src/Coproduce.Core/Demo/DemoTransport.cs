using System.Globalization;
using Coproduce.Core.Common;
using Coproduce.Core.People;
using Coproduce.Core.Transport;

namespace Coproduce.Core.Demo;

/// <summary>
/// The demo's evening transport: three of the council's spare minibuses (one with a wheelchair space and a lift) and
/// five drivers' checks. Gwilym's DBS check is overdue, so he can't be given a run, and Sandra's MiDAS runs out within
/// the month, so the coordinator is warned. The service covers 20 km round Denbigh; six passengers ring to book, and
/// Owen has asked online and waits for Siân to check his registration. Four of them have return trips booked for the
/// first Thursday at least two days off, so the evening's bookings page has something to show.
/// </summary>
public sealed class DemoTransport(FleetService fleet, DriverService drivers, BookingRulesService bookingRules, PassengerService passengers,
    PlacesService places, BookingService bookings, TimeProvider clock)
{
    /// <summary>The passengers who ring to book: names, language, phone and the address they are picked up from.</summary>
    public static IReadOnlyList<(string Name, Language Language, string Phone, string Address)> PassengerPeople { get; } =
    [
        ("Morfydd Parry", Language.Welsh, "01745 813101", "5 Vale Street, Denbigh LL16 3AH"),
        ("Idris Hughes", Language.Welsh, "01745 813102", "Bryn Awelon, Ffordd Las, Rhuddlan LL18 2SP"),
        ("Gwen Ellis", Language.English, "01745 813103", "22 Marine Drive, Rhyl LL18 3AB"),
        ("Tomos Griffiths", Language.Welsh, "01824 813104", "Flat 2, Well Street, Ruthin LL15 1AE"),
        ("Eirlys Owen", Language.English, "01745 813105", "9 The Roe, St Asaph LL17 0LU"),
        ("Barbara Hill", Language.English, "01745 813106", "14 High Street, Prestatyn LL19 9AH"),
    ];

    /// <summary>Seeds the demo's fleet, drivers' checks, booking rules and passengers; every step must succeed.</summary>
    public async Task SeedAsync(DemoTransportCast cast, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(cast);
        var (serviceId, coordinatorId, driverIds) = (cast.ServiceId, cast.CoordinatorId, cast.DriverIds);
        var today = UkTime.Today(clock);
        string Day(DateOnly day) => day.ToString("yyyy-M-d", CultureInfo.InvariantCulture);
        string YearsAgo(int years, int days = 0) => Day(today.AddYears(-years).AddDays(days));
        string[] evenings = ["Thursday", "Friday", "Saturday"];

        Check(await fleet.AddAsync(coordinatorId, serviceId, new VehicleInput("Minibus 1", "CU19 RHY", "12", "1", "Lift", "4100", "Rhyl depot",
            "S19/DCC/0041", Day(today.AddMonths(14)), evenings, "18:00", "23:30", "53.3160, -3.4780"), cancellationToken), "minibus 1");
        Check(await fleet.AddAsync(coordinatorId, serviceId, new VehicleInput("Minibus 2", "CU21 DEN", "16", null, "Steps", "3500", "Denbigh depot",
            "S19/DCC/0042", Day(today.AddMonths(14)), evenings, "18:00", "23:30", "53.1900, -3.4130"), cancellationToken), "minibus 2");
        Check(await fleet.AddAsync(coordinatorId, serviceId, new VehicleInput("Minibus 3", "CU17 RUT", "8", null, "Steps", "3200", "Ruthin depot",
            "S19/DCC/0043", Day(today.AddDays(20)), ["Friday", "Saturday"], "18:30", "00:30", "53.1120, -3.3050"), cancellationToken), "minibus 3");

        DriverChecksInput[] checks =
        [
            new("D1", YearsAgo(58), YearsAgo(40), "Accessible", YearsAgo(1), YearsAgo(1), YearsAgo(1)),
            new("B", YearsAgo(66), YearsAgo(48), "Accessible", YearsAgo(2), null, YearsAgo(2)),
            new("B", YearsAgo(34), YearsAgo(15), "Standard", YearsAgo(3), null, YearsAgo(1)),
            new("D1", YearsAgo(71), YearsAgo(52), "Accessible", YearsAgo(1), null, YearsAgo(DriverRules.DbsYears, -10)),
            new("B", YearsAgo(62), YearsAgo(44), "Standard", YearsAgo(DriverRules.MidasYears, 12), null, YearsAgo(2)),
        ];
        foreach (var (driverId, driverChecks) in driverIds.Zip(checks))
        {
            Check(await drivers.RecordAsync(coordinatorId, serviceId, driverId, driverChecks, cancellationToken), "a driver's checks");
        }

        Check(await bookingRules.SetAsync(coordinatorId, serviceId, new BookingRulesInput("24", "28", "Denbigh", "53.1842, -3.4183", "20", "18:00",
            "23:30", "60", "01632 960 100"), cancellationToken), "booking rules");

        // Morfydd travels in her wheelchair; Idris walks with a frame and his wife comes too; Tomos has a carer.
        PassengerInput Registration(string born, string[] grounds, string why, string mobility, string? companion, string? companionMobility, string home,
            string address) => new(born, grounds, why, mobility, companion, companionMobility, address, home, "Family", "01632 960 199");
        PassengerInput[] registrations =
        [
            Registration(YearsAgo(81), ["Age", "Mobility"], "Travels in her wheelchair; the buses near her have steps", "StaysInWheelchair", null, null,
                "53.1830, -3.4160", PassengerPeople[0].Address),
            Registration(YearsAgo(77), ["Age"], "Can't walk to the bus stop with his frame", "WalkingAid", "Companion", "Walks", "53.2900, -3.4660",
                PassengerPeople[1].Address),
            Registration(YearsAgo(69), ["Age", "NoSuitableBus"], "No bus home after the evening class", "Walks", null, null, "53.3193, -3.4916",
                PassengerPeople[2].Address),
            Registration(YearsAgo(52), ["Disability"], "Has a learning disability and travels with his carer", "Walks", "Escort", "Walks",
                "53.1148, -3.3107", PassengerPeople[3].Address),
            Registration(YearsAgo(73), ["Age", "Mobility"], "Uses a wheelchair but moves to a seat", "WheelchairTransfers", null, null, "53.2576, -3.4420",
                PassengerPeople[4].Address),
            Registration(YearsAgo(66), ["Age"], "The last bus leaves before the community choir ends", "Walks", null, null, "53.3376, -3.4070",
                PassengerPeople[5].Address),
        ];
        foreach (var (passengerId, registration) in cast.PassengerIds.Zip(registrations))
        {
            Check(await passengers.RegisterAsync(coordinatorId, serviceId, passengerId, registration, cancellationToken), "a passenger");
        }

        Check(await passengers.RegisterAsync(cast.WaitingPassengerId, serviceId, cast.WaitingPassengerId, new PassengerInput(YearsAgo(64), ["Age"],
            "I don't drive after dark any more", "Walks", null, null, "12 Vale Street, Denbigh LL16 3AF", null, "Rhian Davies", "01632 960 188"),
            cancellationToken), "Owen's registration");

        var townHall = await PlaceAsync("Denbigh Town Hall", "Crown Square, Denbigh LL16 3TB", "53.1847, -3.4205");
        var pavilion = await PlaceAsync("Rhyl Pavilion Theatre", "East Parade, Rhyl LL18 3AQ", "53.3216, -3.4839");
        var hospital = await PlaceAsync("Glan Clwyd Hospital", "Sarn Lane, Bodelwyddan LL18 5UJ", "53.2702, -3.4968");
        var cathedral = await PlaceAsync("St Asaph Cathedral", "High Street, St Asaph LL17 0RD", "53.2574, -3.4427");
        await PlaceAsync("Ruthin Craft Centre", "Park Road, Ruthin LL15 1BB", "53.1167, -3.3143");

        var thursday = today.AddDays(2);
        while (thursday.DayOfWeek != DayOfWeek.Thursday)
        {
            thursday = thursday.AddDays(1);
        }

        (int Passenger, string Time, string TimeIs, Guid To, string Purpose, string Back)[] trips =
        [
            (0, "19:00", "PickUpAt", townHall, "Singing for the brain", "21:30"),
            (1, "19:15", "ArriveBy", pavilion, "A show with his wife", "22:15"),
            (2, "18:30", "PickUpAt", hospital, "Visiting her sister", "20:00"),
            (5, "19:00", "PickUpAt", cathedral, "Community choir", "21:00"),
        ];
        foreach (var trip in trips)
        {
            Check(await bookings.BookAsync(coordinatorId, serviceId, cast.PassengerIds[trip.Passenger], new BookingInput(Day(thursday), trip.Time,
                trip.TimeIs, BookingService.Home, trip.To.ToString(), trip.Purpose, trip.Back), cancellationToken), "a booking");
        }

        async Task<Guid> PlaceAsync(string name, string address, string location) =>
            Check(await places.AddAsync(coordinatorId, serviceId, new PlaceInput(name, address, location), cancellationToken), name).Id;
    }

    private static T Check<T>(Result<T> result, string what) =>
        result.Succeeded ? result.Value : throw new InvalidOperationException($"The demo's {what} was refused: {string.Join("; ", result.Errors)}");
}

/// <summary>Who the demo's evening transport is seeded for.</summary>
/// <param name="ServiceId">The transport service.</param>
/// <param name="CoordinatorId">Who records it all.</param>
/// <param name="DriverIds">Rhys, Aled, Nerys, Gwilym and Sandra.</param>
/// <param name="PassengerIds">The people of <see cref="DemoTransport.PassengerPeople"/>, in order.</param>
/// <param name="WaitingPassengerId">Owen, who registers himself.</param>
public sealed record DemoTransportCast(Guid ServiceId, Guid CoordinatorId, IReadOnlyList<Guid> DriverIds, IReadOnlyList<Guid> PassengerIds,
    Guid WaitingPassengerId);
