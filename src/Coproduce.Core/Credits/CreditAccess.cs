using Coproduce.Core.Common;
using Coproduce.Core.Data;
using Coproduce.Core.People;
using Microsoft.EntityFrameworkCore;

namespace Coproduce.Core.Credits;

/// <summary>Who may do what with time credits, asked of People in the act's own context so it is read where it is used.</summary>
internal static class CreditAccess
{
    /// <summary>A coordinator or admin of the organisation (a network or a partner), or a site admin.</summary>
    public static async Task<bool> CoordinatesAsync(CoproduceDbContext db, Guid personId, Guid organisationId, CancellationToken cancellationToken) =>
        await PeopleService.HasRoleAsync(db, personId, organisationId, OrganisationRoles.Coordinating, cancellationToken)
        || await PeopleService.IsSiteAdminAsync(db, personId, cancellationToken);

    /// <summary>An admin of the organisation, or a site admin.</summary>
    public static async Task<bool> AdministersAsync(CoproduceDbContext db, Guid personId, Guid organisationId, CancellationToken cancellationToken) =>
        await PeopleService.HasRoleAsync(db, personId, organisationId, [OrganisationRole.OrganisationAdmin], cancellationToken)
        || await PeopleService.IsSiteAdminAsync(db, personId, cancellationToken);

    /// <summary>A member of the network: earns, holds and spends its credits.</summary>
    public static Task<bool> IsMemberAsync(CoproduceDbContext db, Guid personId, Guid networkId, CancellationToken cancellationToken) =>
        PeopleService.HasRoleAsync(db, personId, networkId, [OrganisationRole.Member], cancellationToken);

    /// <summary>Why nothing can be done with the network's credits: it isn't a time-credit network, or it is suspended.</summary>
    public static async Task<FieldError?> RefuseUnlessOpenNetworkAsync(UnitOfWork work, Guid networkId, CancellationToken cancellationToken)
    {
        var kind = await work.Db.Organisations.Where(o => o.Id == networkId).Select(o => (OrganisationKind?)o.Kind).SingleOrDefaultAsync(cancellationToken);
        return kind is null ? new FieldError(string.Empty, "People.UnknownOrganisation")
            : kind != OrganisationKind.TimeCreditNetwork ? new FieldError(string.Empty, "Credits.NotANetwork")
            : await PeopleService.RefuseIfSuspendedAsync(work, networkId, cancellationToken);
    }
}
