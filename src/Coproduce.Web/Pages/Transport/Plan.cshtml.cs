using Coproduce.Core.People;
using Coproduce.Core.Transport;
using Coproduce.Core.Transport.Planning;
using Coproduce.Web.Forms;
using Coproduce.Web.Identity;
using Coproduce.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Coproduce.Web.Pages.Transport;

/// <summary>
/// A coordinator plans an evening: asks the engine, watches its progress, checks the runs and the trips it can't
/// carry, and publishes the runs to the drivers.
/// </summary>
[Authorize(Policy = AccessPolicies.CoordinatorOfOrganisation)]
public sealed class PlanModel(PeopleService people, EveningPlanning planning, RunSheets sheets, BookingService bookings, BookingRulesService bookingRules,
    CurrentPerson current, TimeProvider clock) : PageModel
{
    [TempData]
    public string? Done { get; set; }

    public TransportContext Service { get; private set; } = null!;

    public EveningQuery Evening { get; private set; } = null!;

    /// <summary>The plan as it stands; none before it is asked for.</summary>
    public PlannedEvening? Planned { get; private set; }

    public RunSheet? Sheet { get; private set; }

    /// <summary>Whom to phone when the latest runs replace published ones; empty otherwise.</summary>
    public PhoneList Calls { get; private set; } = new([], []);

    /// <summary>Trips standing that evening.</summary>
    public int Trips { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid organisationId, string? evening, CancellationToken cancellationToken) =>
        await LoadAsync(organisationId, evening, cancellationToken) ? Page() : NotFound();

    /// <summary>Where planning has got to, for the page's script to show while the engine works.</summary>
    public async Task<IActionResult> OnGetProgressAsync(Guid organisationId, string? evening, CancellationToken cancellationToken)
    {
        var plan = (await planning.PlanAsync(organisationId, EveningQuery.Read(evening, clock).Day, cancellationToken))?.Plan;
        return plan is null ? NotFound() : new JsonResult(new { planning = plan.IsPlanning, percent = plan.Percent, leftOut = plan.LeftOutSoFar });
    }

    public Task<IActionResult> OnPostPlanAsync(Guid organisationId, string? evening, CancellationToken cancellationToken) =>
        ActAsync(organisationId, evening, planning.AskAsync, "Asked", cancellationToken);

    public Task<IActionResult> OnPostPublishAsync(Guid organisationId, string? evening, CancellationToken cancellationToken) =>
        ActAsync(organisationId, evening, planning.PublishAsync, "Published", cancellationToken);

    private async Task<IActionResult> ActAsync(Guid organisationId, string? evening,
        Func<Guid, Guid, DateOnly, CancellationToken, Task<Core.Common.Result<EveningPlan>>> act, string done, CancellationToken cancellationToken)
    {
        if (await TransportContext.LoadAsync(people, current, organisationId, cancellationToken) is not { } service)
        {
            return NotFound();
        }

        Evening = EveningQuery.Read(evening, clock);
        var result = await act(service.Me, organisationId, Evening.Day, cancellationToken);
        if (!result.Succeeded)
        {
            // The page is read only when it is shown again with the message; on success it is shown after the redirect.
            await LoadAsync(organisationId, evening, cancellationToken);
            ModelState.AddFieldErrors(result.Errors);
            return Page();
        }

        Done = done;
        return RedirectToPage(new { organisationId, evening = EveningQuery.Write(Evening.Day) });
    }

    private async Task<bool> LoadAsync(Guid organisationId, string? evening, CancellationToken cancellationToken)
    {
        if (await TransportContext.LoadAsync(people, current, organisationId, cancellationToken) is not { } service)
        {
            return false;
        }

        Service = service;
        Evening = EveningQuery.Read(evening, clock);
        Planned = await planning.PlanAsync(organisationId, Evening.Day, cancellationToken);
        Trips = (await bookings.CountsAsync(organisationId, Evening.Day, Evening.Day, cancellationToken)).Sum(c => c.Trips);
        if (Planned is { } planned)
        {
            Sheet = await sheets.SheetAsync(organisationId, planned.AllRuns, planned.LeftOut, cancellationToken);
            if (planned.Published is not null && await bookingRules.RulesAsync(organisationId, cancellationToken) is { } rules)
            {
                Calls = WhomToPhone.For(rules, planned, Sheet.Trips);
            }
        }

        return true;
    }
}
