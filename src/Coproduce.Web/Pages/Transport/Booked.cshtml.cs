using Coproduce.Core.People;
using Coproduce.Core.Transport;
using Coproduce.Web.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Coproduce.Web.Pages.Transport;

/// <summary>A booking by its reference, with its return: what the coordinator reads back and the passenger keeps.</summary>
[Authorize]
public sealed class BookedModel(PeopleService people, BookingService bookings, CurrentPerson current) : PageModel
{
    public TransportContext Service { get; private set; } = null!;

    public Booking Booking { get; private set; } = null!;

    /// <summary>The way back, when one was booked with it.</summary>
    public Booking? Return { get; private set; }

    public string PassengerName { get; private set; } = string.Empty;

    public async Task<IActionResult> OnGetAsync(Guid organisationId, string reference, CancellationToken cancellationToken)
    {
        // Only the passenger and the service's coordinators see a booking; anyone else hears there is none.
        if (await TransportContext.LoadAsync(people, current, organisationId, cancellationToken) is not { } service
            || await bookings.FindAsync(organisationId, reference, cancellationToken) is not { } booking
            || (booking.PassengerId != service.Me && !service.Coordinates))
        {
            return NotFound();
        }

        (Service, Booking) = (service, booking);
        Return = await bookings.ReturnOfAsync(booking, cancellationToken);
        PassengerName = (await people.FindPersonAsync(booking.PassengerId, cancellationToken))?.Profile.Name ?? string.Empty;
        return Page();
    }
}
