using Coproduce.Core.Data;
using Coproduce.Core.People;

namespace Coproduce.Core.Timebank;

/// <summary>Who may do what in a timebank, asked of People in the act's own context so it is read where it is used.</summary>
internal static class TimebankAccess
{
    /// <summary>A coordinator or admin of the timebank, or a site admin: records for others and decides any exchange.</summary>
    public static async Task<bool> CoordinatesAsync(CoproduceDbContext db, Guid personId, Guid organisationId, CancellationToken cancellationToken) =>
        await PeopleService.HasRoleAsync(db, personId, organisationId, OrganisationRoles.Coordinating, cancellationToken)
        || await PeopleService.IsSiteAdminAsync(db, personId, cancellationToken);

    /// <summary>A member of the timebank: has exchanges, posts and a balance of their own.</summary>
    public static Task<bool> IsMemberAsync(CoproduceDbContext db, Guid personId, Guid organisationId, CancellationToken cancellationToken) =>
        PeopleService.HasRoleAsync(db, personId, organisationId, [OrganisationRole.Member], cancellationToken);

    /// <summary>A member, coordinator or admin of the timebank, or a site admin: who may see its posts at all.</summary>
    public static async Task<bool> IsInAsync(CoproduceDbContext db, Guid personId, Guid organisationId, CancellationToken cancellationToken) =>
        await PeopleService.HasRoleAsync(db, personId, organisationId, [OrganisationRole.Member, .. OrganisationRoles.Coordinating], cancellationToken)
        || await PeopleService.IsSiteAdminAsync(db, personId, cancellationToken);
}
