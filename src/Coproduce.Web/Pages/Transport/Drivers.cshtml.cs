using Coproduce.Core.Common;
using Coproduce.Core.People;
using Coproduce.Core.Transport;
using Coproduce.Web.Identity;
using Coproduce.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Coproduce.Web.Pages.Transport;

/// <summary>The service's volunteer drivers: each one's licence, when their MiDAS and DBS run out, and whether they can drive tonight.</summary>
[Authorize(Policy = AccessPolicies.CoordinatorOfOrganisation)]
public sealed class DriversModel(PeopleService people, DriverService drivers, CurrentPerson current, TimeProvider clock) : PageModel
{
    public TransportContext Service { get; private set; } = null!;

    public IReadOnlyList<DriverView> Drivers { get; private set; } = [];

    public DateOnly Today { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid organisationId, CancellationToken cancellationToken)
    {
        if (await TransportContext.LoadAsync(people, current, organisationId, cancellationToken) is not { } service)
        {
            return NotFound();
        }

        Service = service;
        Today = UkTime.Today(clock);
        Drivers = await drivers.DriversAsync(organisationId, cancellationToken);
        return Page();
    }
}
