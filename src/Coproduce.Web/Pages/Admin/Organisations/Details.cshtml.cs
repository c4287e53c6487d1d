using Coproduce.Core.People;
using Coproduce.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Coproduce.Web.Pages.Admin.Organisations;

/// <summary>One organisation as a site admin sees it: every detail with a way to change it, its status, and what admins did.</summary>
[Authorize(Policy = AccessPolicies.SiteAdmin)]
public sealed class DetailsModel(PeopleService people, OrganisationService organisations) : PageModel
{
    public Organisation Organisation { get; private set; } = null!;

    public IReadOnlyList<OrganisationHistoryLine> History { get; private set; } = [];

    /// <summary>What was just done: Created, Updated, Suspended or Reopened.</summary>
    [TempData]
    public string? Done { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid organisationId, CancellationToken cancellationToken)
    {
        if (await people.FindOrganisationAsync(organisationId, cancellationToken) is not { } organisation)
        {
            return NotFound();
        }

        Organisation = organisation;
        History = await organisations.HistoryAsync(organisationId, cancellationToken: cancellationToken);
        return Page();
    }
}
