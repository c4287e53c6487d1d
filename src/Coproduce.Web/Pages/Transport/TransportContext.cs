using Coproduce.Core.People;
using Coproduce.Web.Identity;

namespace Coproduce.Web.Pages.Transport;

/// <summary>The transport service a page is about, and what the signed-in person may do there.</summary>
/// <param name="Service">The service.</param>
/// <param name="Me">The signed-in person.</param>
/// <param name="Coordinates">They coordinate or run it, or are a site admin: they keep the fleet and the drivers' checks.</param>
/// <param name="Drives">They drive for it.</param>
public sealed record TransportContext(Organisation Service, Guid Me, bool Coordinates, bool Drives)
{
    /// <summary>
    /// Whose page it is: the signed-in person's own, or someone else's (<paramref name="asked"/>) for a coordinator
    /// registering or booking for them. None when anyone else asks for someone else's.
    /// </summary>
    public Guid? Whose(Guid? asked) => asked is { } someone && someone != Me && !Coordinates ? null : asked ?? Me;

    /// <summary>The service and the person's say there; null when the organisation is no transport service (the page is then not found).</summary>
    public static async Task<TransportContext?> LoadAsync(PeopleService people, CurrentPerson current, Guid organisationId,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(people);
        ArgumentNullException.ThrowIfNull(current);
        var service = await people.FindOrganisationAsync(organisationId, cancellationToken);
        if (service is not { Kind: OrganisationKind.TransportService })
        {
            return null;
        }

        return new TransportContext(service, current.Id!.Value,
            await current.IsSiteAdminAsync(cancellationToken) || await current.HasRoleAsync(organisationId, OrganisationRoles.Coordinating, cancellationToken),
            await current.HasRoleAsync(organisationId, [OrganisationRole.Driver], cancellationToken));
    }
}
