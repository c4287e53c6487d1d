using Coproduce.Core.People;
using Coproduce.Core.Transport;
using Coproduce.Web.Forms;
using Coproduce.Web.Identity;
using Coproduce.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Coproduce.Web.Pages.Transport;

/// <summary>The service's passengers for a coordinator: registrations waiting for a check first, and a way to register a member.</summary>
[Authorize(Policy = AccessPolicies.CoordinatorOfOrganisation)]
public sealed class PassengersModel(PeopleService people, PassengerService passengers, CurrentPerson current) : PageModel
{
    /// <summary>The most members offered in the pick-list; beyond that the coordinator finds them on the members page.</summary>
    private const int PickListSize = 1000;

    [TempData]
    public string? Done { get; set; }

    public TransportContext Service { get; private set; } = null!;

    public IReadOnlyList<PassengerListing> Passengers { get; private set; } = [];

    /// <summary>Members of the service who are not passengers yet.</summary>
    public IReadOnlyList<GovukSelectItem> Unregistered { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid organisationId, CancellationToken cancellationToken)
    {
        if (await TransportContext.LoadAsync(people, current, organisationId, cancellationToken) is not { } service)
        {
            return NotFound();
        }

        Service = service;
        Passengers = await passengers.PassengersAsync(organisationId, cancellationToken: cancellationToken);
        var registered = Passengers.Select(p => p.Passenger.PersonId).ToHashSet();
        var members = await people.MembersPageAsync(organisationId, null, 1, PickListSize, activeOnly: true, cancellationToken: cancellationToken);
        Unregistered = [.. members.Members.Where(m => !registered.Contains(m.Person.Id))
            .Select(m => new GovukSelectItem(m.Person.Id.ToString(), m.Person.Profile.Name))];
        return Page();
    }
}
