using Coproduce.Core.Notifications;
using Coproduce.Core.People;
using Coproduce.Web.Identity;

namespace Coproduce.Web.People;

/// <summary>Tells coordinators about a join request, and the person about the decision, each in their own language.</summary>
public sealed class MembershipNotices(PeopleService people, Outbox outbox, AccountEmails links)
{
    public async Task RequestedAsync(Guid organisationId, Guid requesterId, CancellationToken cancellationToken = default)
    {
        var organisation = await people.FindOrganisationAsync(organisationId, cancellationToken);
        var requester = await people.FindPersonAsync(requesterId, cancellationToken);
        if (organisation is null || requester is null)
        {
            return;
        }

        var coordinators = (await people.CoordinatorsOfAsync(organisationId, cancellationToken)).Where(p => p.Profile.Email is not null);
        foreach (var coordinator in coordinators)
        {
            var language = coordinator.Profile.Language;
            await outbox.EnqueueEmailAsync(coordinator.Profile.Email!, coordinator.Id, language.Culture(), NotificationTemplate.MembershipRequested,
                [coordinator.Profile.Name, requester.Profile.Name, organisation.NameIn(language),
                    links.Link(coordinator, $"/organisations/{organisationId}/members")],
                coordinator.IsDemo, cancellationToken);
        }
    }

    public async Task DecidedAsync(Membership membership, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(membership);
        var organisation = await people.FindOrganisationAsync(membership.OrganisationId, cancellationToken);
        var person = await people.FindPersonAsync(membership.PersonId, cancellationToken);
        if (organisation is null || person?.Profile.Email is not { } email)
        {
            return;
        }

        var template = membership.Status == MembershipStatus.Active ? NotificationTemplate.MembershipApproved : NotificationTemplate.MembershipDeclined;
        await outbox.EnqueueEmailAsync(email, person.Id, person.Profile.Language.Culture(), template,
            [person.Profile.Name, organisation.NameIn(person.Profile.Language)], person.IsDemo, cancellationToken);
    }
}
