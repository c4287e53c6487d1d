using Coproduce.Core.Credits;
using Coproduce.Core.People;
using Coproduce.Web.Identity;
using Coproduce.Web.Security;

namespace Coproduce.Web.Pages.Credits;

/// <summary>The venue a counter page is about, the networks whose credits it accepts, and who is at the counter.</summary>
/// <param name="Venue">The venue.</param>
/// <param name="Networks">Its partnerships that accept credits.</param>
/// <param name="At">Who is at the counter: a person, or the venue's shared sign-in.</param>
public sealed record VenueContext(Organisation Venue, IReadOnlyList<CreditPartner> Networks, CounterActor At)
{
    /// <summary>The venue and who is at its counter; null when it accepts no credits (the page is then not found).</summary>
    public static async Task<VenueContext?> LoadAsync(PeopleService people, CreditPartnerService partners, CurrentPerson current, HttpContext http,
        Guid venueId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(people);
        ArgumentNullException.ThrowIfNull(partners);
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(http);
        var networks = await partners.AcceptingAtAsync(venueId, cancellationToken);
        if (networks.Count == 0 || await people.FindOrganisationAsync(venueId, cancellationToken) is not { } venue)
        {
            return null;
        }

        var at = current.Id is { } person ? CounterActor.Person(person) : CounterActor.Counter(CounterSignIn.VenueOf(http.User) ?? Guid.Empty);
        return new VenueContext(venue, networks, at);
    }
}
