using Coproduce.Core.People;
using Coproduce.Web.Forms;
using Coproduce.Web.Identity;
using Coproduce.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Coproduce.Web.Pages.Organisations;

/// <summary>
/// A coordinator adds a member who won't sign in, from a phone call or a paper form: the questions, then
/// "check your answers", then the record, which says who made it.
/// </summary>
[Authorize(Policy = AccessPolicies.CoordinatorOfOrganisation)]
[EnableRateLimiting(RateLimits.Posting)]
public sealed class AddMemberModel(PeopleService people, CurrentPerson current) : PageModel
{
    [BindProperty]
    public ProfileInput Input { get; set; } = new() { Language = "en" };

    public Organisation Organisation { get; private set; } = null!;

    /// <summary>The answers, once they pass the checks, shown for the coordinator to confirm.</summary>
    public PersonProfile? Checked { get; private set; }

    /// <summary>Members with the same name and phone: probably this person, already recorded.</summary>
    public IReadOnlyList<Person> LikelyDuplicates { get; private set; } = [];

    /// <summary>The coordinator has seen the likely duplicates and says this is someone else.</summary>
    [BindProperty]
    public bool AddAnyway { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid organisationId, CancellationToken cancellationToken)
    {
        // Someone added from the Welsh page most likely speaks Welsh; the coordinator can still choose.
        Input.Language = LanguageCultures.Current.Code();
        return await LoadAsync(organisationId, cancellationToken) ? Page() : NotFound();
    }

    /// <summary>Continue: check the answers and show them back.</summary>
    public async Task<IActionResult> OnPostCheckAsync(Guid organisationId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(organisationId, cancellationToken))
        {
            return NotFound();
        }

        Checked = Check();
        if (Checked is not null)
        {
            LikelyDuplicates = await people.FindLikelyDuplicatesAsync(organisationId, Checked, cancellationToken);
        }

        return Page();
    }

    /// <summary>Change: back to the questions with the answers filled in.</summary>
    public async Task<IActionResult> OnPostChangeAsync(Guid organisationId, CancellationToken cancellationToken) =>
        await LoadAsync(organisationId, cancellationToken) ? Page() : NotFound();

    /// <summary>Confirm: make the record.</summary>
    public async Task<IActionResult> OnPostCreateAsync(Guid organisationId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(organisationId, cancellationToken))
        {
            return NotFound();
        }

        // Checked again: the hidden answers came back from the browser and could have been changed.
        if (Check() is not { } profile)
        {
            return Page();
        }

        var created = await people.CreateMemberWithoutLoginAsync(current.Id!.Value, organisationId, profile, AddAnyway, cancellationToken);
        if (!created.Succeeded)
        {
            ModelState.AddFieldErrors(created.Errors);
            if (created.Errors.Any(e => e.Code == "People.LikelyDuplicate"))
            {
                // Back to the answers, with the warning: someone recorded them in the meantime, or "add anyway" wasn't chosen.
                Checked = profile;
                LikelyDuplicates = await people.FindLikelyDuplicatesAsync(organisationId, profile, cancellationToken);
            }

            return Page();
        }

        TempData["Done"] = "Created";
        return RedirectToPage("/Organisations/Member", new { organisationId, personId = created.Value.Id });
    }

    private PersonProfile? Check()
    {
        var result = Input.Check(people, today: null);
        if (!result.Succeeded)
        {
            ModelState.AddFieldErrors(result.Errors);
            return null;
        }

        return result.Value;
    }

    private async Task<bool> LoadAsync(Guid organisationId, CancellationToken cancellationToken)
    {
        Organisation = (await people.FindOrganisationAsync(organisationId, cancellationToken))!;
        return Organisation is not null;
    }
}
