using Coproduce.Core.People;
using Coproduce.Core.Transport;
using Coproduce.Web.Forms;
using Coproduce.Web.Identity;
using Coproduce.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Coproduce.Web.Pages.Transport;

/// <summary>
/// Booking a trip. A passenger books their own online; a coordinator on the phone opens a passenger's
/// (<c>?passengerId=</c>) and reads the reference back when it is booked.
/// </summary>
[Authorize]
[EnableRateLimiting(RateLimits.Posting)]
public sealed class BookModel(PeopleService people, PassengerService passengers, BookingRulesService bookingRules, PlacesService places,
    BookingService bookings, CurrentPerson current) : PageModel
{
    [BindProperty]
    public TripForm Input { get; set; } = new();

    public TransportContext Service { get; private set; } = null!;

    /// <summary>Who travels.</summary>
    public Person Person { get; private set; } = null!;

    /// <summary>Their registration; none when they haven't registered.</summary>
    public Passenger? Passenger { get; private set; }

    public BookingRules? Rules { get; private set; }

    public IReadOnlyList<TransportPlace> Places { get; private set; } = [];

    /// <summary>Whether a coordinator is booking for someone else.</summary>
    public bool ForSomeoneElse => Person.Id != Service.Me;

    public async Task<IActionResult> OnGetAsync(Guid organisationId, Guid? passengerId, CancellationToken cancellationToken)
    {
        if (await LoadAsync(organisationId, passengerId, cancellationToken) is { } refused)
        {
            return refused;
        }

        Input = new TripForm { TimeIs = nameof(TripTime.PickUpAt), From = BookingService.Home };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid organisationId, Guid? passengerId, CancellationToken cancellationToken)
    {
        if (await LoadAsync(organisationId, passengerId, cancellationToken) is { } refused)
        {
            return refused;
        }

        var booked = await bookings.BookAsync(Service.Me, organisationId, Person.Id, new BookingInput(Input.Evening.Text, Input.Time, Input.TimeIs,
            Input.From, Input.To, Input.Purpose, Input.ReturnTime), cancellationToken);
        if (!booked.Succeeded)
        {
            ModelState.AddFieldErrors(booked.Errors);
            return Page();
        }

        return RedirectToPage("/Transport/Booked", new { organisationId, reference = booked.Value!.Outward.Reference });
    }

    private async Task<IActionResult?> LoadAsync(Guid organisationId, Guid? passengerId, CancellationToken cancellationToken)
    {
        if (await TransportContext.LoadAsync(people, current, organisationId, cancellationToken) is not { } service)
        {
            return NotFound();
        }

        if (service.Whose(passengerId) is not { } whose)
        {
            return Forbid();
        }

        if (await people.FindPersonAsync(whose, cancellationToken) is not { } person)
        {
            return NotFound();
        }

        (Service, Person) = (service, person);
        Passenger = await passengers.PassengerAsync(organisationId, person.Id, cancellationToken);
        Rules = await bookingRules.RulesAsync(organisationId, cancellationToken);
        Places = await places.PlacesAsync(organisationId, cancellationToken);
        return null;
    }

    public sealed class TripForm
    {
        public DateParts Evening { get; set; } = new();

        public string? Time { get; set; }

        public string? TimeIs { get; set; }

        public string? From { get; set; }

        public string? To { get; set; }

        public string? Purpose { get; set; }

        public string? ReturnTime { get; set; }
    }
}
