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

/// <summary>The service's fleet: each vehicle's seats, wheelchair spaces, spare hours and permit, and a form to add one.</summary>
[Authorize(Policy = AccessPolicies.CoordinatorOfOrganisation)]
[EnableRateLimiting(RateLimits.Posting)]
public sealed class VehiclesModel(PeopleService people, FleetService fleet, CurrentPerson current) : PageModel
{
    [BindProperty]
    public VehicleForm Input { get; set; } = new();

    [TempData]
    public string? Added { get; set; }

    public TransportContext Service { get; private set; } = null!;

    public IReadOnlyList<Vehicle> Vehicles { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid organisationId, CancellationToken cancellationToken) =>
        await LoadAsync(organisationId, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid organisationId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(organisationId, cancellationToken))
        {
            return NotFound();
        }

        var added = await fleet.AddAsync(Service.Me, organisationId, new VehicleInput(Input.Name, Input.Registration, Input.Seats, Input.WheelchairSpaces,
            Input.Access, Input.GrossWeightKg, Input.Base, Input.PermitNumber, Input.PermitExpiresOn.Text, Input.SpareDays, Input.SpareFrom,
            Input.SpareUntil, Input.BaseLocation), cancellationToken);
        if (!added.Succeeded)
        {
            ModelState.AddFieldErrors(added.Errors);
            return Page();
        }

        Added = added.Value.Name;
        return RedirectToPage(new { organisationId });
    }

    private async Task<bool> LoadAsync(Guid organisationId, CancellationToken cancellationToken)
    {
        if (await TransportContext.LoadAsync(people, current, organisationId, cancellationToken) is not { } service)
        {
            return false;
        }

        Service = service;
        Vehicles = await fleet.VehiclesAsync(organisationId, cancellationToken);
        return true;
    }

    public sealed class VehicleForm
    {
        public string? Name { get; set; }

        public string? Registration { get; set; }

        public string? Seats { get; set; }

        public string? WheelchairSpaces { get; set; }

        public string? Access { get; set; }

        public string? GrossWeightKg { get; set; }

        public string? Base { get; set; }

        public string? BaseLocation { get; set; }

        public string? PermitNumber { get; set; }

        public DateParts PermitExpiresOn { get; set; } = new();

        /// <summary>"Monday" ... "Sunday".</summary>
        public List<string> SpareDays { get; set; } = [];

        public string? SpareFrom { get; set; } = "18:00";

        public string? SpareUntil { get; set; } = "23:30";
    }
}
