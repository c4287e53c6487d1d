using Coproduce.Core.Common;
using Coproduce.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Coproduce.Core.Transport;

/// <summary>Each service's booking rules, set by its coordinators and read by every booking.</summary>
public sealed class BookingRulesService(IDbContextFactory<CoproduceDbContext> contexts, UnitsOfWork units, TimeProvider clock)
{
    /// <summary>
    /// Sets the rules. Refused, changing nothing, unless the actor coordinates the service; for a number out of its
    /// range, a centre that isn't a place in the United Kingdom, no hours between the first pickup and the last
    /// drop-off, or no phone number.
    /// </summary>
    public Task<Result<BookingRules>> SetAsync(Guid actorId, Guid serviceId, BookingRulesInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        return units.RunAsync(async (work, token) =>
        {
            if (await TransportAccess.RefuseUnlessOpenServiceAsync(work, serviceId, token) is { } closed)
            {
                return Result<BookingRules>.Refused(closed);
            }

            if (!await TransportAccess.CoordinatesAsync(work.Db, actorId, serviceId, token))
            {
                return Result<BookingRules>.Refused(new FieldError(string.Empty, "Transport.NotCoordinator"));
            }

            var errors = new List<FieldError>();
            var details = Check(input, errors);
            if (details is null)
            {
                return Result<BookingRules>.Refused(errors);
            }

            var rules = await work.Db.TransportBookingRules.SingleOrDefaultAsync(r => r.ServiceId == serviceId, token);
            if (rules is null)
            {
                rules = new BookingRules(serviceId, details, actorId, clock.GetUtcNow());
                work.Db.TransportBookingRules.Add(rules);
            }
            else
            {
                rules.Change(details, actorId, clock.GetUtcNow());
            }

            await work.Db.SaveChangesAsync(token);
            return Result<BookingRules>.Success(rules);
        }, cancellationToken);
    }

    /// <summary>The service's rules, or none while its coordinators have not set them (nothing can be booked then).</summary>
    public async Task<BookingRules?> RulesAsync(Guid serviceId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.TransportBookingRules.AsNoTracking().SingleOrDefaultAsync(r => r.ServiceId == serviceId, cancellationToken);
    }

    private static BookingRulesDetails? Check(BookingRulesInput input, List<FieldError> errors)
    {
        var notice = TransportInput.Whole("MinimumNoticeHours", input.MinimumNoticeHours, 0, 168, errors);
        var ahead = TransportInput.Whole("MaximumDaysAhead", input.MaximumDaysAhead, 1, 366, errors);
        var areaName = TransportInput.Text("AreaName", input.AreaName, FleetService.MaximumTextLength, "Transport.AreaNameRequired", errors);
        var centre = TransportInput.Location("AreaCentre", input.AreaCentre, "Transport.LocationRequired", errors);
        var radius = TransportInput.Whole("AreaRadiusKm", input.AreaRadiusKm, 1, 200, errors);
        var from = TransportInput.Time("ServiceFrom", input.ServiceFrom, errors);
        var until = TransportInput.Time("ServiceUntil", input.ServiceUntil, errors);
        if (from is not null && from == until)
        {
            errors.Add(new FieldError("ServiceUntil", "Transport.ServiceNoTime"));
        }

        var age = TransportInput.Whole("MinimumAge", input.MinimumAge, 0, 120, errors);
        var phone = TransportInput.Text("BookingPhone", input.BookingPhone, 30, "Transport.BookingPhoneRequired", errors);
        return errors.Count > 0 ? null
            : new BookingRulesDetails(notice!.Value, ahead!.Value, areaName!, centre!.Value, radius!.Value, from!.Value, until!.Value, age!.Value, phone!);
    }
}

/// <summary>Booking rules as a coordinator types them.</summary>
/// <param name="MinimumNoticeHours">Hours of notice, e.g. 24.</param>
/// <param name="MaximumDaysAhead">Days ahead, e.g. 28.</param>
/// <param name="AreaName">The town the area is measured from.</param>
/// <param name="AreaCentre">Its location, "latitude, longitude".</param>
/// <param name="AreaRadiusKm">How far the area reaches, in kilometres.</param>
/// <param name="ServiceFrom">First pickup, like 18:00.</param>
/// <param name="ServiceUntil">Last drop-off, like 23:30.</param>
/// <param name="MinimumAge">Youngest on grounds of age alone, e.g. 60.</param>
/// <param name="BookingPhone">The booking line.</param>
public sealed record BookingRulesInput(string? MinimumNoticeHours, string? MaximumDaysAhead, string? AreaName, string? AreaCentre, string? AreaRadiusKm,
    string? ServiceFrom, string? ServiceUntil, string? MinimumAge, string? BookingPhone);
