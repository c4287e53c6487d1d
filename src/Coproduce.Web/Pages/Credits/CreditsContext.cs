using Coproduce.Core.Credits;
using Coproduce.Core.People;
using Coproduce.Web.Identity;

namespace Coproduce.Web.Pages.Credits;

/// <summary>The time-credit network a page is about, and what the signed-in person may do there.</summary>
/// <param name="Network">The network.</param>
/// <param name="Me">The signed-in person.</param>
/// <param name="Coordinates">They coordinate or run it, or are a site admin: they take registers, issue notes and record for members.</param>
/// <param name="Administers">They run it, or are a site admin: they add partners.</param>
/// <param name="IsMember">They are a member there, with credits of their own.</param>
public sealed record CreditsContext(Organisation Network, Guid Me, bool Coordinates, bool Administers, bool IsMember)
{
    /// <summary>The network and the person's say there; null when the organisation is no time-credit network (the page is then not found).</summary>
    public static async Task<CreditsContext?> LoadAsync(PeopleService people, CurrentPerson current, Guid organisationId,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(people);
        ArgumentNullException.ThrowIfNull(current);
        var network = await people.FindOrganisationAsync(organisationId, cancellationToken);
        if (network is not { Kind: OrganisationKind.TimeCreditNetwork })
        {
            return null;
        }

        var siteAdmin = await current.IsSiteAdminAsync(cancellationToken);
        return new CreditsContext(network, current.Id!.Value,
            siteAdmin || await current.HasRoleAsync(organisationId, OrganisationRoles.Coordinating, cancellationToken),
            siteAdmin || await current.HasRoleAsync(organisationId, [OrganisationRole.OrganisationAdmin], cancellationToken),
            await current.HasRoleAsync(organisationId, [OrganisationRole.Member], cancellationToken));
    }

    /// <summary>
    /// The network's earn partners the signed-in person coordinates. They set up those partners' activities and take
    /// their registers, though they have no other say in the network.
    /// </summary>
    public static async Task<IReadOnlyList<PartnerView>> EarnPartnersRunByAsync(CreditPartnerService partners, CurrentPerson current,
        Guid networkId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(partners);
        ArgumentNullException.ThrowIfNull(current);
        var theirs = new List<PartnerView>();
        foreach (var partner in await partners.PartnersAsync(networkId, cancellationToken))
        {
            if (partner.Partner.Earns && await current.HasRoleAsync(partner.Partner.OrganisationId, OrganisationRoles.Coordinating, cancellationToken))
            {
                theirs.Add(partner);
            }
        }

        return theirs;
    }
}
