using Coproduce.Core.People;
using Coproduce.Web.Forms;
using Coproduce.Web.Identity;
using Coproduce.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Coproduce.Web.Pages.Admin.Organisations;

/// <summary>
/// A site admin suspends an organisation: the page says what it will mean for its people, asks why, and suspends only
/// when the warning button is pressed.
/// </summary>
[Authorize(Policy = AccessPolicies.SiteAdmin)]
[EnableRateLimiting(RateLimits.Posting)]
public sealed class SuspendModel(PeopleService people, OrganisationService organisations, CurrentPerson current) : PageModel
{
    [BindProperty]
    public ReasonInput Input { get; set; } = new();

    public Organisation Organisation { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid organisationId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(organisationId, cancellationToken))
        {
            return NotFound();
        }

        // Already suspended (a second tab, a bookmark): its page says so and offers to reopen it.
        return Organisation.IsSuspended ? RedirectToPage("/Admin/Organisations/Details", new { organisationId }) : Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid organisationId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(organisationId, cancellationToken))
        {
            return NotFound();
        }

        var suspended = await organisations.SuspendAsync(current.Id!.Value, organisationId, Input.Reason, cancellationToken);
        if (!suspended.Succeeded)
        {
            ModelState.AddFieldErrors(suspended.Errors);
            return Page();
        }

        TempData["Done"] = "Suspended";
        return RedirectToPage("/Admin/Organisations/Details", new { organisationId });
    }

    private async Task<bool> LoadAsync(Guid organisationId, CancellationToken cancellationToken)
    {
        Organisation = (await people.FindOrganisationAsync(organisationId, cancellationToken))!;
        return Organisation is not null;
    }

    public sealed class ReasonInput
    {
        public string? Reason { get; set; }
    }
}
