using Coproduce.Core.Common;
using Coproduce.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Coproduce.Core.Transport;

/// <summary>The places a service's passengers often go, kept by its coordinators.</summary>
public sealed class PlacesService(IDbContextFactory<CoproduceDbContext> contexts, UnitsOfWork units, TimeProvider clock)
{
    /// <summary>
    /// Adds a place. Refused, adding nothing, unless the actor coordinates the service; for a service with no booking
    /// rules (there is no area to check against); for a name already used; or for a place outside the area.
    /// </summary>
    public Task<Result<TransportPlace>> AddAsync(Guid actorId, Guid serviceId, PlaceInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        return units.RunAsync(async (work, token) =>
        {
            if (await TransportAccess.RefuseUnlessOpenServiceAsync(work, serviceId, token) is { } closed)
            {
                return Result<TransportPlace>.Refused(closed);
            }

            if (!await TransportAccess.CoordinatesAsync(work.Db, actorId, serviceId, token))
            {
                return Result<TransportPlace>.Refused(new FieldError(string.Empty, "Transport.NotCoordinator"));
            }

            if (await work.Db.TransportBookingRules.SingleOrDefaultAsync(r => r.ServiceId == serviceId, token) is not { } rules)
            {
                return Result<TransportPlace>.Refused(new FieldError(string.Empty, "Transport.NoBookingRules"));
            }

            var errors = new List<FieldError>();
            var name = TransportInput.Text("Name", input.Name, FleetService.MaximumTextLength, "Transport.PlaceNameRequired", errors);
            var address = TransportInput.Text("Address", input.Address, PassengerService.MaximumTextLength, "Transport.PlaceAddressRequired", errors);
            var location = TransportInput.InArea("Location", input.Location, rules, errors);
            if (name is not null && await work.Db.TransportPlaces.AnyAsync(p => p.ServiceId == serviceId && p.Name == name, token))
            {
                errors.Add(new FieldError("Name", "Transport.PlaceNameTaken", name));
            }

            if (errors.Count > 0)
            {
                return Result<TransportPlace>.Refused(errors);
            }

            var place = new TransportPlace(Guid.CreateVersion7(clock.GetUtcNow()), serviceId, name!, address!, location!.Value, actorId, clock.GetUtcNow());
            work.Db.TransportPlaces.Add(place);
            await work.Db.SaveChangesAsync(token);
            return Result<TransportPlace>.Success(place);
        }, cancellationToken);
    }

    /// <summary>The service's places, by name.</summary>
    public async Task<IReadOnlyList<TransportPlace>> PlacesAsync(Guid serviceId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var places = await db.TransportPlaces.AsNoTracking().Where(p => p.ServiceId == serviceId).ToListAsync(cancellationToken);
        return [.. places.OrderBy(p => p.Name, StringComparer.CurrentCulture)];
    }
}

/// <summary>A place as a coordinator types it.</summary>
/// <param name="Name">What people call it.</param>
/// <param name="Address">Its address.</param>
/// <param name="Location">"latitude, longitude".</param>
public sealed record PlaceInput(string? Name, string? Address, string? Location);
