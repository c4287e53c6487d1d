using Coproduce.Core.People;
using Coproduce.Web.Forms;
using Coproduce.Web.Identity;
using Coproduce.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Coproduce.Web.Pages.Organisations;

/// <summary>A coordinator changes a member's details on their behalf; the change is recorded as such.</summary>
[Authorize(Policy = AccessPolicies.CoordinatorOfOrganisation)]
[EnableRateLimiting(RateLimits.Posting)]
public sealed class EditMemberModel(PeopleService people, CurrentPerson current) : PageModel
{
    [BindProperty]
    public ProfileInput Input { get; set; } = new();

    public Organisation Organisation { get; private set; } = null!;

    public Person Person { get; private set; } = null!;

    /// <summary>The member signs in with their email address, so only they may change it: it is shown, not asked.</summary>
    public bool EmailLocked { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid organisationId, Guid personId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(organisationId, personId, cancellationToken))
        {
            return NotFound();
        }

        Input = ProfileInput.From(Person.Profile);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid organisationId, Guid personId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(organisationId, personId, cancellationToken))
        {
            return NotFound();
        }

        // The locked email isn't a field on the form, so an absent one means "unchanged"; one posted anyway is checked
        // by Core, which refuses any change to it.
        if (EmailLocked && Input.Email is null)
        {
            Input.Email = Person.Profile.Email;
        }

        var checkedProfile = Input.Check(people, today: null);
        var result = checkedProfile.Succeeded
            ? await people.UpdateProfileAsync(current.Id!.Value, personId, checkedProfile.Value, cancellationToken)
            : Core.Common.Result<Person>.Refused(checkedProfile.Errors);
        if (!result.Succeeded)
        {
            ModelState.AddFieldErrors(result.Errors);
            return Page();
        }

        TempData["Done"] = "Updated";
        return RedirectToPage("/Organisations/Member", new { organisationId, personId });
    }

    private async Task<bool> LoadAsync(Guid organisationId, Guid personId, CancellationToken cancellationToken)
    {
        var organisation = await people.FindOrganisationAsync(organisationId, cancellationToken);
        var member = organisation is null ? null
            : await people.FindMemberAsync(organisationId, personId, cancellationToken);
        // Only active members: someone who has only asked to join is not yet the coordinator's to look after.
        if (organisation is null || member is null || member.Membership.Status != MembershipStatus.Active)
        {
            return false;
        }

        Organisation = organisation;
        Person = member.Person;
        EmailLocked = member.HasLogin && member.Person.Id != current.Id;
        return true;
    }
}
