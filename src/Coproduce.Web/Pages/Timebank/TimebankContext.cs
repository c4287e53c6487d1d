using Coproduce.Core.People;
using Coproduce.Core.Timebank;
using Coproduce.Web.Identity;

namespace Coproduce.Web.Pages.Timebank;

/// <summary>The timebank a page is about, and what the signed-in person may do there.</summary>
/// <param name="Organisation">The timebank.</param>
/// <param name="Me">The signed-in person.</param>
/// <param name="Coordinates">They coordinate or run it, or are a site admin: they record for others and decide any exchange.</param>
/// <param name="IsMember">They are a member there, with exchanges and a balance of their own.</param>
public sealed record TimebankContext(Organisation Organisation, Guid Me, bool Coordinates, bool IsMember)
{
    /// <summary>The timebank and the person's say there; null when the organisation is no timebank (the page is then not found).</summary>
    public static async Task<TimebankContext?> LoadAsync(PeopleService people, CurrentPerson current, Guid organisationId,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(people);
        ArgumentNullException.ThrowIfNull(current);
        var organisation = await people.FindOrganisationAsync(organisationId, cancellationToken);
        if (organisation is not { Kind: OrganisationKind.Timebank })
        {
            return null;
        }

        var coordinates = await current.HasRoleAsync(organisationId, OrganisationRoles.Coordinating, cancellationToken)
            || await current.IsSiteAdminAsync(cancellationToken);
        return new TimebankContext(organisation, current.Id!.Value, coordinates,
            await current.HasRoleAsync(organisationId, [OrganisationRole.Member], cancellationToken));
    }

    /// <summary>
    /// Whom a page acting for a member is about: the member a coordinator chose by id (<c>?memberId=</c>), or else the
    /// signed-in person if they are a member (with no name: the page says "your"). Found is false for an id that is
    /// not one a coordinator here may choose, or anyone's id from someone who doesn't coordinate: no page of theirs.
    /// </summary>
    public async Task<(bool Found, TimebankMember? Member)> MemberActedForAsync(PeopleService people, string? memberId,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(people);
        if (string.IsNullOrEmpty(memberId))
        {
            return (true, IsMember ? new TimebankMember(Me, string.Empty) : null);
        }

        if (!Coordinates || !Guid.TryParse(memberId, out var id)
            || !await people.HasRoleAsync(id, Organisation.Id, [OrganisationRole.Member], cancellationToken)
            || await people.FindPersonAsync(id, cancellationToken) is not { } person)
        {
            return (false, null);
        }

        return (true, new TimebankMember(person.Id, person.Profile.Name));
    }
}
