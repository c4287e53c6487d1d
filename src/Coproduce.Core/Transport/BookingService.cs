using System.Globalization;
using Coproduce.Core.Common;
using Coproduce.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Coproduce.Core.Transport;

/// <summary>
/// Bookings: a passenger books online, or a coordinator books for them on the phone. Every booking is checked against
/// the service's rules, the passenger's registration and their other trips that evening, and books nothing when it
/// fails.
/// </summary>
public sealed class BookingService(IDbContextFactory<CoproduceDbContext> contexts, UnitsOfWork units, TimeProvider clock)
{
    /// <summary>Where a trip starts or ends when it is the passenger's home.</summary>
    public const string Home = "home";

    /// <summary>The longest purpose kept.</summary>
    public const int MaximumPurposeLength = 200;

    /// <summary>
    /// Books a trip, and its return when a return time is given, in one act. Refused, booking nothing, unless the
    /// actor is the passenger or coordinates the service; for someone not registered, not yet checked or not
    /// eligible; for a time in the past, inside the minimum notice, too far ahead or outside the service's hours; for a
    /// place outside the area; for a wheelchair user on an evening no suitable vehicle is spare; or for a trip that
    /// overlaps one of their others.
    /// </summary>
    public Task<Result<BookedTrips>> BookAsync(Guid actorId, Guid serviceId, Guid passengerId, BookingInput input,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        return units.RunAsync(async (work, token) =>
        {
            var db = work.Db;
            if (await TransportAccess.RefuseUnlessOpenServiceAsync(work, serviceId, token) is { } closed)
            {
                return Result<BookedTrips>.Refused(closed);
            }

            if (actorId != passengerId && !await TransportAccess.CoordinatesAsync(db, actorId, serviceId, token))
            {
                return Result<BookedTrips>.Refused(new FieldError(string.Empty, "Transport.NotYourBooking"));
            }

            if (await db.TransportBookingRules.SingleOrDefaultAsync(r => r.ServiceId == serviceId, token) is not { } rules)
            {
                return Result<BookedTrips>.Refused(new FieldError(string.Empty, "Transport.NoBookingRules"));
            }

            var passenger = await db.TransportPassengers.SingleOrDefaultAsync(p => p.ServiceId == serviceId && p.PersonId == passengerId, token);
            if (passenger is null)
            {
                return Result<BookedTrips>.Refused(new FieldError(string.Empty, "Transport.NotAPassenger"));
            }

            if (passenger.Home is not { } home || !passenger.IsConfirmed)
            {
                return Result<BookedTrips>.Refused(new FieldError(string.Empty, "Transport.RegistrationWaiting", rules.BookingPhone));
            }

            var places = await db.TransportPlaces.AsNoTracking().Where(p => p.ServiceId == serviceId).ToListAsync(token);
            var errors = new List<FieldError>();
            var (outward, back) = Check(input, rules, passenger, new TripEnd(passenger.HomeAddress, home), places, errors);
            if (outward is not null)
            {
                await CheckEveningAsync(db, rules, passenger, outward, back, errors, token);
            }

            if (errors.Count > 0)
            {
                return Result<BookedTrips>.Refused(errors);
            }

            var now = clock.GetUtcNow();
            var first = await NewBookingAsync(db, serviceId, passenger, outward!, actorId, now, token);
            Booking? second = null;
            if (back is not null)
            {
                second = await NewBookingAsync(db, serviceId, passenger, back, actorId, now, token);
                second.MakeReturnOf(first.Id);
            }

            await Planning.EveningPlanning.AskAgainIfPlannedAsync(db, serviceId, outward!.Evening, actorId, now, token);
            await db.SaveChangesAsync(token);
            return Result<BookedTrips>.Success(new BookedTrips(first, second));
        }, cancellationToken);
    }

    /// <summary>The service's bookings still standing for an evening, in time order.</summary>
    public async Task<IReadOnlyList<Booking>> EveningAsync(Guid serviceId, DateOnly evening, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rules = await db.TransportBookingRules.AsNoTracking().SingleOrDefaultAsync(r => r.ServiceId == serviceId, cancellationToken);
        var bookings = await db.TransportBookings.AsNoTracking()
            .Where(b => b.ServiceId == serviceId && b.Evening == evening && b.CancelledAt == null).ToListAsync(cancellationToken);
        return [.. bookings.OrderBy(b => rules is null ? 0 : EveningClock.MinutesAfter(rules.ServiceFrom, b.Time)).ThenBy(b => b.BookedAt)];
    }

    /// <summary>How many trips stand on each evening from <paramref name="first"/> to <paramref name="last"/>, for evenings with any.</summary>
    public async Task<IReadOnlyList<(DateOnly Evening, int Trips)>> CountsAsync(Guid serviceId, DateOnly first, DateOnly last,
        CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var counts = await db.TransportBookings.AsNoTracking()
            .Where(b => b.ServiceId == serviceId && b.Evening >= first && b.Evening <= last && b.CancelledAt == null)
            .GroupBy(b => b.Evening).Select(g => new { Evening = g.Key, Trips = g.Count() }).ToListAsync(cancellationToken);
        return [.. counts.OrderBy(c => c.Evening).Select(c => (c.Evening, c.Trips))];
    }

    /// <summary>The service's bookings with these identities, cancelled or not.</summary>
    public async Task<IReadOnlyList<Booking>> BookingsAsync(Guid serviceId, IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ids);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.TransportBookings.AsNoTracking().Where(b => b.ServiceId == serviceId && ids.Contains(b.Id)).ToListAsync(cancellationToken);
    }

    /// <summary>One booking by its reference, as read out on the phone; none if there is no such booking.</summary>
    public async Task<Booking?> FindAsync(Guid serviceId, string? reference, CancellationToken cancellationToken = default)
    {
        if (BookingReference.Tidy(reference) is not { } tidy)
        {
            return null;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.TransportBookings.AsNoTracking().SingleOrDefaultAsync(b => b.ServiceId == serviceId && b.Reference == tidy, cancellationToken);
    }

    /// <summary>The return trip booked with <paramref name="outward"/>, if it stands.</summary>
    public async Task<Booking?> ReturnOfAsync(Booking outward, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(outward);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.TransportBookings.AsNoTracking().FirstOrDefaultAsync(b => b.ReturnOfId == outward.Id && b.CancelledAt == null, cancellationToken);
    }

    private (Trip? Outward, Trip? Back) Check(BookingInput input, BookingRules rules, Passenger passenger, TripEnd home,
        IReadOnlyList<TransportPlace> places, List<FieldError> errors)
    {
        var today = UkTime.Today(clock);
        var evening = TransportInput.Day("Evening", input.Evening, "Transport.EveningRequired", errors);
        var time = TransportInput.Time("Time", input.Time, errors);
        var timeIs = TransportInput.Choice<TripTime>("TimeIs", input.TimeIs, "Transport.TimeIsRequired", errors);
        var from = End("From", input.From, home, places, errors);
        var to = End("To", input.To, home, places, errors);
        var returnTime = string.IsNullOrWhiteSpace(input.ReturnTime) ? null : TransportInput.Time("ReturnTime", input.ReturnTime, errors);
        var purpose = TextRules.TidyOptional(input.Purpose);
        if (purpose?.Length > MaximumPurposeLength)
        {
            errors.Add(new FieldError("Purpose", "Transport.TooLong", MaximumPurposeLength));
        }

        if (from is not null && to is not null && from.Location == to.Location)
        {
            errors.Add(new FieldError("To", "Transport.SamePlace"));
        }

        foreach (var (field, end) in new[] { ("From", from), ("To", to) })
        {
            if (end is not null && !rules.Covers(end.Location))
            {
                errors.Add(TransportInput.OutsideArea(field, end.Location, rules));
            }
        }

        if (evening is { } day)
        {
            if (PassengerRules.WhyNotEligible(passenger.Grounds, passenger.DateOfBirth, rules, day) is { } ineligible)
            {
                errors.Add(ineligible with { Field = string.Empty });
            }

            if (day > today.AddDays(rules.MaximumDaysAhead))
            {
                errors.Add(new FieldError("Evening", "Transport.TooFarAhead", rules.MaximumDaysAhead));
            }
        }

        foreach (var (field, asked) in new[] { ("Time", time), ("ReturnTime", returnTime) })
        {
            if (asked is { } t && !EveningClock.WithinHours(rules, t))
            {
                errors.Add(new FieldError(field, "Transport.OutsideHours", Clock(rules.ServiceFrom), Clock(rules.ServiceUntil)));
            }
        }

        if (errors.Count > 0)
        {
            return (null, null);
        }

        var outward = new Trip(evening!.Value, time!.Value, timeIs!.Value, from!, to!, purpose);
        var pickup = EveningClock.Instant(rules, outward.Evening, outward.Time).AddMinutes(outward.TimeIs == TripTime.ArriveBy ? -outward.DriveMinutes : 0);
        var now = clock.GetUtcNow();
        if (pickup < now)
        {
            errors.Add(new FieldError("Time", "Transport.TimeInPast"));
        }
        else if (pickup < now.AddHours(rules.MinimumNoticeHours))
        {
            errors.Add(new FieldError("Time", "Transport.TooLittleNotice", rules.MinimumNoticeHours, rules.BookingPhone));
        }

        Trip? back = null;
        if (returnTime is { } homeward)
        {
            back = new Trip(outward.Evening, homeward, TripTime.PickUpAt, outward.To, outward.From, purpose);
            if (Span(rules, back).Start < Span(rules, outward).End)
            {
                errors.Add(new FieldError("ReturnTime", "Transport.ReturnBeforeArrival",
                    Clock(rules.ServiceFrom.AddMinutes(Math.Ceiling(Span(rules, outward).End)))));
            }
        }

        return errors.Count > 0 ? (null, null) : (outward, back);
    }

    // A wheelchair user needs a spare vehicle with a space that evening, and no trip may overlap another of theirs.
    private static async Task CheckEveningAsync(CoproduceDbContext db, BookingRules rules, Passenger passenger, Trip outward, Trip? back,
        List<FieldError> errors, CancellationToken cancellationToken)
    {
        var serviceId = rules.ServiceId;
        var vehicles = await db.TransportVehicles.AsNoTracking().Where(v => v.ServiceId == serviceId).ToListAsync(cancellationToken);
        var running = vehicles.Where(v => v.IsSpareOn(outward.Evening) && v.IsPermittedOn(outward.Evening)).ToList();
        if (running.Count == 0)
        {
            errors.Add(new FieldError("Evening", "Transport.NoVehicleThatEvening"));
        }
        else if (passenger.WheelchairSpacesNeeded > 0
            && !running.Any(v => v.WheelchairSpaces >= passenger.WheelchairSpacesNeeded && v.Access != VehicleAccess.Steps))
        {
            errors.Add(new FieldError("Evening", "Transport.NoWheelchairVehicle"));
        }

        var theirs = await db.TransportBookings.AsNoTracking()
            .Where(b => b.ServiceId == serviceId && b.PassengerId == passenger.PersonId && b.Evening == outward.Evening && b.CancelledAt == null)
            .ToListAsync(cancellationToken);
        foreach (var trip in back is null ? [outward] : new[] { outward, back })
        {
            var span = Span(rules, trip);
            if (theirs.FirstOrDefault(b => Overlaps(span, Span(rules, AsTrip(b)))) is { } clash)
            {
                errors.Add(new FieldError(trip == outward ? "Time" : "ReturnTime", "Transport.Overlaps", clash.Reference, Clock(clash.Time)));
            }
        }
    }

    private static async Task<Booking> NewBookingAsync(CoproduceDbContext db, Guid serviceId, Passenger passenger, Trip trip, Guid actorId,
        DateTimeOffset now, CancellationToken cancellationToken)
    {
        // A clash is one in 190 million an evening; look before taking one, and the unique index is the last word.
        var reference = BookingReference.New();
        while (await db.TransportBookings.AnyAsync(b => b.ServiceId == serviceId && b.Reference == reference, cancellationToken)
            || db.TransportBookings.Local.Any(b => b.Reference == reference))
        {
            reference = BookingReference.New();
        }

        var booking = new Booking(Guid.CreateVersion7(now), serviceId, reference, passenger.PersonId, trip, passenger.SeatsNeeded,
            passenger.WheelchairSpacesNeeded, actorId, now);
        db.TransportBookings.Add(booking);
        return booking;
    }

    private static TripEnd? End(string field, string? choice, TripEnd home, IReadOnlyList<TransportPlace> places, List<FieldError> errors)
    {
        if (string.Equals(choice, Home, StringComparison.Ordinal))
        {
            return home;
        }

        if (Guid.TryParse(choice, out var id) && places.FirstOrDefault(p => p.Id == id) is { } place)
        {
            return new TripEnd($"{place.Name}, {place.Address}", place.Location);
        }

        errors.Add(new FieldError(field, "Transport.PlaceRequired"));
        return null;
    }

    // Minutes after the evening starts that the passenger is on the road: a pickup time starts it, an arrival ends it.
    private static (double Start, double End) Span(BookingRules rules, Trip trip)
    {
        var at = EveningClock.MinutesAfter(rules.ServiceFrom, trip.Time);
        return trip.TimeIs == TripTime.PickUpAt ? (at, at + trip.DriveMinutes) : (at - trip.DriveMinutes, at);
    }

    private static bool Overlaps((double Start, double End) a, (double Start, double End) b) => a.Start < b.End && b.Start < a.End;

    private static Trip AsTrip(Booking booking) => new(booking.Evening, booking.Time, booking.TimeIs, new TripEnd(booking.FromAddress, booking.From),
        new TripEnd(booking.ToAddress, booking.To), booking.Purpose);

    private static string Clock(TimeOnly time) => time.ToString("HH:mm", CultureInfo.InvariantCulture);
}

/// <summary>What was booked: the outward trip, and the return if one was asked for.</summary>
public sealed record BookedTrips(Booking Outward, Booking? Return);

/// <summary>A booking as the form sends it.</summary>
/// <param name="Evening">The evening, <c>yyyy-M-d</c>.</param>
/// <param name="Time">The time, like 19:00.</param>
/// <param name="TimeIs">"PickUpAt" or "ArriveBy".</param>
/// <param name="From"><see cref="BookingService.Home"/> or a place's id.</param>
/// <param name="To"><see cref="BookingService.Home"/> or a place's id.</param>
/// <param name="Purpose">What it's for; may be blank.</param>
/// <param name="ReturnTime">When to be picked up for the way back; blank for one way.</param>
public sealed record BookingInput(string? Evening, string? Time, string? TimeIs, string? From, string? To, string? Purpose, string? ReturnTime);
