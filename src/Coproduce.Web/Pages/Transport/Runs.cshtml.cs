using Coproduce.Core.Common;
using Coproduce.Core.People;
using Coproduce.Core.Transport;
using Coproduce.Core.Transport.Planning;
using Coproduce.Web.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Coproduce.Web.Pages.Transport;

/// <summary>A driver's own runs from tonight on, as published, each leading to its manifest.</summary>
[Authorize]
public sealed class RunsModel(PeopleService people, EveningPlanning planning, FleetService fleet, CurrentPerson current, TimeProvider clock) : PageModel
{
    public TransportContext Service { get; private set; } = null!;

    public IReadOnlyList<(DateOnly Evening, PlannedRun Run)> Runs { get; private set; } = [];

    /// <summary>The service's vehicles, by identity, to name each run's.</summary>
    public IReadOnlyDictionary<Guid, Vehicle> Vehicles { get; private set; } = new Dictionary<Guid, Vehicle>();

    public async Task<IActionResult> OnGetAsync(Guid organisationId, CancellationToken cancellationToken)
    {
        if (await TransportContext.LoadAsync(people, current, organisationId, cancellationToken) is not { } service)
        {
            return NotFound();
        }

        Service = service;
        Runs = await planning.DriverRunsAsync(organisationId, service.Me, UkTime.Today(clock), cancellationToken);
        Vehicles = (await fleet.VehiclesAsync(organisationId, cancellationToken)).ToDictionary(v => v.Id);
        return Page();
    }
}
