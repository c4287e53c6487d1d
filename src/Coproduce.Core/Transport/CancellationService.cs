using Coproduce.Core.Common;
using Coproduce.Core.Data;
using Coproduce.Core.Transport.Planning;
using Microsoft.EntityFrameworkCore;

namespace Coproduce.Core.Transport;

/// <summary>
/// Trips that don't go: the passenger cancels (in good time or late), doesn't turn up, or the service cancels. A
/// cancellation of a trip on an evening already planned asks for the evening to be planned again in the same act,
/// so the coordinator sees whom to phone.
/// </summary>
public sealed class CancellationService(UnitsOfWork units, TimeProvider clock)
{
    /// <summary>A passenger's cancellation this close to the trip is late: too late to give the place to someone else.</summary>
    public const int LateWithinHours = 2;

    /// <summary>
    /// Cancels the trip with <paramref name="reference"/>, and its way back when <see cref="CancellationInput.AlsoReturn"/>
    /// (a no-show on the way out cancels the way back only when the coordinator says so). The passenger may cancel
    /// their own; a coordinator may also record a no-show (once the trip's time has come) or the service's own
    /// cancellation. Refused, changing nothing, for a trip already cancelled or an evening over.
    /// </summary>
    public Task<Result<CancelledTrips>> CancelAsync(Guid actorId, Guid serviceId, string? reference, CancellationInput input,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        return units.RunAsync(async (work, token) =>
        {
            if (await TransportAccess.RefuseUnlessOpenServiceAsync(work, serviceId, token) is { } closed)
            {
                return Result<CancelledTrips>.Refused(closed);
            }

            var db = work.Db;
            var tidy = BookingReference.Tidy(reference);
            var trip = tidy is null ? null : await db.TransportBookings.SingleOrDefaultAsync(b => b.ServiceId == serviceId && b.Reference == tidy, token);
            var coordinates = await TransportAccess.CoordinatesAsync(db, actorId, serviceId, token);
            if (trip is null || (trip.PassengerId != actorId && !coordinates))
            {
                return Result<CancelledTrips>.Refused(new FieldError(string.Empty, "Transport.NoSuchBooking"));
            }

            var rules = await db.TransportBookingRules.SingleAsync(r => r.ServiceId == serviceId, token);
            var now = clock.GetUtcNow();
            var due = EveningClock.Instant(rules, trip.Evening, trip.Time);
            var asked = TransportInput.Choice<CancelledBy>("Code", input.Code ?? (coordinates ? null : nameof(CancelledBy.Passenger)),
                "Transport.CancellationCodeRequired", []);
            var code = asked switch
            {
                null => (CancellationCode?)null,
                CancelledBy.Passenger => due - now < TimeSpan.FromHours(LateWithinHours) ? CancellationCode.LateCancellation : CancellationCode.Cancelled,
                CancelledBy.NoShow => CancellationCode.NoShow,
                _ => CancellationCode.ByService,
            };
            if (code is null || (!coordinates && asked != CancelledBy.Passenger))
            {
                return Result<CancelledTrips>.Refused(new FieldError("Code", "Transport.CancellationCodeRequired"));
            }

            if (trip.CancelledAt is not null)
            {
                return Result<CancelledTrips>.Refused(new FieldError(string.Empty, "Transport.AlreadyCancelled"));
            }

            if (code == CancellationCode.NoShow ? due > now : EveningClock.Instant(rules, trip.Evening, rules.ServiceUntil) < now)
            {
                return Result<CancelledTrips>.Refused(new FieldError("Code", code == CancellationCode.NoShow ? "Transport.NoShowTooSoon" : "Transport.TripOver"));
            }

            trip.Cancel(code.Value, actorId, now);
            var back = input.AlsoReturn && trip.ReturnOfId is null
                ? await db.TransportBookings.SingleOrDefaultAsync(b => b.ReturnOfId == trip.Id && b.CancelledAt == null, token)
                : null;
            // The way back of someone who didn't turn up isn't theirs to have missed: it is cancelled for them.
            back?.Cancel(code == CancellationCode.NoShow ? CancellationCode.Cancelled : code.Value, actorId, now);
            if (code != CancellationCode.NoShow)
            {
                await EveningPlanning.AskAgainIfPlannedAsync(db, serviceId, trip.Evening, actorId, now, token);
            }

            await db.SaveChangesAsync(token);
            return Result<CancelledTrips>.Success(new CancelledTrips(trip, back));
        }, cancellationToken);
    }
}

/// <summary>Who a cancellation is down to, as the coordinator chooses it.</summary>
public enum CancelledBy
{
    /// <summary>The passenger rang or cancelled online; late or not is worked out from the time.</summary>
    Passenger,

    /// <summary>The passenger wasn't there.</summary>
    NoShow,

    /// <summary>The service cancelled.</summary>
    Service,
}

/// <summary>A cancellation as the form sends it.</summary>
/// <param name="Code">A <see cref="CancelledBy"/> name; a passenger's own is always <see cref="CancelledBy.Passenger"/>.</param>
/// <param name="AlsoReturn">Cancel the way back too.</param>
public sealed record CancellationInput(string? Code, bool AlsoReturn);

/// <summary>The trips cancelled: the one asked for, and its way back when that went too.</summary>
public sealed record CancelledTrips(Booking Trip, Booking? Return);
