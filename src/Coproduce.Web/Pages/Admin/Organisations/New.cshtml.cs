using Coproduce.Core.People;
using Coproduce.Web.Forms;
using Coproduce.Web.Identity;
using Coproduce.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Coproduce.Web.Pages.Admin.Organisations;

/// <summary>A site admin creates an organisation: its kind, names, area, contact details and descriptions.</summary>
[Authorize(Policy = AccessPolicies.SiteAdmin)]
[EnableRateLimiting(RateLimits.Posting)]
public sealed class NewModel(OrganisationService organisations, CurrentPerson current) : PageModel
{
    [BindProperty]
    public OrganisationInput Input { get; set; } = new();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var created = await organisations.CreateAsync(current.Id!.Value, Input.ToDetails(), cancellationToken);
        if (!created.Succeeded)
        {
            ModelState.AddFieldErrors(created.Errors);
            return Page();
        }

        TempData["Done"] = "Created";
        return RedirectToPage("/Admin/Organisations/Details", new { organisationId = created.Value.Id });
    }
}
