using System.Globalization;
using Coproduce.Core.Common;
using Coproduce.Core.Transport;
using Coproduce.Core.Transport.Planning;
using Coproduce.Scheduling;

namespace Coproduce.Core.Demo;

/// <summary>
/// The demo's evening transport: three of the council's spare minibuses (one with a wheelchair space and a lift) and
/// five drivers' checks. Gwilym's DBS check is overdue, so he can't be given a run, and Sandra's MiDAS runs out within
/// the month, so the coordinator is warned. The service covers 20 km round Denbigh; twenty passengers ring to book
/// (<see cref="DemoEvening"/>) and each has a return trip booked for the same Friday, and Owen has asked online and
/// waits for Siân to check his registration. The drivers' weeks let three crews go out that Friday, and Siân has
/// planned and published it, so each of its drivers opens a manifest.
/// </summary>
public sealed class DemoTransport(FleetService fleet, DriverService drivers, BookingRulesService bookingRules, PassengerService passengers,
    PlacesService places, BookingService bookings, AvailabilityService availability, EveningPlanning planning, TimeProvider clock)
{
    /// <summary>How far the engine searches the demo's Friday.</summary>
    public const int DemoPlanIterations = 1500;

    /// <summary>Seeds the demo's fleet, drivers' checks, booking rules and passengers; every step must succeed.</summary>
    public async Task SeedAsync(DemoTransportCast cast, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(cast);
        var (serviceId, coordinatorId, driverIds) = (cast.ServiceId, cast.CoordinatorId, cast.DriverIds);
        var today = UkTime.Today(clock);
        string Day(DateOnly day) => day.ToString("yyyy-M-d", CultureInfo.InvariantCulture);
        string YearsAgo(int years, int days = 0) => Day(today.AddYears(-years).AddDays(days));
        string[] evenings = ["Thursday", "Friday", "Saturday"];

        Check(await fleet.AddAsync(coordinatorId, serviceId, new VehicleInput("Minibus 1", "CU19 DEN", "12", "1", "Lift", "4100", "Denbigh depot",
            "S19/DCC/0041", Day(today.AddMonths(14)), evenings, "18:00", "23:30", "53.1900, -3.4130"), cancellationToken), "minibus 1");
        Check(await fleet.AddAsync(coordinatorId, serviceId, new VehicleInput("Minibus 2", "CU21 RHY", "16", null, "Steps", "3500", "Rhyl depot",
            "S19/DCC/0042", Day(today.AddMonths(14)), evenings, "18:00", "23:30", "53.3160, -3.4780"), cancellationToken), "minibus 2");
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

        // Rhys stays out late enough for Minibus 3, which is spare until half past midnight.
        WeekInput[] weeks =
        [
            new(evenings, "18:00", "00:30"),
            new(["Friday", "Saturday"], "17:45", "23:45"),
            new(["Thursday", "Friday"], "18:00", "23:30"),
            new(["Friday"], "18:00", "23:30"),
            new(["Thursday", "Saturday"], "18:00", "23:30"),
        ];
        foreach (var (driverId, week) in driverIds.Zip(weeks))
        {
            Check(await availability.SetWeekAsync(coordinatorId, serviceId, driverId, week, cancellationToken), "a driver's week");
        }

        Check(await bookingRules.SetAsync(coordinatorId, serviceId, new BookingRulesInput("24", "28", "Denbigh", "53.1842, -3.4183", "20", "18:00",
            "23:30", "60", "01632 960 100"), cancellationToken), "booking rules");

        // Morfydd travels in her wheelchair; Idris walks with a frame and his wife comes too; Tomos has a carer; the rest
        // are carried for their age, some with a stick.
        PassengerInput Registration(int index, string[] grounds, string why, string mobility, string? companion = null, string? companionMobility = null) =>
            new(YearsAgo(64 + ((index * 7) % 25)), grounds, why, mobility, companion, companionMobility, DemoEvening.Passengers[index].Address,
                DemoEvening.Passengers[index].Home, "Family", "01632 960 199");
        PassengerInput[] registrations =
        [
            Registration(0, ["Age", "Mobility"], "Travels in her wheelchair; the buses near her have steps", "StaysInWheelchair"),
            Registration(1, ["Age"], "Can't walk to the bus stop with his frame", "WalkingAid", "Companion", "Walks"),
            Registration(2, ["Age", "NoSuitableBus"], "No bus home after the evening class", "Walks"),
            Registration(3, ["Disability"], "Has a learning disability and travels with his carer", "Walks", "Escort", "Walks"),
            Registration(4, ["Age", "Mobility"], "Uses a wheelchair but moves to a seat", "WheelchairTransfers"),
            .. Enumerable.Range(5, DemoEvening.Passengers.Count - 5).Select(i => Registration(i, ["Age"], "The last bus leaves before the evening ends",
                i % 3 == 0 ? "WalkingAid" : "Walks")),
        ];
        foreach (var (passengerId, registration) in cast.PassengerIds.Zip(registrations))
        {
            Check(await passengers.RegisterAsync(coordinatorId, serviceId, passengerId, registration, cancellationToken), "a passenger");
        }

        Check(await passengers.RegisterAsync(cast.WaitingPassengerId, serviceId, cast.WaitingPassengerId, new PassengerInput(YearsAgo(64), ["Age"],
            "I don't drive after dark any more", "Walks", null, null, "12 Vale Street, Denbigh LL16 3AF", null, "Rhian Davies", "01632 960 188"),
            cancellationToken), "Owen's registration");

        var destinations = new List<Guid>();
        foreach (var (name, address, location) in DemoEvening.Places)
        {
            destinations.Add(Check(await places.AddAsync(coordinatorId, serviceId, new PlaceInput(name, address, location), cancellationToken), name).Id);
        }

        var friday = Day(DemoEvening.FridayAfter(today));
        foreach (var trip in DemoEvening.Trips)
        {
            Check(await bookings.BookAsync(coordinatorId, serviceId, cast.PassengerIds[trip.Passenger], new BookingInput(friday, trip.Time, trip.TimeIs,
                BookingService.Home, destinations[trip.Place].ToString(), trip.Purpose, trip.Back), cancellationToken), "a booking");
        }

        // A capped search plans the same on every machine, and quickly, so the demo starts in good time.
        await planning.PlanAtOnceAsync(coordinatorId, serviceId, DemoEvening.FridayAfter(today),
            new SolveOptions { TimeLimit = TimeSpan.FromSeconds(10), MaxIterations = DemoPlanIterations, Seed = 1 }, cancellationToken);
        Check(await planning.PublishAsync(coordinatorId, serviceId, DemoEvening.FridayAfter(today), cancellationToken), "publishing Friday's plan");
    }

    private static T Check<T>(Result<T> result, string what) =>
        result.Succeeded ? result.Value : throw new InvalidOperationException($"The demo's {what} was refused: {string.Join("; ", result.Errors)}");
}

/// <summary>Who the demo's evening transport is seeded for.</summary>
/// <param name="ServiceId">The transport service.</param>
/// <param name="CoordinatorId">Who records it all.</param>
/// <param name="DriverIds">Rhys, Aled, Nerys, Gwilym and Sandra.</param>
/// <param name="PassengerIds">The people of <see cref="DemoEvening.Passengers"/>, in order.</param>
/// <param name="WaitingPassengerId">Owen, who registers himself.</param>
public sealed record DemoTransportCast(Guid ServiceId, Guid CoordinatorId, IReadOnlyList<Guid> DriverIds, IReadOnlyList<Guid> PassengerIds,
    Guid WaitingPassengerId);
