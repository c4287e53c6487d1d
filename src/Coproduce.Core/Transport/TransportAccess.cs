using Coproduce.Core.Common;
using Coproduce.Core.Data;
using Coproduce.Core.People;
using Microsoft.EntityFrameworkCore;

namespace Coproduce.Core.Transport;

/// <summary>Who may do what in a transport service, asked of People in the act's own context.</summary>
internal static class TransportAccess
{
    /// <summary>A coordinator or admin of the service, or a site admin.</summary>
    public static async Task<bool> CoordinatesAsync(CoproduceDbContext db, Guid personId, Guid serviceId, CancellationToken cancellationToken) =>
        await PeopleService.HasRoleAsync(db, personId, serviceId, OrganisationRoles.Coordinating, cancellationToken)
        || await PeopleService.IsSiteAdminAsync(db, personId, cancellationToken);

    /// <summary>Why nothing can be done: the organisation is no transport service, or it is suspended.</summary>
    public static async Task<FieldError?> RefuseUnlessOpenServiceAsync(UnitOfWork work, Guid serviceId, CancellationToken cancellationToken)
    {
        var kind = await work.Db.Organisations.Where(o => o.Id == serviceId).Select(o => (OrganisationKind?)o.Kind).SingleOrDefaultAsync(cancellationToken);
        return kind is null ? new FieldError(string.Empty, "People.UnknownOrganisation")
            : kind != OrganisationKind.TransportService ? new FieldError(string.Empty, "Transport.NotAService")
            : await PeopleService.RefuseIfSuspendedAsync(work, serviceId, cancellationToken);
    }
}
