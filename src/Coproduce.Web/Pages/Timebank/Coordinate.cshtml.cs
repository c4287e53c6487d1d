using Coproduce.Core.People;
using Coproduce.Core.Timebank;
using Coproduce.Web.Identity;
using Coproduce.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Coproduce.Web.Pages.Timebank;

/// <summary>A coordinator's screen: every exchange still waiting, those only a coordinator can approve first.</summary>
[Authorize(Policy = AccessPolicies.CoordinatorOfOrganisation)]
public sealed class CoordinateModel(PeopleService people, ExchangeService exchanges, CurrentPerson current) : PageModel
{
    public TimebankContext Timebank { get; private set; } = null!;

    public IReadOnlyList<ExchangeView> Pending { get; private set; } = [];

    public TimebankSettings Settings { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid organisationId, CancellationToken cancellationToken)
    {
        if (await TimebankContext.LoadAsync(people, current, organisationId, cancellationToken) is not { } timebank)
        {
            return NotFound();
        }

        Timebank = timebank;
        Pending = await exchanges.PendingInAsync(organisationId, cancellationToken);
        Settings = await exchanges.SettingsOfAsync(organisationId, cancellationToken);
        return Page();
    }
}
