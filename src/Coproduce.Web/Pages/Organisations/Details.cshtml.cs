using Coproduce.Core.People;
using Coproduce.Web.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Coproduce.Web.Pages.Organisations;

/// <summary>One organisation: what it does, and whether the visitor belongs, has asked, or can ask to join.</summary>
[AllowAnonymous]
public sealed class DetailsModel(PeopleService people, CurrentPerson current) : PageModel
{
    public Organisation Organisation { get; private set; } = null!;

    public IReadOnlyList<Membership> Mine { get; private set; } = [];

    /// <summary>A site admin is shown the way to manage it.</summary>
    public bool IsSiteAdmin { get; private set; }

    [TempData]
    public string? Done { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid organisationId, CancellationToken cancellationToken)
    {
        if (await people.FindOrganisationAsync(organisationId, cancellationToken) is not { } organisation)
        {
            return NotFound();
        }

        Organisation = organisation;
        Mine = [.. (await current.MembershipsAsync(cancellationToken)).Where(m => m.Organisation.Id == organisationId).Select(m => m.Membership)];
        IsSiteAdmin = await current.IsSiteAdminAsync(cancellationToken);
        return Page();
    }
}
