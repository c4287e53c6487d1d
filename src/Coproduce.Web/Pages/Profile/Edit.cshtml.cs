using Coproduce.Core.Common;
using Coproduce.Core.People;
using Coproduce.Web.Forms;
using Coproduce.Web.Identity;
using Coproduce.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Coproduce.Web.Pages.Profile;

[EnableRateLimiting(RateLimits.Posting)]
public sealed class EditModel(CurrentPerson current, PeopleService people, TimeProvider clock) : PageModel
{
    [BindProperty]
    public ProfileInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await current.GetAsync(cancellationToken) is not { } person)
        {
            return Challenge();
        }

        Input = ProfileInput.From(person.Profile);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await current.GetAsync(cancellationToken) is not { } person)
        {
            return Challenge();
        }

        // Consent given here is dated today; unchanged choices keep the day they were first given.
        var before = person.Profile.Consent;
        var unchanged = before.ContactByEmail == Input.ContactByEmail && before.ContactByPhone == Input.ContactByPhone
            && before.ShareStoryAsEvidence == Input.ShareStoryAsEvidence;
        var checkedProfile = Input.Check(people, unchanged && before.AgreedOn is { } agreed ? agreed : UkTime.Today(clock));
        var result = checkedProfile.Succeeded
            ? await people.UpdateProfileAsync(person.Id, person.Id, checkedProfile.Value, cancellationToken)
            : Result<Person>.Refused(checkedProfile.Errors);
        if (!result.Succeeded)
        {
            ModelState.AddFieldErrors(result.Errors);
            return Page();
        }

        TempData["Done"] = "Saved";
        return RedirectToPage("/Profile/Index");
    }
}
