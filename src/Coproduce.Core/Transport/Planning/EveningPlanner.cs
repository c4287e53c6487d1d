using Coproduce.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Coproduce.Core.Transport.Planning;

/// <summary>Gathers what planning an evening needs: its bookings, the spare vehicles and the drivers who are free.</summary>
public sealed class EveningPlanner(IDbContextFactory<CoproduceDbContext> contexts, BookingService bookings, FleetService fleet, DriverService drivers,
    AvailabilityService availability)
{
    /// <summary>The evening as the engine's problem; none while the service has no booking rules.</summary>
    public async Task<EveningProblem?> ProblemAsync(Guid serviceId, DateOnly evening, CancellationToken cancellationToken = default) =>
        await ProblemAsync(serviceId, evening, null, cancellationToken);

    /// <summary>The evening as the engine's problem, with the told windows of <paramref name="released"/> let go (see <see cref="EveningProblem.Build"/>).</summary>
    public async Task<EveningProblem?> ProblemAsync(Guid serviceId, DateOnly evening, IReadOnlySet<Guid>? released, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await db.TransportBookingRules.AsNoTracking().SingleOrDefaultAsync(r => r.ServiceId == serviceId, cancellationToken) is not { } rules)
        {
            return null;
        }

        var free = new List<FreeDriver>();
        foreach (var driver in await drivers.DriversAsync(serviceId, cancellationToken))
        {
            free.Add(new FreeDriver(driver, await availability.AvailabilityAsync(serviceId, driver.PersonId, evening, cancellationToken)));
        }

        return EveningProblem.Build(rules, evening, await bookings.EveningAsync(serviceId, evening, cancellationToken),
            await fleet.VehiclesAsync(serviceId, cancellationToken), free, released);
    }
}
