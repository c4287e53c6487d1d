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
/// A passenger's registration. Anyone signed in registers themselves, and a coordinator checks it; a coordinator
/// opens anyone's (<c>?personId=</c>) to register them from a phone call or a paper form, placing their home as they do.
/// </summary>
[Authorize]
[EnableRateLimiting(RateLimits.Posting)]
public sealed class PassengerModel(PeopleService people, PassengerService passengers, BookingRulesService bookingRules, CurrentPerson current)
    : PageModel
{
    [BindProperty]
    public PassengerForm Input { get; set; } = new();

    [TempData]
    public string? Done { get; set; }

    public TransportContext Service { get; private set; } = null!;

    /// <summary>Whose registration it is.</summary>
    public Person Person { get; private set; } = null!;

    /// <summary>Their registration so far, if any.</summary>
    public Passenger? Registration { get; private set; }

    /// <summary>The service's rules; none while they are unset, when no one can register.</summary>
    public BookingRules? Rules { get; private set; }

    /// <summary>Whether a coordinator is registering someone else.</summary>
    public bool ForSomeoneElse => Person.Id != Service.Me;

    public async Task<IActionResult> OnGetAsync(Guid organisationId, Guid? personId, CancellationToken cancellationToken)
    {
        if (await LoadAsync(organisationId, personId, cancellationToken) is { } refused)
        {
            return refused;
        }

        Input = Registration is { } passenger ? PassengerForm.From(passenger) : new PassengerForm { HomeAddress = Person.Profile.Address };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid organisationId, Guid? personId, CancellationToken cancellationToken)
    {
        if (await LoadAsync(organisationId, personId, cancellationToken) is { } refused)
        {
            return refused;
        }

        var registered = await passengers.RegisterAsync(Service.Me, organisationId, Person.Id, new PassengerInput(Input.DateOfBirth.Text, Input.Grounds,
            Input.WhyNotOrdinaryBus, Input.Mobility, Input.Companion, Input.CompanionMobility, Input.HomeAddress, Input.HomeLocation,
            Input.EmergencyContactName, Input.EmergencyContactPhone), cancellationToken);
        if (!registered.Succeeded)
        {
            ModelState.AddFieldErrors(registered.Errors);
            return Page();
        }

        Done = registered.Value!.IsConfirmed ? "Confirmed" : "Waiting";
        return ForSomeoneElse ? RedirectToPage("/Transport/Passengers", new { organisationId }) : RedirectToPage(new { organisationId });
    }

    private async Task<IActionResult?> LoadAsync(Guid organisationId, Guid? personId, CancellationToken cancellationToken)
    {
        if (await TransportContext.LoadAsync(people, current, organisationId, cancellationToken) is not { } service)
        {
            return NotFound();
        }

        if (service.Whose(personId) is not { } whose)
        {
            return Forbid();
        }

        if (await people.FindPersonAsync(whose, cancellationToken) is not { } person)
        {
            return NotFound();
        }

        (Service, Person) = (service, person);
        Registration = await passengers.PassengerAsync(organisationId, person.Id, cancellationToken);
        Rules = await bookingRules.RulesAsync(organisationId, cancellationToken);
        return null;
    }

    public sealed class PassengerForm
    {
        public DateParts DateOfBirth { get; set; } = new();

        public List<string> Grounds { get; set; } = [];

        public string? WhyNotOrdinaryBus { get; set; }

        public string? Mobility { get; set; }

        public string? Companion { get; set; }

        public string? CompanionMobility { get; set; }

        public string? HomeAddress { get; set; }

        public string? HomeLocation { get; set; }

        public string? EmergencyContactName { get; set; }

        public string? EmergencyContactPhone { get; set; }

        public static PassengerForm From(Passenger passenger) => new()
        {
            DateOfBirth = DateParts.From(passenger.DateOfBirth),
            Grounds = [.. Enum.GetValues<EligibilityGrounds>().Where(g => g != EligibilityGrounds.None && passenger.Grounds.HasFlag(g)).Select(g => g.ToString())],
            WhyNotOrdinaryBus = passenger.WhyNotOrdinaryBus,
            Mobility = passenger.Mobility.ToString(),
            Companion = passenger.Companion.ToString(),
            CompanionMobility = passenger.Companion == Core.Transport.Companion.None ? null : passenger.CompanionMobility.ToString(),
            HomeAddress = passenger.HomeAddress,
            HomeLocation = passenger.Home?.ToString(),
            EmergencyContactName = passenger.EmergencyContactName,
            EmergencyContactPhone = passenger.EmergencyContactPhone,
        };
    }
}
