using Coproduce.Core.People;
using Coproduce.Core.Transport.Planning;
using Coproduce.Web.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Coproduce.Web.Pages.Transport;

/// <summary>
/// A run's manifest: the stops in order with times, addresses, names, needs and phone numbers, for the driver on a
/// phone or printed on A4. Its driver sees it once published; the service's coordinators see any run.
/// </summary>
[Authorize]
public sealed class RunModel(PeopleService people, EveningPlanning planning, RunSheets sheets, CurrentPerson current) : PageModel
{
    public TransportContext Service { get; private set; } = null!;

    public EveningPlan Plan { get; private set; } = null!;

    public PlannedRun Run { get; private set; } = null!;

    public RunSheet Sheet { get; private set; } = null!;

    /// <summary>Whether the driver can see this run yet.</summary>
    public bool IsPublished => Run.Revision == Plan.PublishedRevision;

    public async Task<IActionResult> OnGetAsync(Guid organisationId, Guid runId, CancellationToken cancellationToken)
    {
        if (await TransportContext.LoadAsync(people, current, organisationId, cancellationToken) is not { } service)
        {
            return NotFound();
        }

        // Anyone else, and a driver asking for a run not theirs or not yet published, hears there is none.
        var found = service.Coordinates
            ? await planning.RunAsync(organisationId, runId, cancellationToken)
            : await planning.PublishedRunAsync(organisationId, runId, cancellationToken);
        if (found is not { } shown || (!service.Coordinates && shown.Run.DriverId != service.Me))
        {
            return NotFound();
        }

        (Service, Plan, Run) = (service, shown.Plan, shown.Run);
        Sheet = await sheets.SheetAsync(organisationId, [Run], [], cancellationToken);
        return Page();
    }
}
