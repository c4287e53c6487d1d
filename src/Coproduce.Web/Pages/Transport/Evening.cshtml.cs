using Coproduce.Core.People;
using Coproduce.Core.Transport;
using Coproduce.Web.Identity;
using Coproduce.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Coproduce.Web.Pages.Transport;

/// <summary>An evening's bookings for a coordinator, in time order, with a way to move to another evening.</summary>
[Authorize(Policy = AccessPolicies.CoordinatorOfOrganisation)]
public sealed class EveningModel(PeopleService people, BookingService bookings, PassengerService passengers, CurrentPerson current, TimeProvider clock)
    : PageModel
{
    public TransportContext Service { get; private set; } = null!;

    public DateOnly Day { get; private set; }

    public IReadOnlyList<Booking> Bookings { get; private set; } = [];

    /// <summary>The passengers' names and phones, by person.</summary>
    public IReadOnlyDictionary<Guid, PassengerListing> Who { get; private set; } = new Dictionary<Guid, PassengerListing>();

    /// <summary>Whether the evening asked for couldn't be read, so today's is shown.</summary>
    public bool NotADay { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid organisationId, string? evening, CancellationToken cancellationToken)
    {
        if (await TransportContext.LoadAsync(people, current, organisationId, cancellationToken) is not { } service)
        {
            return NotFound();
        }

        Service = service;
        (Day, NotADay) = EveningQuery.Read(evening, clock);
        Bookings = await bookings.EveningAsync(organisationId, Day, cancellationToken);
        // Only the evening's travellers' names, however many passengers the service has.
        Who = (await passengers.PassengersAsync(organisationId, [.. Bookings.Select(b => b.PassengerId).Distinct()], cancellationToken))
            .ToDictionary(p => p.Passenger.PersonId);
        return Page();
    }
}
