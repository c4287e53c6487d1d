using Coproduce.Core.Data;
using Coproduce.Core.Notifications;

namespace Coproduce.Core.People;

/// <summary>
/// Tells coordinators about a join request, and the person about the decision, each in their own language, in the
/// act that makes the request or the decision: the message and the decision commit together, whichever page or API
/// made it.
/// </summary>
internal sealed class MembershipNotices(Outbox outbox, ISiteLinks links)
{
    public void Requested(UnitOfWork work, Organisation organisation, Person requester, IEnumerable<Person> coordinators)
    {
        foreach (var coordinator in coordinators.Where(c => c.Profile.Email is not null))
        {
            var language = coordinator.Profile.Language;
            outbox.EnqueueEmail(work, coordinator.Profile.Email!, coordinator.Id, language.Culture(), NotificationTemplate.MembershipRequested,
                [coordinator.Profile.Name, requester.Profile.Name, organisation.NameIn(language),
                    links.LinkTo(language.Culture(), $"/organisations/{organisation.Id}/members")],
                coordinator.IsDemo);
        }
    }

    public void Decided(UnitOfWork work, Membership membership, Organisation organisation, Person person)
    {
        if (person.Profile.Email is not { } email)
        {
            return;
        }

        var template = membership.Status == MembershipStatus.Active ? NotificationTemplate.MembershipApproved : NotificationTemplate.MembershipDeclined;
        outbox.EnqueueEmail(work, email, person.Id, person.Profile.Language.Culture(), template,
            [person.Profile.Name, organisation.NameIn(person.Profile.Language)], person.IsDemo);
    }
}
