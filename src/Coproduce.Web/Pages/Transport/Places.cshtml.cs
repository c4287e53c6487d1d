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

/// <summary>The places passengers often go, which bookings offer as a choice.</summary>
[Authorize(Policy = AccessPolicies.CoordinatorOfOrganisation)]
[EnableRateLimiting(RateLimits.Posting)]
public sealed class PlacesModel(PeopleService people, PlacesService places, CurrentPerson current) : PageModel
{
    [BindProperty]
    public PlaceForm Input { get; set; } = new();

    [TempData]
    public string? Added { get; set; }

    public TransportContext Service { get; private set; } = null!;

    public IReadOnlyList<TransportPlace> Places { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid organisationId, CancellationToken cancellationToken) =>
        await LoadAsync(organisationId, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid organisationId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(organisationId, cancellationToken))
        {
            return NotFound();
        }

        var added = await places.AddAsync(Service.Me, organisationId, new PlaceInput(Input.Name, Input.Address, Input.Location), cancellationToken);
        if (!added.Succeeded)
        {
            ModelState.AddFieldErrors(added.Errors);
            return Page();
        }

        Added = added.Value!.Name;
        return RedirectToPage(new { organisationId });
    }

    private async Task<bool> LoadAsync(Guid organisationId, CancellationToken cancellationToken)
    {
        if (await TransportContext.LoadAsync(people, current, organisationId, cancellationToken) is not { } service)
        {
            return false;
        }

        Service = service;
        Places = await places.PlacesAsync(organisationId, cancellationToken);
        return true;
    }

    public sealed class PlaceForm
    {
        public string? Name { get; set; }

        public string? Address { get; set; }

        public string? Location { get; set; }
    }
}
