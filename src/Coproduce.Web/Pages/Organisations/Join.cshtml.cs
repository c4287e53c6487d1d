using Coproduce.Core.People;
using Coproduce.Web.Forms;
using Coproduce.Web.Identity;
using Coproduce.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Coproduce.Web.Pages.Organisations;

/// <summary>Asking to join: a confirmation, then a request a coordinator decides.</summary>
[EnableRateLimiting(RateLimits.Posting)]
public sealed class JoinModel(PeopleService people, CurrentPerson current) : PageModel
{
    public Organisation Organisation { get; private set; } = null!;

    [TempData]
    public string? Done { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid organisationId, CancellationToken cancellationToken)
    {
        if (await people.FindOrganisationAsync(organisationId, cancellationToken) is not { } organisation)
        {
            return NotFound();
        }

        Organisation = organisation;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid organisationId, CancellationToken cancellationToken)
    {
        if (await people.FindOrganisationAsync(organisationId, cancellationToken) is not { } organisation || current.Id is not { } personId)
        {
            return NotFound();
        }

        Organisation = organisation;
        var result = await people.RequestToJoinAsync(personId, organisationId, cancellationToken);
        if (!result.Succeeded)
        {
            ModelState.AddFieldErrors(result.Errors);
            return Page();
        }

        Done = "Requested";
        return RedirectToPage("/Organisations/Details", new { organisationId });
    }
}
