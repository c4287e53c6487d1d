using System.Security.Claims;
using Coproduce.Core.People;

namespace Coproduce.Web.Identity;

/// <summary>The signed-in person and their memberships, read once per request when something asks.</summary>
public sealed class CurrentPerson(IHttpContextAccessor http, PeopleService people)
{
    private Person? person;
    private IReadOnlyList<MembershipOfPerson>? memberships;

    public Guid? Id => IdOf(http.HttpContext?.User);

    public static Guid? IdOf(ClaimsPrincipal? user) =>
        Guid.TryParse(user?.FindFirstValue(PersonClaimsFactory.PersonIdClaim), out var id) ? id : null;

    public async Task<Person?> GetAsync(CancellationToken cancellationToken = default) =>
        person ??= Id is { } id ? await people.FindPersonAsync(id, cancellationToken) : null;

    public async Task<IReadOnlyList<MembershipOfPerson>> MembershipsAsync(CancellationToken cancellationToken = default) =>
        memberships ??= Id is { } id ? await people.MembershipsOfAsync(id, cancellationToken) : [];

    public async Task<bool> IsSiteAdminAsync(CancellationToken cancellationToken = default) =>
        (await GetAsync(cancellationToken))?.IsSiteAdmin == true;

    /// <summary>Whether they hold one of the roles, active, in the organisation.</summary>
    public async Task<bool> HasRoleAsync(Guid organisationId, IReadOnlyCollection<OrganisationRole> roles, CancellationToken cancellationToken = default) =>
        (await MembershipsAsync(cancellationToken)).Any(m => m.Organisation.Id == organisationId
            && m.Membership.Status == MembershipStatus.Active && roles.Contains(m.Membership.Role));
}
