using Coproduce.Core.Common;
using Coproduce.Core.Data;
using Coproduce.Core.People;
using Microsoft.EntityFrameworkCore;

namespace Coproduce.Core.Transport;

/// <summary>
/// When each volunteer drives: their usual week and their dates off. A driver sets their own; a coordinator sets them
/// for a driver who rang in.
/// </summary>
public sealed class AvailabilityService(IDbContextFactory<CoproduceDbContext> contexts, UnitsOfWork units, TimeProvider clock)
{
    /// <summary>How far ahead a date off may be recorded.</summary>
    public const int MaximumDaysAhead = 366;

    /// <summary>
    /// Sets the driver's usual week. Refused, changing nothing, unless the actor is the driver or coordinates the
    /// service; for no evening chosen, a time that isn't one, or no time between the two.
    /// </summary>
    public Task<Result<DriverAvailability>> SetWeekAsync(Guid actorId, Guid serviceId, Guid driverId, WeekInput input,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        return units.RunAsync(async (work, token) =>
        {
            if (await RefuseAsync(work, actorId, serviceId, driverId, token) is { } refused)
            {
                return Result<DriverAvailability>.Refused(refused);
            }

            var errors = new List<FieldError>();
            var days = input.Days.Aggregate(SpareDays.None, (all, day) => Enum.TryParse<SpareDays>(day, out var one)
                && SpareDaysCalendar.Week.Contains(one) ? all | one : all);
            if (days == SpareDays.None)
            {
                errors.Add(new FieldError("Days", "Transport.DrivingDaysRequired"));
            }

            var from = TransportInput.Time("From", input.From, errors);
            var until = TransportInput.Time("Until", input.Until, errors);
            if (from is not null && from == until)
            {
                errors.Add(new FieldError("Until", "Transport.DrivingNoTime"));
            }

            if (errors.Count > 0)
            {
                return Result<DriverAvailability>.Refused(errors);
            }

            var week = new WeeklyHours(days, from!.Value, until!.Value);
            var availability = await work.Db.TransportDriverAvailability.SingleOrDefaultAsync(a => a.ServiceId == serviceId && a.PersonId == driverId, token);
            if (availability is null)
            {
                availability = new DriverAvailability(serviceId, driverId, week, actorId, clock.GetUtcNow());
                work.Db.TransportDriverAvailability.Add(availability);
            }
            else
            {
                availability.Change(week, actorId, clock.GetUtcNow());
            }

            await work.Db.SaveChangesAsync(token);
            return Result<DriverAvailability>.Success(availability);
        }, cancellationToken);
    }

    /// <summary>
    /// Records days off, one or a run of them. Refused, recording nothing, unless the actor is the driver or
    /// coordinates the service; for a first day already past, a last day before the first, or more than a year ahead.
    /// </summary>
    public Task<Result<DriverDayOff>> AddDaysOffAsync(Guid actorId, Guid serviceId, Guid driverId, DaysOffInput input,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        return units.RunAsync(async (work, token) =>
        {
            if (await RefuseAsync(work, actorId, serviceId, driverId, token) is { } refused)
            {
                return Result<DriverDayOff>.Refused(refused);
            }

            var today = UkTime.Today(clock);
            var errors = new List<FieldError>();
            var first = TransportInput.Day("FirstDay", input.FirstDay, "Transport.FirstDayOffRequired", errors);
            var last = TransportInput.Day("LastDay", input.LastDay, null, errors) ?? first;
            if (first < today)
            {
                errors.Add(new FieldError("FirstDay", "Transport.DayOffPast"));
            }
            else if (last < first)
            {
                errors.Add(new FieldError("LastDay", "Transport.LastDayBeforeFirst"));
            }
            else if (last > today.AddDays(MaximumDaysAhead))
            {
                errors.Add(new FieldError("LastDay", "Transport.DayOffTooFar"));
            }

            if (errors.Count > 0)
            {
                return Result<DriverDayOff>.Refused(errors);
            }

            var dayOff = new DriverDayOff(Guid.CreateVersion7(clock.GetUtcNow()), serviceId, driverId, first!.Value, last!.Value, actorId, clock.GetUtcNow());
            work.Db.TransportDriverDaysOff.Add(dayOff);
            await work.Db.SaveChangesAsync(token);
            return Result<DriverDayOff>.Success(dayOff);
        }, cancellationToken);
    }

    /// <summary>Takes days off away again (plans changed). Refused unless the actor is the driver or coordinates the service.</summary>
    public Task<Result<DriverDayOff>> RemoveDaysOffAsync(Guid actorId, Guid serviceId, Guid dayOffId, CancellationToken cancellationToken = default) =>
        units.RunAsync(async (work, token) =>
        {
            var dayOff = await work.Db.TransportDriverDaysOff.SingleOrDefaultAsync(d => d.Id == dayOffId && d.ServiceId == serviceId, token);
            if (dayOff is null)
            {
                return Result<DriverDayOff>.Refused(new FieldError(string.Empty, "Transport.UnknownDayOff"));
            }

            if (await RefuseAsync(work, actorId, serviceId, dayOff.PersonId, token) is { } refused)
            {
                return Result<DriverDayOff>.Refused(refused);
            }

            work.Db.TransportDriverDaysOff.Remove(dayOff);
            await work.Db.SaveChangesAsync(token);
            return Result<DriverDayOff>.Success(dayOff);
        }, cancellationToken);

    /// <summary>The driver's usual week (none before it is set) and their dates off from <paramref name="today"/> on, soonest first.</summary>
    public async Task<Availability> AvailabilityAsync(Guid serviceId, Guid driverId, DateOnly today, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var week = await db.TransportDriverAvailability.AsNoTracking().SingleOrDefaultAsync(a => a.ServiceId == serviceId && a.PersonId == driverId,
            cancellationToken);
        var daysOff = await db.TransportDriverDaysOff.AsNoTracking()
            .Where(d => d.ServiceId == serviceId && d.PersonId == driverId && d.LastDay >= today).OrderBy(d => d.FirstDay).ToListAsync(cancellationToken);
        return new Availability(week?.Week, daysOff);
    }

    // The driver sets their own; a coordinator anyone's. Only a driver of the service has a week to set.
    private static async Task<FieldError?> RefuseAsync(UnitOfWork work, Guid actorId, Guid serviceId, Guid driverId, CancellationToken cancellationToken)
    {
        if (await TransportAccess.RefuseUnlessOpenServiceAsync(work, serviceId, cancellationToken) is { } closed)
        {
            return closed;
        }

        if (actorId != driverId && !await TransportAccess.CoordinatesAsync(work.Db, actorId, serviceId, cancellationToken))
        {
            return new FieldError(string.Empty, "Transport.NotYourAvailability");
        }

        return await PeopleService.HasRoleAsync(work.Db, driverId, serviceId, [OrganisationRole.Driver], cancellationToken)
            ? null : new FieldError(string.Empty, "Transport.NotADriver");
    }
}

/// <summary>A driver's usual week as the form sends it.</summary>
/// <param name="Days">The evenings ("Monday" ...).</param>
/// <param name="From">From, like 18:00.</param>
/// <param name="Until">Until, like 23:00.</param>
public sealed record WeekInput(IReadOnlyList<string> Days, string? From, string? Until);

/// <summary>Days off as the form sends them, <c>yyyy-M-d</c>; a blank last day means one day.</summary>
public sealed record DaysOffInput(string? FirstDay, string? LastDay);

/// <summary>When a driver drives.</summary>
/// <param name="Week">Their usual week; none before it is set.</param>
/// <param name="DaysOff">Their dates off still to come.</param>
public sealed record Availability(WeeklyHours? Week, IReadOnlyList<DriverDayOff> DaysOff)
{
    /// <summary>Whether they drive on the evening of <paramref name="day"/> from <paramref name="start"/> to <paramref name="end"/>.</summary>
    public bool Covers(DateOnly day, TimeOnly start, TimeOnly end) =>
        Week is { } week && week.Covers(day, start, end) && !DaysOff.Any(d => d.Covers(day));
}
