using Coproduce.Core.People;
using Coproduce.Core.Transport;
using Coproduce.Web.Forms;
using Coproduce.Web.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Coproduce.Web.Pages.Transport;

/// <summary>
/// A booking by its reference, with its return: what the coordinator reads back and the passenger keeps, the pickup
/// window once the evening is published, and the way to cancel it.
/// </summary>
[Authorize]
public sealed class BookedModel(PeopleService people, BookingService bookings, CancellationService cancellations, CurrentPerson current) : PageModel
{
    [BindProperty]
    public CancelForm Input { get; set; } = new();

    [TempData]
    public string? Done { get; set; }

    public TransportContext Service { get; private set; } = null!;

    public Booking Booking { get; private set; } = null!;

    /// <summary>The way back, when one was booked with it and stands.</summary>
    public Booking? Return { get; private set; }

    public string PassengerName { get; private set; } = string.Empty;

    public async Task<IActionResult> OnGetAsync(Guid organisationId, string reference, CancellationToken cancellationToken) =>
        await LoadAsync(organisationId, reference, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostCancelAsync(Guid organisationId, string reference, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(organisationId, reference, cancellationToken))
        {
            return NotFound();
        }

        var cancelled = await cancellations.CancelAsync(Service.Me, organisationId, reference,
            new CancellationInput(Service.Coordinates ? Input.Code : null, Input.AlsoReturn), cancellationToken);
        if (!cancelled.Succeeded)
        {
            ModelState.AddFieldErrors(cancelled.Errors);
            return Page();
        }

        Done = "Cancelled";
        return RedirectToPage(new { organisationId, reference = Booking.Reference });
    }

    private async Task<bool> LoadAsync(Guid organisationId, string reference, CancellationToken cancellationToken)
    {
        // Only the passenger and the service's coordinators see a booking; anyone else hears there is none.
        if (await TransportContext.LoadAsync(people, current, organisationId, cancellationToken) is not { } service
            || await bookings.FindAsync(organisationId, reference, cancellationToken) is not { } booking
            || (booking.PassengerId != service.Me && !service.Coordinates))
        {
            return false;
        }

        (Service, Booking) = (service, booking);
        Return = await bookings.ReturnOfAsync(booking, cancellationToken);
        PassengerName = (await people.FindPersonAsync(booking.PassengerId, cancellationToken))?.Profile.Name ?? string.Empty;
        return true;
    }

    public sealed class CancelForm
    {
        /// <summary>A <see cref="CancelledBy"/> name, chosen by a coordinator.</summary>
        public string? Code { get; set; }

        public bool AlsoReturn { get; set; } = true;
    }
}
