using Coproduce.Core.People;
using Coproduce.Web.Forms;
using Coproduce.Web.Identity;
using Coproduce.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Coproduce.Web.Pages.Admin.Organisations;

/// <summary>A site admin changes an organisation's details; a suspended one can be changed too.</summary>
[Authorize(Policy = AccessPolicies.SiteAdmin)]
[EnableRateLimiting(RateLimits.Posting)]
public sealed class EditModel(PeopleService people, OrganisationService organisations, CurrentPerson current) : PageModel
{
    [BindProperty]
    public OrganisationInput Input { get; set; } = new();

    public Organisation Organisation { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid organisationId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(organisationId, cancellationToken))
        {
            return NotFound();
        }

        Input = OrganisationInput.From(Organisation);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid organisationId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(organisationId, cancellationToken))
        {
            return NotFound();
        }

        var updated = await organisations.UpdateAsync(current.Id!.Value, organisationId, Input.ToDetails(), cancellationToken);
        if (!updated.Succeeded)
        {
            ModelState.AddFieldErrors(updated.Errors);
            return Page();
        }

        TempData["Done"] = "Updated";
        return RedirectToPage("/Admin/Organisations/Details", new { organisationId });
    }

    private async Task<bool> LoadAsync(Guid organisationId, CancellationToken cancellationToken)
    {
        Organisation = (await people.FindOrganisationAsync(organisationId, cancellationToken))!;
        return Organisation is not null;
    }
}
