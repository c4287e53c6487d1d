using Coproduce.Core.People;
using Coproduce.Web.Forms;
using Coproduce.Web.Identity;
using Coproduce.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Coproduce.Web.Pages.Admin.Organisations;

/// <summary>A site admin reopens a suspended organisation, after reading why it was suspended.</summary>
[Authorize(Policy = AccessPolicies.SiteAdmin)]
[EnableRateLimiting(RateLimits.Posting)]
public sealed class ReopenModel(PeopleService people, OrganisationService organisations, CurrentPerson current) : PageModel
{
    public Organisation Organisation { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid organisationId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(organisationId, cancellationToken))
        {
            return NotFound();
        }

        // Not suspended (reopened in another tab): its page offers to suspend it instead.
        return Organisation.IsSuspended ? Page() : RedirectToPage("/Admin/Organisations/Details", new { organisationId });
    }

    public async Task<IActionResult> OnPostAsync(Guid organisationId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(organisationId, cancellationToken))
        {
            return NotFound();
        }

        var reopened = await organisations.ReopenAsync(current.Id!.Value, organisationId, cancellationToken);
        if (!reopened.Succeeded)
        {
            ModelState.AddFieldErrors(reopened.Errors);
            return Page();
        }

        TempData["Done"] = "Reopened";
        return RedirectToPage("/Admin/Organisations/Details", new { organisationId });
    }

    private async Task<bool> LoadAsync(Guid organisationId, CancellationToken cancellationToken)
    {
        Organisation = (await people.FindOrganisationAsync(organisationId, cancellationToken))!;
        return Organisation is not null;
    }
}
